package org.leafdrop.io.weather;

import org.leafdrop.io.ProblemLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Station;
import org.leafdrop.model.WindLevel;
import org.leafdrop.units.Units;

/**
 * Reads the US "FB" winds and temperatures aloft forecast (FD1US1 and the like): a {@code VALID
 * ddhhmmZ} line, an {@code FT} row of heights in feet MSL, and one row per station of DDSS or
 * DDSS±TT groups placed under those heights. Keeps the winds of one station; temperatures are
 * read past (FB gives no pressure, so the samples carry no air levels).
 *
 * <p>Group coding (NWS Directive 10-812): DD is the direction in tens of degrees true, SS the
 * speed in knots; {@code 9900} is light and variable; DD 51–86 means DD−50 with 100 kt added to
 * SS; above 24,000 ft the temperature is negative and unsigned ({@code 265337}). Groups of levels
 * within 1500 ft of the station are left blank and those levels are skipped.
 *
 * <p>The VALID line gives only day and time; year and month are those that put the valid time
 * nearest the clock's now. Immutable and thread-safe.
 */
public final class FbWindsReader implements WeatherFileReader {
    private static final Pattern FT_ROW = Pattern.compile("(?m)^[ \\t]*FT[ \\t]+\\d{4,5}(?:[ \\t]+\\d{4,5})+[ \\t]*$");
    private static final Pattern BULLETIN_HEADER = Pattern.compile(
            "(?m)^[ \\t]*(?:F[BD][A-Z]{2}\\d{1,2}[ \\t]+[A-Z]{4}[ \\t]+\\d{6}|FD\\d[A-Z]{2}\\d[ \\t]*$)");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern STATION_ID = Pattern.compile("[A-Z0-9]{3}");
    private static final Pattern VALID_TIME = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})Z");
    private static final Pattern GROUP = Pattern.compile("(\\d{2})(\\d{2})([+-]?\\d{2})?");
    private static final DateTimeFormatter HOUR_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd HH'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String EXPECTED = "expected an FB winds-aloft forecast: an FT row of heights"
            + " (FT  3000    6000    9000 ...) and station rows of DDSS+TT groups (BOS 2714 2725+00 ...)";

    private final Clock clock;

    /** Resolves the VALID line's year and month with the system clock. */
    public FbWindsReader() {
        this(Clock.systemUTC());
    }

    /** @param clock gives "now", near which the VALID line's day and time are placed */
    public FbWindsReader(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public WeatherFormat format() {
        return WeatherFormat.FB;
    }

    @Override
    public boolean recognises(String text) {
        return FT_ROW.matcher(text).find() || BULLETIN_HEADER.matcher(text).find();
    }

    /** A whitespace-separated token and where it is on its line (0-based, end exclusive). */
    private record Token(String text, int start, int end) {
        int column() {
            return start + 1;
        }
    }

    private record Height(int ft, int end) {
        String field() {
            return ft + " ft";
        }
    }

    /** The FT row a station row sits under, and the valid time of its bulletin. */
    private record Table(int line, List<Height> heights, Optional<Instant> validTimeUtc) {
    }

    private record StationRow(String stationId, int line, Table table, List<Token> groups) {
    }

    @Override
    public Loaded<WeatherReading> read(String text, Optional<Path> file, Optional<String> station) {
        ProblemLog problems = new ProblemLog(file);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            problems.error("$", 1, 1, "the file is empty; " + EXPECTED);
            return Loaded.failed(problems.inFileOrder());
        }
        String[] lines = body.split("\\R", -1);
        List<StationRow> rows = new ArrayList<>();
        int lastFtLine = 0;
        int lastTextLine = 1;
        Optional<Instant> validTimeUtc = Optional.empty();
        Table table = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            List<Token> tokens = tokens(lines[i]);
            if (tokens.isEmpty()) {
                continue;
            }
            lastTextLine = lineNo;
            String first = tokens.get(0).text();
            if (first.equals("VALID")) {
                validTimeUtc = validTime(tokens, lineNo, problems);
                table = null;
            } else if (first.equals("FT")) {
                lastFtLine = lineNo;
                Optional<List<Height>> heights = heights(tokens, lineNo, problems);
                table = heights.isPresent() ? new Table(lineNo, heights.get(), validTimeUtc) : null;
            } else if (table != null && tokens.size() > 1 && STATION_ID.matcher(first).matches()) {
                rows.add(new StationRow(first, lineNo, table, tokens.subList(1, tokens.size())));
            }
        }
        if (lastFtLine == 0 && BULLETIN_HEADER.matcher(body).find()) {
            problems.error("$", lastTextLine, 1, "the FB bulletin header is not followed by an FT row of heights;"
                    + " the file looks truncated");
            return Loaded.failed(problems.inFileOrder());
        }
        if (lastFtLine == 0) {
            problems.error("$", 1, 1, "not an FB winds-aloft forecast: no FT row of heights was found; " + EXPECTED);
            return Loaded.failed(problems.inFileOrder());
        }
        if (problems.hasErrors()) {
            return Loaded.failed(problems.inFileOrder());
        }
        if (rows.isEmpty()) {
            problems.error("$", lastFtLine, 1, "the FT row at line " + lastFtLine
                    + " is followed by no station rows; the file looks truncated");
            return Loaded.failed(problems.inFileOrder());
        }
        Optional<String> chosen = chooseStation(rows, station, problems);
        if (chosen.isEmpty()) {
            return Loaded.failed(problems.inFileOrder());
        }
        String id = chosen.get();
        Map<Optional<Instant>, WindTableRows> byTime = new LinkedHashMap<>();
        boolean[] lightAndVariableWarned = {false};
        for (StationRow row : rows) {
            if (row.stationId().equals(id)) {
                WindTableRows levels = byTime.computeIfAbsent(row.table().validTimeUtc(), t -> new WindTableRows());
                readRow(row, levels, problems, lightAndVariableWarned);
            }
        }
        if (problems.hasErrors()) {
            return Loaded.failed(problems.inFileOrder());
        }
        List<WeatherSample> samples = new ArrayList<>();
        for (Map.Entry<Optional<Instant>, WindTableRows> e : byTime.entrySet()) {
            if (!e.getValue().isEmpty()) {
                samples.add(new WeatherSample(Optional.of(id), e.getKey(), e.getValue().normalised(problems), List.of()));
            }
        }
        if (samples.isEmpty()) {
            StationRow firstRow = rows.stream().filter(r -> r.stationId().equals(id)).findFirst().orElseThrow();
            problems.error("station", firstRow.line(), 1, "station " + id + " has no wind groups");
            return Loaded.failed(problems.inFileOrder());
        }
        if (byTime.keySet().stream().allMatch(Optional::isEmpty)) {
            problems.warning("VALID", rows.get(0).table().line(), 1,
                    "no VALID line before the FT row: the valid time is unknown");
        }
        samples.sort(Comparator.comparing((WeatherSample s) -> s.validTimeUtc().orElse(Instant.MIN)));
        Station where = new Station(id, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        WeatherReading reading = new WeatherReading(WeatherFormat.FB, source(id, samples), Optional.of(where),
                samples, List.of());
        return Loaded.of(reading, problems.inFileOrder());
    }

    private static List<Token> tokens(String line) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            out.add(new Token(m.group(), m.start(), m.end()));
        }
        return out;
    }

    /** The VALID line's day and time, placed in the month that puts it nearest the clock's now. */
    private Optional<Instant> validTime(List<Token> tokens, int lineNo, ProblemLog problems) {
        if (tokens.size() < 2) {
            problems.error("VALID", lineNo, tokens.get(0).end() + 1,
                    "the VALID line gives no time; expected VALID ddhhmmZ, e.g. VALID 161800Z");
            return Optional.empty();
        }
        Token t = tokens.get(1);
        Matcher m = VALID_TIME.matcher(t.text());
        int day = 0;
        int hour = -1;
        int minute = -1;
        if (m.matches()) {
            day = Integer.parseInt(m.group(1));
            hour = Integer.parseInt(m.group(2));
            minute = Integer.parseInt(m.group(3));
        }
        if (day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            problems.error("VALID", lineNo, t.column(), "`" + t.text()
                    + "` is not a valid time; expected ddhhmmZ (day of month, hour, minute UTC), e.g. 161800Z");
            return Optional.empty();
        }
        Instant now = clock.instant();
        YearMonth thisMonth = YearMonth.from(now.atZone(ZoneOffset.UTC));
        Instant best = null;
        for (int offset = -2; offset <= 2; offset++) {
            YearMonth ym = thisMonth.plusMonths(offset);
            if (day <= ym.lengthOfMonth()) {
                Instant candidate = ym.atDay(day).atTime(hour, minute).toInstant(ZoneOffset.UTC);
                if (best == null || Duration.between(candidate, now).abs().compareTo(Duration.between(best, now).abs()) < 0) {
                    best = candidate;
                }
            }
        }
        problems.warning("VALID", lineNo, t.column(), "the VALID line gives day and time only (" + t.text()
                + "); year and month were taken from the date (" + LocalDate.ofInstant(now, ZoneOffset.UTC)
                + "): valid " + formatTime(best));
        return Optional.of(best);
    }

    private static Optional<List<Height>> heights(List<Token> tokens, int lineNo, ProblemLog problems) {
        List<Height> out = new ArrayList<>();
        boolean ok = true;
        for (Token t : tokens.subList(1, tokens.size())) {
            if (t.text().matches("\\d{3,5}")) {
                out.add(new Height(Integer.parseInt(t.text()), t.end()));
            } else {
                problems.error("$", lineNo, t.column(), "`" + t.text() + "` in the FT row is not a height in feet");
                ok = false;
            }
        }
        if (ok && out.isEmpty()) {
            problems.error("$", lineNo, 1, "the FT row names no heights; " + EXPECTED);
            ok = false;
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private static Optional<String> chooseStation(List<StationRow> rows, Optional<String> wanted,
                                                  ProblemLog problems) {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.stationId()));
        if (wanted.isPresent()) {
            String w = wanted.get().trim().toUpperCase(Locale.ROOT);
            if (ids.contains(w)) {
                return Optional.of(w);
            }
            // FB uses the 3-letter identifier; KBOS or PANC name the same stations
            if (w.length() == 4 && ids.contains(w.substring(1))) {
                return Optional.of(w.substring(1));
            }
            problems.error("station", 0, 0, "station " + wanted.get().trim() + " is not in this forecast; it has "
                    + String.join(", ", ids));
            return Optional.empty();
        }
        if (ids.size() == 1) {
            return Optional.of(ids.iterator().next());
        }
        problems.error("station", 0, 0, "the forecast has " + ids.size() + " stations (" + String.join(", ", ids)
                + "); choose one with --station");
        return Optional.empty();
    }

    private static void readRow(StationRow row, WindTableRows levels, ProblemLog problems,
                                boolean[] lightAndVariableWarned) {
        List<Height> heights = row.table().heights();
        List<Token> groups = row.groups();
        Optional<List<Height>> placed = alignedHeights(groups, heights);
        if (placed.isEmpty()) {
            if (groups.size() > heights.size()) {
                problems.error("$", row.line(), groups.get(heights.size()).column(), "line " + row.line() + " has "
                        + groups.size() + " groups but the FT row (line " + row.table().line() + ") has "
                        + heights.size() + " heights");
                return;
            }
            // blank groups are always the lowest levels (those near the station)
            placed = Optional.of(heights.subList(heights.size() - groups.size(), heights.size()));
            if (groups.size() < heights.size()) {
                problems.warning("$", row.line(), groups.get(0).column(), "the groups of line " + row.line()
                        + " do not line up under the FT row; the missing ones were taken as the lowest levels");
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            Height h = placed.get().get(g);
            readGroup(groups.get(g), h, row.line(), problems, lightAndVariableWarned)
                    .ifPresent(level -> levels.add(level, row.line(), h.field(), h.field()));
        }
    }

    /**
     * Each group under the FT height whose right edge is exactly its own, as the bulletins print
     * them; empty when any group is not (text re-spaced by copying), so that a near miss never
     * puts a wind at the wrong height.
     */
    private static Optional<List<Height>> alignedHeights(List<Token> groups, List<Height> heights) {
        List<Height> out = new ArrayList<>();
        int next = 0;
        for (Token g : groups) {
            while (next < heights.size() && heights.get(next).end() < g.end()) {
                next++;
            }
            if (next == heights.size() || heights.get(next).end() != g.end()) {
                return Optional.empty();
            }
            out.add(heights.get(next++));
        }
        return Optional.of(out);
    }

    private static Optional<WindLevel> readGroup(Token group, Height h, int lineNo, ProblemLog problems,
                                                 boolean[] lightAndVariableWarned) {
        Matcher m = GROUP.matcher(group.text());
        if (!m.matches()) {
            problems.error(h.field(), lineNo, group.column(), "`" + group.text()
                    + "` is not a wind group; expected DDSS, DDSS+TT or DDSSTT (e.g. 2714, 2725+00, 265337)");
            return Optional.empty();
        }
        int dd = Integer.parseInt(m.group(1));
        int ss = Integer.parseInt(m.group(2));
        double altitudeMslM = Units.ftToM(h.ft());
        if (dd == 99 && ss == 0) {
            if (!lightAndVariableWarned[0]) {
                problems.warning(h.field(), lineNo, group.column(),
                        "9900 means light and variable: taken as 0 kt from 0°");
                lightAndVariableWarned[0] = true;
            }
            return Optional.of(new WindLevel(altitudeMslM, 0, 0));
        }
        int fromDeg;
        int speedKt;
        if (dd <= 36) {
            fromDeg = dd * 10;
            speedKt = ss;
        } else if (dd >= 51 && dd <= 86) {
            fromDeg = (dd - 50) * 10;
            speedKt = ss + 100;
            if (ss == 99) {
                problems.warning(h.field(), lineNo, group.column(), "`" + group.text()
                        + "` means 199 kt or more; taken as 199 kt");
            }
        } else {
            problems.error(h.field(), lineNo, group.column(), "`" + group.text() + "` has direction code " + m.group(1)
                    + ", which is not a direction: codes are 01–36 (tens of degrees true), 51–86 (the same, speed"
                    + " 100 kt or more) and 9900 (light and variable)");
            return Optional.empty();
        }
        return Optional.of(new WindLevel(altitudeMslM, fromDeg, Units.ktToMps(speedKt)));
    }

    private static String source(String id, List<WeatherSample> samples) {
        List<String> times = samples.stream().flatMap(s -> s.validTimeUtc().stream()).map(FbWindsReader::formatTime)
                .toList();
        return "FB winds aloft, station " + id + (times.isEmpty() ? "" : ", valid " + String.join(", ", times));
    }

    private static String formatTime(Instant t) {
        return (t.getEpochSecond() % 3600 == 0 ? HOUR_Z : MINUTE_Z).format(t);
    }
}
