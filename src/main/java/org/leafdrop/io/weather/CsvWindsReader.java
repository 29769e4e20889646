package org.leafdrop.io.weather;

import org.leafdrop.io.ProblemLog;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.WindLevel;
import org.leafdrop.units.Units;

/**
 * Reads a CSV wind table: a header naming the height, direction and speed columns with their
 * units, in any order ({@code height_ft_msl,direction_deg,speed_kt}, {@code Height (m AGL),
 * Direction (deg), Speed (km/h)}), and an optional {@code time} column (ISO 8601, UTC) whose
 * values group the rows into one sample per time. Separators are {@code ,} or {@code ;} (with
 * {@code ;} a decimal comma is accepted); blank lines and lines starting with {@code #} are
 * skipped; cells may be quoted. Other columns are ignored.
 *
 * <p>Heights are metres or feet, MSL unless the header says AGL; AGL heights need the ground
 * elevation given to the constructor. Speeds are m/s, kt, km/h or mph; directions are where
 * the wind blows from, degrees true. Immutable and thread-safe.
 */
public final class CsvWindsReader implements WeatherFileReader {
    /** Faster than any wind aloft on record (about 110 m/s): such a value is a unit or typing error. */
    private static final double MAX_SPEED_MPS = 150;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "-", "--", "null", "none", "missing");
    private static final DateTimeFormatter HOUR_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd HH'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String EXAMPLE_HEADER = "height_ft_msl,direction_deg,speed_kt";

    private final OptionalDouble groundElevationMslM;

    /** A reader for tables whose heights are MSL; AGL heights are an error. */
    public CsvWindsReader() {
        this(OptionalDouble.empty());
    }

    /** @param groundElevationMslM the plan's ground elevation, which turns AGL heights into MSL */
    public CsvWindsReader(OptionalDouble groundElevationMslM) {
        this.groundElevationMslM = groundElevationMslM;
    }

    @Override
    public WeatherFormat format() {
        return WeatherFormat.CSV;
    }

    @Override
    public boolean recognises(String text) {
        String body = stripBom(text).strip();
        if (body.startsWith("{") || body.startsWith("[")) {
            return false; // JSON (Open-Meteo): its keys between commas can look like a header
        }
        String[] lines = body.split("\\R");
        for (String line : lines) {
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            if (line.toLowerCase(Locale.ROOT).contains("geopotential")) {
                return false; // the University of Wyoming sounding CSV
            }
            List<CsvCells.Cell> cells = CsvCells.split(line, CsvCells.separatorOf(line));
            boolean height = false;
            boolean speed = false;
            for (CsvCells.Cell c : cells) {
                Optional<CsvColumn.Role> role = CsvColumn.roleOf(c.text());
                height |= role.equals(Optional.of(CsvColumn.Role.HEIGHT));
                speed |= role.equals(Optional.of(CsvColumn.Role.SPEED));
            }
            return height && speed;
        }
        return false;
    }

    @Override
    public Loaded<WeatherReading> read(String text, Optional<Path> file, Optional<String> station) {
        ProblemLog problems = new ProblemLog(file);
        String[] lines = stripBom(text).split("\\R", -1);
        int headerIndex = 0;
        while (headerIndex < lines.length && isSkipped(lines[headerIndex])) {
            headerIndex++;
        }
        if (headerIndex == lines.length) {
            problems.error("$", 1, 1, "the file is empty; expected a CSV wind table with a header naming height,"
                    + " direction and speed with their units, e.g. " + EXAMPLE_HEADER);
            return Loaded.failed(problems.inFileOrder());
        }
        int headerLine = headerIndex + 1;
        char separator = CsvCells.separatorOf(lines[headerIndex]);
        Optional<Map<CsvColumn.Role, CsvColumn>> header = CsvColumn.header(
                CsvCells.split(lines[headerIndex], separator), headerLine, problems);
        if (header.isEmpty()) {
            return Loaded.failed(problems.inFileOrder());
        }
        Map<CsvColumn.Role, CsvColumn> columns = header.get();
        CsvColumn heightColumn = columns.get(CsvColumn.Role.HEIGHT);
        if (heightColumn.aboveGround() && groundElevationMslM.isEmpty()) {
            problems.error(heightColumn.name(), headerLine, heightColumn.column(), "the heights are above ground"
                    + " (AGL) but no ground elevation is known: give the plan (--into PLAN) whose"
                    + " groundElevationMslM converts them to MSL");
            return Loaded.failed(problems.inFileOrder());
        }
        if (station.isPresent()) {
            problems.warning("station", 0, 0, "--station " + station.get()
                    + " is ignored: a CSV wind table names no station");
        }
        Map<Optional<Instant>, WindTableRows> byTime = new TreeMap<>(
                (a, b) -> a.orElse(Instant.MIN).compareTo(b.orElse(Instant.MIN)));
        boolean[] zonelessWarned = {false};
        int dataRows = 0;
        for (int i = headerIndex + 1; i < lines.length; i++) {
            if (isSkipped(lines[i])) {
                continue;
            }
            List<CsvCells.Cell> cells = CsvCells.split(lines[i], separator);
            if (cells.stream().allMatch(c -> c.text().isEmpty())) {
                continue; // a spreadsheet's empty row: only separators
            }
            dataRows++;
            readRow(i + 1, cells, separator, columns, problems, zonelessWarned)
                    .ifPresent(r -> byTime.computeIfAbsent(r.validTimeUtc(), t -> new WindTableRows())
                            .add(r.level(), r.line(), heightColumn.name(), r.heightAsGiven()));
        }
        if (dataRows == 0) {
            problems.error("$", headerLine, 1, "the header (line " + headerLine
                    + ") is followed by no data rows; the file looks truncated");
        } else if (byTime.isEmpty() && !problems.hasErrors()) {
            problems.error("$", headerLine, 1, "no row has a height, a direction and a speed");
        }
        if (problems.hasErrors()) {
            return Loaded.failed(problems.inFileOrder());
        }
        List<WeatherSample> samples = new ArrayList<>();
        byTime.forEach((time, rows) -> samples.add(
                new WeatherSample(Optional.empty(), time, rows.normalised(problems), List.of())));
        WeatherReading reading = new WeatherReading(WeatherFormat.CSV, source(file, samples), Optional.empty(),
                samples, List.of());
        return Loaded.of(reading, problems.inFileOrder());
    }

    private record Row(Optional<Instant> validTimeUtc, WindLevel level, int line, String heightAsGiven) {
    }

    private Optional<Row> readRow(int line, List<CsvCells.Cell> cells, char separator,
                                  Map<CsvColumn.Role, CsvColumn> columns, ProblemLog problems,
                                  boolean[] zonelessWarned) {
        Map<CsvColumn.Role, CsvCells.Cell> at = new EnumMap<>(CsvColumn.Role.class);
        List<String> missing = new ArrayList<>();
        for (CsvColumn c : columns.values()) {
            CsvCells.Cell cell = c.index() < cells.size() ? cells.get(c.index()) : null;
            if (cell == null || MISSING.contains(cell.text().toLowerCase(Locale.ROOT))) {
                missing.add(c.name());
            } else {
                at.put(c.role(), cell);
            }
        }
        if (!missing.isEmpty()) {
            problems.warning(missing.get(0), line, 1, "line " + line + " has no value for "
                    + String.join(", ", missing) + "; the row is skipped");
            return Optional.empty();
        }
        CsvColumn height = columns.get(CsvColumn.Role.HEIGHT);
        CsvColumn direction = columns.get(CsvColumn.Role.DIRECTION);
        CsvColumn speed = columns.get(CsvColumn.Role.SPEED);
        OptionalDouble h = number(at.get(CsvColumn.Role.HEIGHT), height, separator, line, problems);
        OptionalDouble d = number(at.get(CsvColumn.Role.DIRECTION), direction, separator, line, problems);
        OptionalDouble s = number(at.get(CsvColumn.Role.SPEED), speed, separator, line, problems);
        Optional<Instant> time = Optional.empty();
        boolean ok = h.isPresent() && d.isPresent() && s.isPresent();
        if (columns.containsKey(CsvColumn.Role.TIME)) {
            time = time(at.get(CsvColumn.Role.TIME), columns.get(CsvColumn.Role.TIME), line, problems, zonelessWarned);
            ok &= time.isPresent();
        }
        if (d.isPresent() && !(d.getAsDouble() >= 0 && d.getAsDouble() <= 360)) {
            problems.error(direction.name(), line, at.get(CsvColumn.Role.DIRECTION).column(), "direction "
                    + at.get(CsvColumn.Role.DIRECTION).text() + "° is outside 0–360°");
            ok = false;
        }
        if (s.isPresent()) {
            double speedMps = s.getAsDouble() * speed.factorToSi();
            String given = at.get(CsvColumn.Role.SPEED).text() + " " + speed.unitLabel();
            if (speedMps < 0) {
                problems.error(speed.name(), line, at.get(CsvColumn.Role.SPEED).column(),
                        "speed " + given + " is negative");
                ok = false;
            } else if (speedMps > MAX_SPEED_MPS) {
                problems.error(speed.name(), line, at.get(CsvColumn.Role.SPEED).column(), "speed " + given
                        + (speed.factorToSi() == 1 ? "" : " (" + UwyoValues.decimal(speedMps) + " m/s)")
                        + " is over 150 m/s, faster than any wind aloft");
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        double altitudeMslM = h.getAsDouble() * height.factorToSi()
                + (height.aboveGround() ? groundElevationMslM.getAsDouble() : 0);
        String heightAsGiven = at.get(CsvColumn.Role.HEIGHT).text() + " " + height.unitLabel()
                + (height.aboveGround() ? " AGL" : " MSL");
        WindLevel level = new WindLevel(altitudeMslM, d.getAsDouble(), s.getAsDouble() * speed.factorToSi());
        return Optional.of(new Row(time, level, line, heightAsGiven));
    }

    private static OptionalDouble number(CsvCells.Cell cell, CsvColumn column, char separator, int line,
                                         ProblemLog problems) {
        String t = cell.text();
        if (separator == ';' && DECIMAL_COMMA.matcher(t).matches()) {
            t = t.replace(',', '.');
        }
        if (!NUMBER.matcher(t).matches()) {
            problems.error(column.name(), line, cell.column(), "`" + cell.text() + "` is not a number");
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(t);
        if (!Double.isFinite(value)) {
            problems.error(column.name(), line, cell.column(), "`" + cell.text() + "` is too large");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value + 0.0); // -0 becomes 0
    }

    private static Optional<Instant> time(CsvCells.Cell cell, CsvColumn column, int line, ProblemLog problems,
                                          boolean[] zonelessWarned) {
        String t = cell.text();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException withoutZone) {
            try {
                Instant utc = LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
                if (!zonelessWarned[0]) {
                    problems.warning(column.name(), line, cell.column(), "`" + t
                            + "` names no time zone; times without one are taken as UTC");
                    zonelessWarned[0] = true;
                }
                return Optional.of(utc);
            } catch (DateTimeParseException notATime) {
                problems.error(column.name(), line, cell.column(), "`" + t
                        + "` is not an ISO 8601 UTC time (e.g. 2016-10-16T12:00Z)");
                return Optional.empty();
            }
        }
    }

    private static boolean isSkipped(String line) {
        return line.isBlank() || line.trim().startsWith("#");
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String source(Optional<Path> file, List<WeatherSample> samples) {
        StringBuilder sb = new StringBuilder("CSV wind table");
        file.map(Path::getFileName).ifPresent(f -> sb.append(' ').append(f));
        List<Instant> times = samples.stream().flatMap(s -> s.validTimeUtc().stream()).toList();
        if (times.size() == 1) {
            sb.append(", valid ").append(formatTime(times.get(0)));
        } else if (times.size() > 1) {
            sb.append(", ").append(times.size()).append(" times from ").append(formatTime(times.get(0)))
                    .append(" to ").append(formatTime(times.get(times.size() - 1)));
        }
        return sb.toString();
    }

    private static String formatTime(Instant t) {
        return (t.getEpochSecond() % 3600 == 0 ? HOUR_Z : MINUTE_Z).format(t);
    }
}
