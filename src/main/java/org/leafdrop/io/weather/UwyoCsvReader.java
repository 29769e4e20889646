package org.leafdrop.io.weather;

import org.leafdrop.io.ProblemLog;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leafdrop.io.weather.UwyoValues.Conversion;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Station;

/**
 * Reads a University of Wyoming sounding in the newer TEXT:CSV form: a header of named columns
 * with their units after the last underscore, then one row per level:
 * <pre>
 * time,longitude,latitude,pressure_hPa,geopotential height_m,temperature_C,dew point temperature_C,...,wind direction_degree,wind speed_m/s,...
 * 2016-10-16 12:00:00,43.150,36.310,987.0,223,21.4,3.4,...,320,2.1,...
 * </pre>
 * Columns are found by name, case-insensitively: pressure, geopotential height (or height),
 * temperature (not dew point, ice point or potential temperature), wind direction, wind speed,
 * time, latitude and longitude. Units: speeds in m/s, knot (kt) or km/h; heights in m or ft;
 * pressure in hPa; temperature in C or K. A blank cell is a missing value; rows with height,
 * direction and speed give winds, rows with height, pressure and temperature give air levels.
 * <p>
 * The file names no station. The sample's time is the first row's (UTC), and the station's
 * position is the first row's (the balloon drifts afterwards); the station id is {@code station}
 * when given, otherwise that position ("36.310N 43.150E"). Stateless and thread-safe.
 */
public final class UwyoCsvReader implements WeatherFileReader {
    private static final String FORMAT_NAME = "University of Wyoming sounding (TEXT:CSV)";
    private static final String EXAMPLE_HEADER = "time,longitude,latitude,pressure_hPa,geopotential height_m,"
            + "temperature_C,...,wind direction_degree,wind speed_m/s,...";
    private static final Pattern TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(?:Z|UTC|\\+00:?00)?");

    public UwyoCsvReader() {
    }

    @Override
    public WeatherFormat format() {
        return WeatherFormat.UWYO_CSV;
    }

    @Override
    public boolean recognises(String text) {
        return looksLikeUwyoCsv(text);
    }

    /**
     * True when the first non-blank line is a header naming a geopotential height, or pressure with
     * wind direction and speed: the sounding's columns, which plain wind tables do not have.
     */
    static boolean looksLikeUwyoCsv(String text) {
        List<String> lines = lines(text);
        return firstNonBlank(lines).map(i -> {
            String h = lines.get(i).toLowerCase(Locale.ROOT);
            return h.contains(",") && (h.contains("geopotential height")
                    || (h.contains("pressure") && h.contains("wind direction") && h.contains("wind speed")));
        }).orElse(false);
    }

    @Override
    public Loaded<WeatherReading> read(String text, Optional<Path> file, Optional<String> station) {
        ProblemLog log = new ProblemLog(file);
        if (text.isBlank()) {
            log.error("$", 1, 1, "empty file: expected a " + FORMAT_NAME);
            return Loaded.failed(log.inFileOrder());
        }
        List<String> lines = lines(text);
        int h = firstNonBlank(lines).orElseThrow();
        String named = lines.get(h).toLowerCase(Locale.ROOT);
        // Asked for by name, a header with the wind columns is enough; the header check below says what else is missing.
        if (!looksLikeUwyoCsv(text) && !(named.contains("wind direction") && named.contains("wind speed"))) {
            String hint = new UwyoTextReader().recognises(text) ? "; this looks like the TEXT:LIST form (uwyo)" : "";
            log.error("$", h + 1, 1, "not a " + FORMAT_NAME + ": expected a header row naming its columns with "
                    + "units, such as \"" + EXAMPLE_HEADER + "\"" + hint);
            return Loaded.failed(log.inFileOrder());
        }
        Optional<Header> read = Header.of(lines.get(h), h + 1, log);
        if (read.isEmpty() || log.hasErrors()) {
            return Loaded.failed(log.inFileOrder());
        }
        Header header = read.get();
        List<UwyoLevel> rows = new ArrayList<>();
        First first = new First();
        for (int i = h + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.trim().equalsIgnoreCase(lines.get(h).trim())) {
                log.error("$", i + 1, 1, "a second header row (the first at line " + (h + 1)
                        + "): one sounding per file");
                continue;
            }
            rows.add(header.row(cells(line), i + 1, first, log));
        }
        if (rows.isEmpty()) {
            log.error("$", h + 1, 1, "truncated file: the header at line " + (h + 1) + " is followed by no data rows");
            return Loaded.failed(log.inFileOrder());
        }
        UwyoProfile profile = UwyoProfile.of(rows, header.height().name(), OptionalDouble.empty(), log);
        if (profile.winds().isEmpty() && !log.hasErrors()) {
            log.error("$", h + 1, 1, "no usable wind level: no row has " + header.height().name() + ", "
                    + header.direction().name() + " and " + header.speed().name() + " all given");
        }
        if (log.hasErrors()) {
            return Loaded.failed(log.inFileOrder());
        }
        if (first.time.isEmpty()) {
            log.warning(header.time().map(Col::name).orElse("$"), h + 1, 1, (header.time().isEmpty()
                    ? "the header names no time column" : "no time in the rows") + ": the sample has no valid time");
        }
        Optional<String> position = first.latDeg.isPresent() && first.lonDeg.isPresent()
                ? Optional.of(position(first.latDeg.getAsDouble(), first.lonDeg.getAsDouble())) : Optional.empty();
        Optional<String> stationId = station.map(String::trim).filter(s -> !s.isEmpty());
        Optional<Station> where = stationId.or(() -> position)
                .map(id -> new Station(id, first.latDeg, first.lonDeg, OptionalDouble.empty()));
        String label = stationId.orElse(position.map(p -> "at " + p).orElse(""));
        WeatherSample sample = new WeatherSample(stationId, first.time, profile.winds(), profile.air());
        WeatherReading reading = new WeatherReading(WeatherFormat.UWYO_CSV,
                UwyoValues.source(label, first.time.stream().toList()), where, List.of(sample), List.of());
        return Loaded.of(reading, log.inFileOrder());
    }

    private static String position(double latDeg, double lonDeg) {
        return String.format(Locale.ROOT, "%.3f%s %.3f%s", Math.abs(latDeg), latDeg < 0 ? "S" : "N",
                Math.abs(lonDeg), lonDeg < 0 ? "W" : "E");
    }

    private static List<String> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return List.of(body.split("\\R", -1));
    }

    private static Optional<Integer> firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Splits a CSV line; a cell may be quoted ({@code ""} inside for a quote). */
    private static List<Cell> cells(String line) {
        List<Cell> out = new ArrayList<>();
        int i = 0;
        while (true) {
            int start = i;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            int column = i + 1;
            StringBuilder text = new StringBuilder();
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (i < line.length()) {
                    char c = line.charAt(i++);
                    if (c == '"' && i < line.length() && line.charAt(i) == '"') {
                        text.append('"');
                        i++;
                    } else if (c == '"') {
                        break;
                    } else {
                        text.append(c);
                    }
                }
                while (i < line.length() && line.charAt(i) != ',') {
                    i++;
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    text.append(line.charAt(i++));
                }
            }
            out.add(new Cell(text.toString().trim(), text.isEmpty() ? start + 1 : column));
            if (i >= line.length()) {
                return out;
            }
            i++;
        }
    }

    /** A cell: its text (trimmed) and 1-based column in the line. */
    private record Cell(String text, int column) {
    }

    /**
     * A used column: its header text (the problems' field), index, and unit.
     *
     * @param name the column's header text as the file spells it, e.g. {@code wind speed_m/s}
     */
    private record Col(String name, int index, Conversion unit) {
    }

    /**
     * The first row's time and position: taken from the first row that has a time (and a
     * position), read once so that a bad value is reported once.
     */
    private static final class First {
        private boolean timeSeen;
        private boolean positionSeen;
        private Optional<Instant> time = Optional.empty();
        private OptionalDouble latDeg = OptionalDouble.empty();
        private OptionalDouble lonDeg = OptionalDouble.empty();
    }

    /** The used columns of the header. */
    private record Header(int count, Col height, Col direction, Col speed, Optional<Col> pressure,
                          Optional<Col> temperature, Optional<Col> time, Optional<Col> lat, Optional<Col> lon) {

        /** The header's used columns; empty after an error. */
        static Optional<Header> of(String line, int lineNumber, ProblemLog log) {
            List<Cell> cells = cells(line);
            Predicate<String> geopotential = n -> n.contains("geopotential height");
            Predicate<String> height = n -> n.equals("height") || n.equals("altitude");
            Predicate<String> direction = n -> n.contains("wind direction");
            Predicate<String> speed = n -> n.contains("wind speed");
            Optional<Col> h = find(cells, geopotential, "height", "m or ft", UwyoValues::heightUnit, lineNumber, log)
                    .or(() -> find(cells, height, "height", "m or ft", UwyoValues::heightUnit, lineNumber, log));
            Optional<Col> d = find(cells, direction, "direction", "degree", UwyoValues::directionUnit, lineNumber, log);
            Optional<Col> s = find(cells, speed, "speed", "m/s, knot or km/h", UwyoValues::speedUnit, lineNumber, log);
            Optional<Col> pressure = find(cells, n -> n.startsWith("pressure"), "pressure", "hPa",
                    UwyoValues::pressureUnit, lineNumber, log);
            Optional<Col> temperature = find(cells, n -> n.contains("temperature") && !n.contains("dew")
                            && !n.contains("ice") && !n.contains("potential"), "temperature", "C or K",
                    UwyoValues::temperatureUnit, lineNumber, log);
            Conversion none = new Conversion("", 1, 0);
            Optional<Col> time = plain(cells, n -> n.equals("time") || n.equals("date") || n.equals("datetime"), none);
            Optional<Col> lat = plain(cells, n -> n.equals("latitude") || n.equals("lat"), none);
            Optional<Col> lon = plain(cells, n -> n.equals("longitude") || n.equals("lon"), none);
            missing(cells, geopotential.or(height), "geopotential height", "geopotential height_m", lineNumber, log);
            missing(cells, direction, "wind direction", "wind direction_degree", lineNumber, log);
            missing(cells, speed, "wind speed", "wind speed_m/s", lineNumber, log);
            if (h.isEmpty() || d.isEmpty() || s.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Header(cells.size(), h.get(), d.get(), s.get(), pressure, temperature, time, lat,
                    lon));
        }

        /** Reports a needed column the header does not name at all (a bad unit is reported by {@code find}). */
        private static void missing(List<Cell> cells, Predicate<String> named, String what, String example, int line,
                                    ProblemLog log) {
            if (cells.stream().noneMatch(c -> named.test(bareName(c.text())))) {
                log.error("$", line, 1, "the header names no " + what + " column (expected e.g. \"" + example + "\")");
            }
        }

        /** The column's name without its unit suffix, lower case. */
        private static String bareName(String header) {
            int u = header.lastIndexOf('_');
            return (u < 0 ? header : header.substring(0, u)).trim().toLowerCase(Locale.ROOT);
        }

        private static Optional<Col> plain(List<Cell> cells, Predicate<String> named, Conversion unit) {
            for (int i = 0; i < cells.size(); i++) {
                if (named.test(bareName(cells.get(i).text()))) {
                    return Optional.of(new Col(cells.get(i).text(), i, unit));
                }
            }
            return Optional.empty();
        }

        /**
         * The first column whose name matches, with its unit; a known column with a missing or
         * unknown unit is an error (and empty).
         */
        private static Optional<Col> find(List<Cell> cells, Predicate<String> named, String quantity, String expected,
                                          Function<String, Optional<Conversion>> units, int line, ProblemLog log) {
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                if (!named.test(bareName(c.text()))) {
                    continue;
                }
                int u = c.text().lastIndexOf('_');
                if (u < 0) {
                    log.error(c.text(), line, c.column(), "no unit in the column name (expected a suffix such as _"
                            + expected.split("[ ,]")[0] + ")");
                    return Optional.empty();
                }
                String unit = c.text().substring(u + 1).trim();
                Optional<Conversion> conversion = units.apply(unit);
                if (conversion.isEmpty()) {
                    log.error(c.text(), line, c.column(), UwyoValues.unknownUnit(quantity, unit, expected));
                    return Optional.empty();
                }
                return Optional.of(new Col(c.text(), i, conversion.get()));
            }
            return Optional.empty();
        }

        /** Reads one data row; the first row's time and position go to {@code first}. */
        UwyoLevel row(List<Cell> cells, int line, First first, ProblemLog log) {
            if (cells.size() > count) {
                log.error("$", line, cells.get(count).column(), "the row has " + cells.size()
                        + " cells, the header " + count);
            } else if (cells.size() < count) {
                log.warning("$", line, 1, "the row has " + cells.size() + " cells, the header " + count
                        + ": the missing ones are read as blank");
            }
            if (!first.timeSeen && time.isPresent() && cell(cells, time.get()).isPresent()) {
                first.timeSeen = true;
                first.time = time(cell(cells, time.get()), time.get(), line, log);
            }
            if (!first.positionSeen && lat.isPresent() && lon.isPresent() && cell(cells, lat.get()).isPresent()
                    && cell(cells, lon.get()).isPresent()) {
                first.positionSeen = true;
                OptionalDouble la = degrees(cells, lat.get(), 90, line, log);
                OptionalDouble lo = degrees(cells, lon.get(), 180, line, log);
                if (la.isPresent() && lo.isPresent()) {
                    first.latDeg = la;
                    first.lonDeg = lo;
                }
            }
            OptionalDouble h = value(cells, Optional.of(height), line, log);
            OptionalDouble p = checked(cells, pressure, value(cells, pressure, line, log), line, log,
                    (v, c) -> UwyoValues.pressureFault(v, c.text(), pressure.get().unit()));
            OptionalDouble t = checked(cells, temperature, value(cells, temperature, line, log), line, log,
                    (v, c) -> UwyoValues.temperatureFault(v, c.text(), temperature.get().unit()));
            OptionalDouble d = checked(cells, Optional.of(direction), value(cells, Optional.of(direction), line, log),
                    line, log, (v, c) -> UwyoValues.directionFault(v, c.text()));
            OptionalDouble s = checked(cells, Optional.of(speed), value(cells, Optional.of(speed), line, log),
                    line, log, (v, c) -> UwyoValues.speedFault(v, c.text(), speed.unit()));
            Optional<Cell> hc = cell(cells, height);
            return new UwyoLevel(line, hc.map(Cell::column).orElse(0), h, p, t, d, s);
        }

        private static Optional<Cell> cell(List<Cell> cells, Col col) {
            return col.index() < cells.size() && !cells.get(col.index()).text().isEmpty()
                    ? Optional.of(cells.get(col.index())) : Optional.empty();
        }

        private static OptionalDouble value(List<Cell> cells, Optional<Col> col, int line, ProblemLog log) {
            Optional<Cell> c = col.flatMap(k -> cell(cells, k));
            if (c.isEmpty()) {
                return OptionalDouble.empty();
            }
            OptionalDouble v = UwyoValues.number(c.get().text());
            if (v.isEmpty()) {
                log.error(col.get().name(), line, c.get().column(), UwyoValues.notANumber(c.get().text()));
                return v;
            }
            return OptionalDouble.of(col.get().unit().toSi(v.getAsDouble()));
        }

        private static OptionalDouble checked(List<Cell> cells, Optional<Col> col, OptionalDouble value, int line,
                                              ProblemLog log, Fault fault) {
            if (value.isEmpty()) {
                return value;
            }
            Cell c = cell(cells, col.get()).orElseThrow();
            Optional<String> message = fault.of(value.getAsDouble(), c);
            if (message.isPresent()) {
                log.error(col.get().name(), line, c.column(), message.get());
                return OptionalDouble.empty();
            }
            return value;
        }

        private static OptionalDouble degrees(List<Cell> cells, Col col, double limit, int line, ProblemLog log) {
            OptionalDouble v = value(cells, Optional.of(col), line, log);
            if (v.isPresent() && Math.abs(v.getAsDouble()) > limit) {
                Cell c = cell(cells, col).orElseThrow();
                log.error(col.name(), line, c.column(), bareName(col.name()) + " must be in ["
                        + UwyoValues.decimal(-limit) + ", " + UwyoValues.decimal(limit) + "] degrees (got "
                        + c.text() + ")");
                return OptionalDouble.empty();
            }
            return v;
        }

        private static Optional<Instant> time(Optional<Cell> cell, Col col, int line, ProblemLog log) {
            if (cell.isEmpty()) {
                return Optional.empty();
            }
            Matcher m = TIME.matcher(cell.get().text());
            try {
                if (!m.matches()) {
                    throw new DateTimeException(cell.get().text());
                }
                return Optional.of(LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6))).toInstant(ZoneOffset.UTC));
            } catch (DateTimeException e) {
                log.error(col.name(), line, cell.get().column(), "not a valid time: \"" + cell.get().text()
                        + "\" (expected UTC such as 2016-10-16 12:00:00)");
                return Optional.empty();
            }
        }
    }

    /** A value's fault, if any, given the value in SI and its cell. */
    @FunctionalInterface
    private interface Fault {
        Optional<String> of(double value, Cell cell);
    }
}
