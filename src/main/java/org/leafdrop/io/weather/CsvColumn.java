package org.leafdrop.io.weather;

import org.leafdrop.io.ProblemLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.leafdrop.units.Units;

/**
 * One recognised column of a CSV wind table's header: what it holds and in which unit.
 *
 * @param index       0-based cell index in each row
 * @param name        the header cell as written (unquoted), used as the field in problems
 * @param column      1-based position of the header cell on its line
 * @param factorToSi  multiplies a value into metres (height), m/s (speed) or degrees (direction)
 * @param unitLabel   the unit as messages show it ({@code ft}, {@code km/h})
 * @param aboveGround true when the heights are AGL
 */
record CsvColumn(Role role, int index, String name, int column, double factorToSi, String unitLabel,
                 boolean aboveGround) {

    enum Role {
        HEIGHT("height", Set.of("height", "altitude", "alt", "hgt", "hght")),
        DIRECTION("direction", Set.of("direction", "dir", "drct", "wdir", "winddir", "wd", "from")),
        SPEED("speed", Set.of("speed", "spd", "wspd", "windspeed", "ws", "sknt", "velocity")),
        TIME("time", Set.of("time", "date", "datetime", "timestamp", "valid"));

        private final String label;
        private final Set<String> words;

        Role(String label, Set<String> words) {
            this.label = label;
            this.words = words;
        }
    }

    private record Unit(double factorToSi, String label) {
    }

    private static final Map<String, Unit> HEIGHT_UNITS = Map.of(
            "m", new Unit(1, "m"), "meter", new Unit(1, "m"), "meters", new Unit(1, "m"),
            "metre", new Unit(1, "m"), "metres", new Unit(1, "m"),
            "ft", new Unit(Units.M_PER_FT, "ft"), "feet", new Unit(Units.M_PER_FT, "ft"),
            "foot", new Unit(Units.M_PER_FT, "ft"), "km", new Unit(1000, "km"));
    private static final Map<String, Unit> SPEED_UNITS = Map.ofEntries(
            Map.entry("mps", new Unit(1, "m/s")), Map.entry("ms", new Unit(1, "m/s")),
            Map.entry("kt", new Unit(Units.MPS_PER_KT, "kt")), Map.entry("kts", new Unit(Units.MPS_PER_KT, "kt")),
            Map.entry("kn", new Unit(Units.MPS_PER_KT, "kt")), Map.entry("knot", new Unit(Units.MPS_PER_KT, "kt")),
            Map.entry("knots", new Unit(Units.MPS_PER_KT, "kt")),
            Map.entry("kmh", new Unit(1 / 3.6, "km/h")), Map.entry("kph", new Unit(1 / 3.6, "km/h")),
            Map.entry("mph", new Unit(Units.MPS_PER_MPH, "mph")));
    private static final Map<String, Unit> DIRECTION_UNITS = Map.of(
            "deg", new Unit(1, "°"), "degree", new Unit(1, "°"), "degrees", new Unit(1, "°"),
            "degt", new Unit(1, "°"));
    private static final Set<String> MAGNETIC = Set.of("mag", "magnetic", "degm");
    private static final Set<String> AGL = Set.of("agl", "ground", "gnd");
    private static final Set<String> MSL = Set.of("msl", "amsl", "asl", "sea");
    private static final Set<String> FILLER = Set.of("wind", "above", "mean", "level", "of", "in", "at", "the",
            "true", "utc", "z", "iso", "iso8601");
    private static final String EXAMPLE = "height_ft_msl,direction_deg,speed_kt";

    /** The role a header cell names, if any. */
    static Optional<Role> roleOf(String headerCell) {
        List<String> words = words(headerCell);
        return Arrays.stream(Role.values()).filter(r -> words.stream().anyMatch(r.words::contains)).findFirst();
    }

    /**
     * The height, direction and speed columns (and time, when there is one) of a header row, or
     * empty after reporting why the header cannot be used.
     */
    static Optional<Map<Role, CsvColumn>> header(List<CsvCells.Cell> cells, int line, ProblemLog problems) {
        Map<Role, CsvColumn> found = new EnumMap<>(Role.class);
        boolean ok = true;
        for (int i = 0; i < cells.size(); i++) {
            CsvCells.Cell cell = cells.get(i);
            if (cell.text().toLowerCase(Locale.ROOT).contains("geopotential")) {
                problems.error("$", line, cell.column(), "this is a University of Wyoming sounding CSV (`"
                        + cell.text() + "`), not a wind table; read it with --format uwyo-csv");
                return Optional.empty();
            }
            Optional<Role> role = roleOf(cell.text());
            if (role.isEmpty()) {
                continue; // temperature, pressure and the like: not needed
            }
            if (found.containsKey(role.get())) {
                problems.error(cell.text(), line, cell.column(), "a second " + role.get().label + " column `"
                        + cell.text() + "`; the first is `" + found.get(role.get()).name() + "`");
                ok = false;
                continue;
            }
            Optional<CsvColumn> column = column(role.get(), i, cell, line, problems);
            if (column.isPresent()) {
                found.put(role.get(), column.get());
            } else {
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        for (Role r : List.of(Role.HEIGHT, Role.DIRECTION, Role.SPEED)) {
            if (!found.containsKey(r)) {
                missing.add(r.label);
            }
        }
        if (missing.size() == 3) {
            problems.error("$", line, 1, "not a CSV wind table: the header at line " + line
                    + " names no height, direction or speed column; expected a header such as " + EXAMPLE);
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            problems.error("$", line, 1, "the header at line " + line + " names no " + String.join(" or ", missing)
                    + " column (it has " + cells.stream().map(c -> "`" + c.text() + "`")
                    .collect(Collectors.joining(", ")) + "); expected a header such as " + EXAMPLE);
            return Optional.empty();
        }
        return Optional.of(found);
    }

    private static Optional<CsvColumn> column(Role role, int index, CsvCells.Cell cell, int line,
                                              ProblemLog problems) {
        String name = cell.text();
        List<String> words = words(name);
        if (role == Role.TIME) {
            return Optional.of(new CsvColumn(role, index, name, cell.column(), 1, "", false));
        }
        if (role == Role.DIRECTION && words.stream().anyMatch(MAGNETIC::contains)) {
            problems.error(name, line, cell.column(), "`" + name
                    + "` gives magnetic directions; give where the wind blows from in degrees true");
            return Optional.empty();
        }
        Map<String, Unit> units = switch (role) {
            case HEIGHT -> HEIGHT_UNITS;
            case SPEED -> SPEED_UNITS;
            default -> DIRECTION_UNITS;
        };
        Optional<Unit> unit = words.stream().filter(units::containsKey).map(units::get).findFirst();
        List<String> unknown = words.stream().filter(w -> !role.words.contains(w) && !units.containsKey(w)
                && !AGL.contains(w) && !MSL.contains(w) && !FILLER.contains(w) && !w.matches("\\d+")).toList();
        String expected = switch (role) {
            case HEIGHT -> "m or ft (e.g. height_m_msl, height_ft_msl)";
            case SPEED -> "m/s, kt, km/h or mph (e.g. speed_mps, speed_kt)";
            default -> "deg (e.g. direction_deg)";
        };
        if (unit.isEmpty() && !unknown.isEmpty()) {
            problems.error(name, line, cell.column(), "unknown unit `" + String.join(" ", unknown) + "` in `" + name
                    + "`; expected " + expected);
            return Optional.empty();
        }
        if (unit.isEmpty() && role != Role.DIRECTION) {
            problems.error(name, line, cell.column(), "`" + name + "` gives no unit; expected " + expected);
            return Optional.empty();
        }
        Unit u = unit.orElse(DIRECTION_UNITS.get("deg"));
        boolean aboveGround = false;
        if (role == Role.HEIGHT) {
            aboveGround = words.stream().anyMatch(AGL::contains);
            if (!aboveGround && words.stream().noneMatch(MSL::contains)) {
                problems.warning(name, line, cell.column(), "`" + name
                        + "` does not say MSL or AGL; the heights are taken as MSL");
            }
        }
        return Optional.of(new CsvColumn(role, index, name, cell.column(), u.factorToSi(), u.label(), aboveGround));
    }

    /** Lower-case words of a header cell, with m/s, km/h and ° made single words. */
    private static List<String> words(String headerCell) {
        String s = headerCell.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT)
                .replace("°", " deg ")
                .replaceAll("km\\s*/\\s*hr?\\b", " kmh ")
                .replaceAll("mi\\s*/\\s*hr?\\b", " mph ")
                .replaceAll("\\bm\\s*/\\s*s\\b", " mps ")
                .replaceAll("\\bm\\s*s\\^?(-|⁻)1", " mps ");
        return Arrays.stream(s.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }
}
