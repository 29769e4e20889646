package org.leafdrop.io.weather;

import org.leafdrop.io.ProblemLog;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leafdrop.io.weather.UwyoValues.Conversion;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Station;

/**
 * Reads University of Wyoming radiosonde soundings in the classic TEXT:LIST form, as saved from
 * the web page (HTML tags such as {@code <PRE>} and {@code <H2>} are ignored):
 * <pre>
 * 40608 ORBM Mosul Observations at 12Z 16 Oct 2016
 * -----------------------------------------------------------------------------
 *    PRES   HGHT   TEMP   DWPT   RELH   MIXR   DRCT   SKNT   THTA   THTE   THTV
 *     hPa     m      C      C      %    g/kg    deg   knot     K      K      K
 * -----------------------------------------------------------------------------
 *   987.0    223   21.4    3.4     30   4.89    320      4  295.8  310.6  296.7
 * ...
 * Station information and sounding indices
 *                          Station identifier: ORBM
 *                              Station number: 40608
 *                            Observation time: 161016/1200
 *                            Station latitude: 36.31
 *                           Station longitude: 43.15
 *                           Station elevation: 223.0
 * </pre>
 * Columns are fixed width and right-aligned; a blank is a missing value. Each value is given to
 * the header column whose right edge its last character reaches. Units come from the units row:
 * speeds in knot ({@code SKNT}), m/s ({@code SPED}) or km/h; heights in metres (geopotential, used
 * as MSL). Each sounding (a title, a table, its station block) becomes one sample; a file with
 * several stations needs {@code station}, matched against the identifier or the station number.
 * Stateless and thread-safe.
 */
public final class UwyoTextReader implements WeatherFileReader {
    private static final String FORMAT_NAME = "University of Wyoming sounding (TEXT:LIST)";
    private static final Pattern TITLE = Pattern.compile(
            "^\\s*(?:(\\d{5})\\s+)?(.*?)\\s*Observations at (\\d{2})Z (\\d{1,2}) ([A-Za-z]{3}) (\\d{4})\\s*$");
    private static final Pattern HEADER = Pattern.compile("^\\s*[A-Z][A-Z0-9]*(?:\\s+[A-Z][A-Z0-9]*)+\\s*$");
    private static final Pattern DASHES = Pattern.compile("^\\s*-{10,}\\s*$");
    private static final Pattern INFO = Pattern.compile("^\\s*([A-Za-z][A-Za-z ./()-]*?)\\s*:\\s*(.*?)\\s*$");
    /**
     * Longest line tried as a title, header or station line (the real ones are under 100
     * characters): the patterns backtrack, so a line of megabytes would take minutes.
     */
    static final int MAX_PATTERN_LINE_CHARS = 1000;
    private static final Pattern OBSERVATION_TIME = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})/(\\d{2})(\\d{2})");
    private static final Pattern STATION_ID = Pattern.compile("[A-Z0-9]{3,4}");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern TAG = Pattern.compile("<[A-Za-z/!][^<>]*>");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    /**
     * Two-digit years in "Observation time": the archive starts in 1973, so 73-99 are 19xx and the
     * rest 20xx.
     */
    private static final int FIRST_ARCHIVE_YEAR_OF_CENTURY = 73;

    public UwyoTextReader() {
    }

    @Override
    public WeatherFormat format() {
        return WeatherFormat.UWYO;
    }

    @Override
    public boolean recognises(String text) {
        for (Line l : lines(text)) {
            if (isHeader(l.text()) || title(l.text()).matches()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Loaded<WeatherReading> read(String text, Optional<Path> file, Optional<String> station) {
        ProblemLog log = new ProblemLog(file);
        if (text.isBlank()) {
            log.error("$", 1, 1, "empty file: expected a " + FORMAT_NAME);
            return Loaded.failed(log.inFileOrder());
        }
        List<Line> lines = lines(text);
        List<Sounding> soundings = soundings(lines, log);
        if (soundings.isEmpty()) {
            String hint = UwyoCsvReader.looksLikeUwyoCsv(text) ? "; this looks like the TEXT:CSV form (uwyo-csv)" : "";
            log.error("$", 1, 1, "not a " + FORMAT_NAME + ": expected a title such as \"40608 ORBM Mosul "
                    + "Observations at 12Z 16 Oct 2016\" and a header row starting with PRES and HGHT" + hint);
            return Loaded.failed(log.inFileOrder());
        }
        List<Sounding> chosen = choose(soundings, station, log);
        if (chosen.isEmpty()) {
            return Loaded.failed(log.inFileOrder());
        }
        List<Sample> samples = new ArrayList<>();
        for (Sounding s : chosen) {
            s.finish().ifPresent(samples::add);
            log.addAll(s.log);
        }
        if (log.hasErrors()) {
            return Loaded.failed(log.inFileOrder());
        }
        samples.sort(Comparator.comparing((Sample s) -> s.sample().validTimeUtc().orElse(Instant.MAX)));
        List<Sample> kept = new ArrayList<>();
        for (Sample s : samples) {
            Optional<Sample> same = kept.stream().filter(k -> s.sample().validTimeUtc().isPresent()
                    && k.sample().validTimeUtc().equals(s.sample().validTimeUtc())).findFirst();
            if (same.isPresent()) {
                log.warning("$", s.line(), 1, "a second sounding for " + UwyoValues.describe(
                        s.sample().validTimeUtc().orElseThrow()) + " (the first at line " + same.get().line()
                        + "): the first is kept");
            } else {
                kept.add(s);
            }
        }
        Sounding first = chosen.get(0);
        List<Instant> times = kept.stream().flatMap(s -> s.sample().validTimeUtc().stream()).toList();
        WeatherReading reading = new WeatherReading(WeatherFormat.UWYO, UwyoValues.source(first.label(), times),
                first.station(), kept.stream().map(Sample::sample).toList(), List.of());
        return Loaded.of(reading, log.inFileOrder());
    }

    /** Keeps the soundings of the requested station, or of the only one; empty after an error. */
    private static List<Sounding> choose(List<Sounding> soundings, Optional<String> station, ProblemLog log) {
        Set<String> labels = new LinkedHashSet<>();
        soundings.forEach(s -> labels.add(s.label().isEmpty() ? "an unnamed station" : s.label()));
        Optional<String> named = station.map(String::trim).filter(s -> !s.isEmpty());
        if (named.isPresent()) {
            String wanted = named.get();
            List<Sounding> chosen = soundings.stream().filter(s -> s.isStation(wanted)).toList();
            if (chosen.isEmpty()) {
                log.error("$", 0, 0, "station \"" + wanted + "\" is not in the file, which holds "
                        + String.join(", ", labels));
            }
            return chosen;
        }
        String firstKey = soundings.get(0).key();
        Optional<Sounding> other = soundings.stream().filter(s -> !s.key().equals(firstKey)).findFirst();
        if (other.isPresent()) {
            log.error("$", other.get().firstLine, 1, "the file holds soundings of several stations ("
                    + String.join(", ", labels) + "): choose one with --station");
            return List.of();
        }
        return soundings;
    }

    /** Splits the lines into soundings: each starts at a title, or at a table without one. */
    private static List<Sounding> soundings(List<Line> lines, ProblemLog log) {
        List<Sounding> out = new ArrayList<>();
        Sounding current = null;
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            Matcher title = title(l.text());
            if (title.matches()) {
                current = new Sounding(log.fresh(), l.number());
                current.title(title, l);
                out.add(current);
                i++;
            } else if (isHeader(l.text())) {
                if (current == null || current.headerLine > 0) {
                    current = new Sounding(log.fresh(), l.number());
                    out.add(current);
                }
                i = current.table(lines, i);
            } else {
                Matcher info = match(INFO, l.text());
                if (current != null && info.matches()) {
                    current.info(info.group(1), info.group(2), l, info.start(2));
                }
                i++;
            }
        }
        return out;
    }

    /** A matcher of {@code p} on the line, or on nothing for a line too long to be a title, header or station line. */
    private static Matcher match(Pattern p, String line) {
        return p.matcher(line.length() <= MAX_PATTERN_LINE_CHARS ? line : "");
    }

    /**
     * A matcher of {@link #TITLE} on the line; lines without "Observations at" are not tried (the
     * pattern's lazy name costs thousands of steps on every line of a table).
     */
    private static Matcher title(String line) {
        return match(TITLE, line.contains("Observations at") ? line : "");
    }

    private static boolean isHeader(String text) {
        if (!match(HEADER, text).matches()) {
            return false;
        }
        List<String> names = List.of(text.trim().split("\\s+"));
        return names.contains("PRES") && names.contains("HGHT");
    }

    /** Ends a table: anything that is not a data row (data rows with bad numbers are still rows). */
    private static boolean endsTable(String text) {
        return text.isBlank() || DASHES.matcher(text).matches() || title(text).matches() || isHeader(text)
                || text.contains(":") || text.toLowerCase(Locale.ROOT).contains("station information");
    }

    /** The file's lines with HTML tags removed, remembering each character's column in the file. */
    private static List<Line> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] raw = body.split("\\R", -1);
        List<Line> out = new ArrayList<>(raw.length);
        for (int n = 0; n < raw.length; n++) {
            String r = raw[n];
            StringBuilder kept = new StringBuilder(r.length());
            int[] columns = new int[r.length()];
            Matcher tag = TAG.matcher(r);
            int from = 0;
            while (from < r.length()) {
                int to = tag.find(from) ? tag.start() : r.length();
                for (int c = from; c < to; c++) {
                    columns[kept.length()] = c + 1;
                    kept.append(r.charAt(c));
                }
                from = to < r.length() ? tag.end() : to;
            }
            out.add(new Line(n + 1, kept.toString(), columns));
        }
        return out;
    }

    /**
     * One line without its HTML tags.
     *
     * @param columns the 1-based column in the file of each character of {@code text}
     */
    private record Line(int number, String text, int[] columns) {
        int column(int index) {
            return index < text.length() ? columns[index] : columns.length + 1;
        }
    }

    /** A header column: values whose last character lies in [start, end) belong to it. */
    private record Column(String name, int start, int end) {
    }

    /** A value in a row: its text and 1-based column in the file. */
    private record Cell(String text, int column) {
    }

    /** A finished sounding and the line it starts at. */
    private record Sample(WeatherSample sample, int line) {
    }

    /** One sounding as it is read; mutable, confined to one read. */
    private static final class Sounding {
        private final ProblemLog log;
        private final int firstLine;
        private final List<UwyoLevel> rows = new ArrayList<>();
        private int titleLine;
        private String titleNumber = "";
        private String titleId = "";
        private Optional<Instant> titleTime = Optional.empty();
        private int headerLine;
        private boolean tableComplete;
        private String infoNumber = "";
        private String infoId = "";
        private Optional<Instant> infoTime = Optional.empty();
        private int infoTimeLine;
        private int infoTimeColumn;
        private OptionalDouble latDeg = OptionalDouble.empty();
        private OptionalDouble lonDeg = OptionalDouble.empty();
        private OptionalDouble elevationMslM = OptionalDouble.empty();

        Sounding(ProblemLog log, int firstLine) {
            this.log = log;
            this.firstLine = firstLine;
        }

        void title(Matcher m, Line l) {
            titleLine = l.number();
            titleNumber = m.group(1) == null ? "" : m.group(1);
            String[] words = m.group(2).trim().split("\\s+");
            if (words.length > 0 && STATION_ID.matcher(words[0]).matches()) {
                titleId = words[0];
            }
            int month = MONTHS.indexOf(m.group(5).toLowerCase(Locale.ROOT)) + 1;
            try {
                if (month == 0) {
                    throw new DateTimeException("no month " + m.group(5));
                }
                titleTime = Optional.of(LocalDateTime.of(Integer.parseInt(m.group(6)), month,
                        Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), 0).toInstant(ZoneOffset.UTC));
            } catch (DateTimeException e) {
                log.error("$", l.number(), l.column(m.start(3)), "not a valid observation time: \""
                        + l.text().substring(m.start(3), m.end(6)) + "\" (expected e.g. 12Z 16 Oct 2016)");
            }
        }

        void info(String key, String value, Line l, int valueIndex) {
            int column = l.column(valueIndex);
            switch (key.toLowerCase(Locale.ROOT)) {
                case "station identifier" -> infoId = value;
                case "station number" -> infoNumber = value;
                case "observation time" -> observationTime(key, value, l, column);
                case "station latitude" -> latDeg = degrees(key, value, 90, l, column);
                case "station longitude" -> lonDeg = degrees(key, value, 180, l, column);
                case "station elevation" -> elevationMslM = number(key, value, l, column);
                default -> {
                    // The sounding indices (Showalter, CAPE, ...) are not needed for winds.
                }
            }
        }

        private void observationTime(String key, String value, Line l, int column) {
            Matcher m = OBSERVATION_TIME.matcher(value);
            try {
                if (!m.matches()) {
                    throw new DateTimeException(value);
                }
                int yy = Integer.parseInt(m.group(1));
                int year = yy >= FIRST_ARCHIVE_YEAR_OF_CENTURY ? 1900 + yy : 2000 + yy;
                infoTime = Optional.of(LocalDateTime.of(year, Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)))
                        .toInstant(ZoneOffset.UTC));
                infoTimeLine = l.number();
                infoTimeColumn = column;
            } catch (DateTimeException e) {
                log.error(key, l.number(), column, "not a valid observation time: \"" + value
                        + "\" (expected yymmdd/hhmm, e.g. 161016/1200)");
            }
        }

        private OptionalDouble number(String key, String value, Line l, int column) {
            OptionalDouble v = UwyoValues.number(value);
            if (v.isEmpty()) {
                log.error(key, l.number(), column, UwyoValues.notANumber(value));
            }
            return v;
        }

        private OptionalDouble degrees(String key, String value, double limit, Line l, int column) {
            OptionalDouble v = number(key, value, l, column);
            if (v.isPresent() && Math.abs(v.getAsDouble()) > limit) {
                log.error(key, l.number(), column, key.toLowerCase(Locale.ROOT) + " must be in ["
                        + UwyoValues.decimal(-limit) + ", " + UwyoValues.decimal(limit) + "] degrees (got " + value + ")");
                return OptionalDouble.empty();
            }
            return v;
        }

        /** Reads the table whose header row is at {@code lines[at]}; returns the index after it. */
        int table(List<Line> lines, int at) {
            Line header = lines.get(at);
            headerLine = header.number();
            List<Column> columns = new ArrayList<>();
            Matcher t = TOKEN.matcher(header.text());
            int start = 0;
            while (t.find()) {
                columns.add(new Column(t.group(), start, t.end()));
                start = t.end();
            }
            int i = at + 1;
            Map<String, Cell> units = Map.of();
            Line unitsLine = null;
            if (i < lines.size() && !endsTable(lines.get(i).text()) && !lines.get(i).text().matches(".*\\d.*")) {
                unitsLine = lines.get(i);
                units = cells(unitsLine, columns, false);
                i++;
            }
            if (i < lines.size() && DASHES.matcher(lines.get(i).text()).matches()) {
                i++;
            }
            Optional<Conversions> conversions = conversions(columns, units, unitsLine, header);
            while (i < lines.size() && !endsTable(lines.get(i).text())) {
                if (conversions.isPresent()) {
                    row(lines.get(i), columns, conversions.get());
                }
                i++;
            }
            tableComplete = conversions.isPresent();
            return i;
        }

        /** The units of the columns used, or empty after an error. */
        private Optional<Conversions> conversions(List<Column> columns, Map<String, Cell> units, Line unitsLine,
                                                  Line header) {
            List<String> names = columns.stream().map(Column::name).toList();
            Optional<String> speed = names.stream().filter(n -> n.equals("SKNT") || n.equals("SPED")).findFirst();
            if (!names.contains("DRCT") || speed.isEmpty()) {
                log.error("$", header.number(), 1, "no wind columns: expected DRCT and SKNT (knot) or SPED (m/s)"
                        + " in the header row");
                return Optional.empty();
            }
            List<String> assumed = new ArrayList<>();
            int errors = 0;
            Optional<Conversion> height = unit("HGHT", "m", "height", "m or ft", UwyoValues::heightUnit, units,
                    unitsLine, assumed);
            String speedDefault = speed.get().equals("SKNT") ? "knot" : "m/s";
            Optional<Conversion> speedUnit = unit(speed.get(), speedDefault, "speed", "knot, m/s or km/h",
                    UwyoValues::speedUnit, units, unitsLine, assumed);
            Optional<Conversion> direction = unit("DRCT", "deg", "direction", "deg", UwyoValues::directionUnit,
                    units, unitsLine, assumed);
            Optional<Conversion> pressure = names.contains("PRES") ? unit("PRES", "hPa", "pressure", "hPa or mb",
                    UwyoValues::pressureUnit, units, unitsLine, assumed) : Optional.of(new Conversion("hPa", 1, 0));
            Optional<Conversion> temperature = names.contains("TEMP") ? unit("TEMP", "C", "temperature", "C or K",
                    UwyoValues::temperatureUnit, units, unitsLine, assumed) : Optional.of(new Conversion("C", 1, 0));
            for (Optional<Conversion> c : List.of(height, speedUnit, direction, pressure, temperature)) {
                errors += c.isEmpty() ? 1 : 0;
            }
            if (errors > 0) {
                return Optional.empty();
            }
            if (!assumed.isEmpty()) {
                int line = unitsLine == null ? header.number() : unitsLine.number();
                log.warning("$", line, 1, "no unit given for " + String.join(", ", assumed));
            }
            Conversion s = speedUnit.get();
            if (unitsLine != null && !s.unit().equalsIgnoreCase(speedDefault) && units.containsKey(speed.get())) {
                Cell c = units.get(speed.get());
                log.warning(speed.get(), unitsLine.number(), c.column(), "the " + speed.get() + " column is in "
                        + s.unit() + " by the units row (usually " + speedDefault + "): read as " + s.unit());
            }
            return Optional.of(new Conversions(speed.get(), height.get(), s, direction.get(), pressure.get(),
                    temperature.get()));
        }

        private Optional<Conversion> unit(String name, String usual, String quantity, String expected,
                                          Function<String, Optional<Conversion>> lookup,
                                          Map<String, Cell> units, Line unitsLine, List<String> assumed) {
            Cell cell = units.get(name);
            if (cell == null) {
                assumed.add(name + " (read as " + usual + ")");
                return lookup.apply(usual);
            }
            Optional<Conversion> c = lookup.apply(cell.text());
            if (c.isEmpty()) {
                log.error(name, unitsLine.number(), cell.column(), UwyoValues.unknownUnit(quantity, cell.text(), expected));
            }
            return c;
        }

        /** The values of a row by column name; faults are logged when {@code report} is set. */
        private Map<String, Cell> cells(Line l, List<Column> columns, boolean report) {
            Map<String, Cell> out = new LinkedHashMap<>();
            Matcher t = TOKEN.matcher(l.text());
            while (t.find()) {
                Cell cell = new Cell(t.group(), l.column(t.start()));
                Optional<Column> home = columns.stream().filter(c -> t.end() > c.start() && t.end() <= c.end())
                        .findFirst();
                if (home.isEmpty()) {
                    if (report) {
                        log.error("$", l.number(), cell.column(), "\"" + t.group()
                                + "\" is past the last column (" + columns.get(columns.size() - 1).name() + ")");
                    }
                } else if (t.start() < home.get().start() && report) {
                    log.error(home.get().name(), l.number(), cell.column(), "\"" + t.group()
                            + "\" is not aligned with the " + home.get().name() + " column");
                } else if (out.containsKey(home.get().name()) && report) {
                    log.error(home.get().name(), l.number(), cell.column(), "two values in the "
                            + home.get().name() + " column: \"" + out.get(home.get().name()).text() + "\" and \""
                            + t.group() + "\"");
                } else {
                    out.put(home.get().name(), cell);
                }
            }
            return out;
        }

        private void row(Line l, List<Column> columns, Conversions units) {
            Map<String, Cell> cells = cells(l, columns, true);
            OptionalDouble height = value("HGHT", cells, l, units.height());
            OptionalDouble pressure = value("PRES", cells, l, units.pressure());
            OptionalDouble temperature = value("TEMP", cells, l, units.temperature());
            OptionalDouble direction = value("DRCT", cells, l, units.direction());
            OptionalDouble speed = value(units.speedColumn(), cells, l, units.speed());
            pressure = checked("PRES", pressure, cells, l, (v, c) -> UwyoValues.pressureFault(v, c.text(),
                    units.pressure()));
            temperature = checked("TEMP", temperature, cells, l, (v, c) -> UwyoValues.temperatureFault(v, c.text(),
                    units.temperature()));
            direction = checked("DRCT", direction, cells, l, (v, c) -> UwyoValues.directionFault(v, c.text()));
            speed = checked(units.speedColumn(), speed, cells, l, (v, c) -> UwyoValues.speedFault(v, c.text(),
                    units.speed()));
            Cell h = cells.get("HGHT");
            rows.add(new UwyoLevel(l.number(), h == null ? 0 : h.column(), height, pressure, temperature, direction,
                    speed));
        }

        private OptionalDouble value(String name, Map<String, Cell> cells, Line l, Conversion unit) {
            Cell c = cells.get(name);
            if (c == null) {
                return OptionalDouble.empty();
            }
            OptionalDouble v = UwyoValues.number(c.text());
            if (v.isEmpty()) {
                log.error(name, l.number(), c.column(), UwyoValues.notANumber(c.text()));
                return v;
            }
            return OptionalDouble.of(unit.toSi(v.getAsDouble()));
        }

        private OptionalDouble checked(String name, OptionalDouble value, Map<String, Cell> cells, Line l,
                                       BiFunction<Double, Cell, Optional<String>> fault) {
            if (value.isEmpty()) {
                return value;
            }
            Cell c = cells.get(name);
            Optional<String> message = fault.apply(value.getAsDouble(), c);
            if (message.isPresent()) {
                log.error(name, l.number(), c.column(), message.get());
                return OptionalDouble.empty();
            }
            return value;
        }

        String id() {
            return !infoId.isEmpty() ? infoId : titleId;
        }

        String number() {
            return !infoNumber.isEmpty() ? infoNumber : titleNumber;
        }

        /** The station as the file names it, "40608 ORBM"; empty when it does not. */
        String label() {
            return (number() + " " + id()).trim();
        }

        /** What tells stations apart: the number when known, else the identifier. */
        String key() {
            return !number().isEmpty() ? number() : id().toUpperCase(Locale.ROOT);
        }

        boolean isStation(String wanted) {
            return (!id().isEmpty() && id().equalsIgnoreCase(wanted)) || (!number().isEmpty() && number().equals(wanted));
        }

        Optional<Station> station() {
            String id = !id().isEmpty() ? id() : number();
            return id.isEmpty() ? Optional.empty() : Optional.of(new Station(id, latDeg, lonDeg, elevationMslM));
        }

        /** Checks what was read and builds the sample; empty after an error. */
        Optional<Sample> finish() {
            if (headerLine == 0) {
                log.error("$", titleLine, 1, "truncated file: no table after the title at line " + titleLine
                        + " (expected a header row starting with PRES and HGHT)");
                return Optional.empty();
            }
            if (!tableComplete) {
                return Optional.empty();
            }
            if (rows.isEmpty()) {
                log.error("$", headerLine, 1, "truncated file: the table header at line " + headerLine
                        + " is followed by no data rows");
                return Optional.empty();
            }
            Optional<Instant> time = infoTime.isPresent() ? infoTime : titleTime;
            if (infoTime.isPresent() && titleTime.isPresent() && !infoTime.equals(titleTime)) {
                log.warning("Observation time", infoTimeLine, infoTimeColumn, "observation time "
                        + UwyoValues.describe(infoTime.get()) + " differs from the title's "
                        + UwyoValues.describe(titleTime.get()) + ": the observation time is used");
            }
            if (time.isEmpty() && !log.hasErrors()) {
                log.warning("$", firstLine, 1, "no observation time in the title or the station information:"
                        + " the sample has no valid time");
            }
            UwyoProfile profile = UwyoProfile.of(rows, "HGHT", elevationMslM, log);
            if (profile.winds().isEmpty()) {
                if (!log.hasErrors()) {
                    log.error("$", headerLine, 1, "no usable wind level: no row has HGHT, DRCT and a wind speed");
                }
                return Optional.empty();
            }
            if (log.hasErrors()) {
                return Optional.empty();
            }
            String id = !id().isEmpty() ? id() : number();
            return Optional.of(new Sample(new WeatherSample(id.isEmpty() ? Optional.empty() : Optional.of(id), time,
                    profile.winds(), profile.air()), firstLine));
        }
    }

    /** How to read the used columns of one table. */
    private record Conversions(String speedColumn, Conversion height, Conversion speed, Conversion direction,
                               Conversion pressure, Conversion temperature) {
    }
}
