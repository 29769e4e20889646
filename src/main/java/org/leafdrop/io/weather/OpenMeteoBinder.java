package org.leafdrop.io.weather;

import org.leafdrop.io.ProblemLog;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.leafdrop.io.JsonValue;
import org.leafdrop.io.JsonValue.JsonArray;
import org.leafdrop.io.JsonValue.JsonNull;
import org.leafdrop.io.JsonValue.JsonNumber;
import org.leafdrop.io.JsonValue.JsonObject;
import org.leafdrop.io.JsonValue.JsonString;
import org.leafdrop.io.weather.OpenMeteoVariable.Level;
import org.leafdrop.io.weather.OpenMeteoVariable.Quantity;
import org.leafdrop.model.Atmosphere.SoundingLevel;
import org.leafdrop.model.EnsembleMember;
import org.leafdrop.model.Station;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;

/**
 * Turns one parsed Open-Meteo response into a {@link WeatherReading}, logging every problem.
 * One binder per read; not thread-safe.
 */
final class OpenMeteoBinder {
    /** Errors reported per variable before the rest are counted in one line. */
    private static final int MAX_ERRORS_PER_ARRAY = 3;
    /** Open-Meteo's offsets are whole seconds within UTC-18 h to UTC+18 h, as java.time's. */
    private static final int MAX_OFFSET_S = 18 * 3600;
    private static final Set<String> UTC_NAMES = Set.of("GMT", "UTC", "Z", "ETC/UTC", "ETC/GMT");
    private static final DateTimeFormatter UTC_MINUTES =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ProblemLog problems;

    OpenMeteoBinder(ProblemLog problems) {
        this.problems = problems;
    }

    /** The reading, or empty when errors were logged. */
    Optional<WeatherReading> bind(JsonValue root, Optional<String> station) {
        if (!(root instanceof JsonObject top)) {
            problems.error("$", root, "not an Open-Meteo forecast: expected a JSON object, got " + root.describe());
            return Optional.empty();
        }
        if (top.member("error").map(m -> m.value() instanceof JsonValue.JsonBoolean b && b.value()).orElse(false)) {
            String reason = top.member("reason").map(m -> m.value() instanceof JsonString s ? s.value() : "")
                    .orElse("");
            problems.error("$.error", top.member("error").get().value(),
                    "Open-Meteo answered with an error" + (reason.isEmpty() ? "" : ": " + reason));
            return Optional.empty();
        }
        Optional<JsonValue.Member> hourlyMember = top.member("hourly");
        if (hourlyMember.isEmpty()) {
            problems.error("$", top, "not an Open-Meteo forecast: no \"hourly\" object "
                    + "(expected hourly variables such as wind_speed_850hPa)");
            return Optional.empty();
        }
        if (!(hourlyMember.get().value() instanceof JsonObject hourly)) {
            problems.error("$.hourly", hourlyMember.get().value(),
                    "expected an object of hourly arrays, got " + hourlyMember.get().value().describe());
            return Optional.empty();
        }
        station.filter(s -> !s.equalsIgnoreCase(OpenMeteoReader.STATION_ID)).ifPresent(s -> problems.warning("", 0, 0,
                "--station " + s + " ignored: an Open-Meteo file holds one point (station \""
                        + OpenMeteoReader.STATION_ID + "\")"));
        OptionalDouble latDeg = number(top, "latitude", -90, 90);
        OptionalDouble lonDeg = number(top, "longitude", -180, 180);
        // the Dead Sea shore to above Everest: anything else is not a ground elevation
        OptionalDouble elevationMslM = number(top, "elevation", -500, 9000);
        Function<LocalDateTime, Instant> toUtc = localTimeConversion(top);
        Optional<JsonObject> units = unitsObject(top);
        List<Instant> times = times(hourly, units, toUtc);
        Map<GroupKey, Map<Quantity, OpenMeteoColumn>> groups = columns(hourly, units, times.size());
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        if (groups.keySet().stream().noneMatch(k -> groups.get(k).containsKey(Quantity.SPEED))) {
            problems.error("$.hourly", hourly, "no wind variables: expected wind_speed_<level>hPa with "
                    + "wind_direction_<level>hPa and geopotential_height_<level>hPa, or wind_speed_10m with "
                    + "wind_direction_10m");
            return Optional.empty();
        }
        Profiles profiles = new Profiles(groups, elevationMslM);
        profiles.warnAboutIncompleteLevels();
        profiles.warnAboutLevelsBelowGround();

        String main = profiles.mainRun();
        List<WeatherSample> samples = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            List<WindLevel> winds = profiles.winds(main, i);
            if (winds.isEmpty()) {
                skipped.add(i);
            } else {
                samples.add(new WeatherSample(Optional.of(OpenMeteoReader.STATION_ID), Optional.of(times.get(i)),
                        winds, profiles.air(main, i)));
            }
        }
        if (samples.isEmpty()) {
            problems.error("$.hourly", hourly, "no usable wind level at any time: a level needs speed, direction "
                    + "and geopotential height above the ground (or a 10 m wind and the elevation)");
            return Optional.empty();
        }
        if (!skipped.isEmpty()) {
            int first = skipped.get(0);
            problems.warning("$.hourly.time[" + first + "]", timeItem(hourly, first), String.format(Locale.ROOT,
                    "no usable wind level at %d of %d times (first %s); those times are left out",
                    skipped.size(), times.size(), UTC_MINUTES.format(times.get(first))));
        }
        Instant firstTime = samples.get(0).validTimeUtc().orElseThrow();
        int firstIndex = times.indexOf(firstTime);
        List<EnsembleMember> ensemble = new ArrayList<>();
        for (String member : profiles.members()) {
            List<WindLevel> winds = profiles.winds(member, firstIndex);
            if (winds.isEmpty()) {
                problems.warning("$.hourly", hourly, member + " has no usable wind level at "
                        + UTC_MINUTES.format(firstTime) + "; it is left out of the ensemble");
            } else {
                ensemble.add(new EnsembleMember(member, new WindProfile(Optional.of(firstTime), winds)));
            }
        }
        Station where = new Station(OpenMeteoReader.STATION_ID, latDeg, lonDeg, elevationMslM);
        return Optional.of(new WeatherReading(WeatherFormat.OPEN_METEO,
                source(latDeg, lonDeg, samples, ensemble.size()), Optional.of(where), samples, ensemble));
    }

    /** "Open-Meteo forecast at 36.34N 43.13E (2016-10-16T00:00Z to 2016-10-17T23:00Z)". */
    private static String source(OptionalDouble latDeg, OptionalDouble lonDeg, List<WeatherSample> samples,
                                 int members) {
        StringBuilder sb = new StringBuilder(members > 0 ? "Open-Meteo ensemble forecast" : "Open-Meteo forecast");
        if (latDeg.isPresent() && lonDeg.isPresent()) {
            double lat = latDeg.getAsDouble();
            double lon = lonDeg.getAsDouble();
            sb.append(String.format(Locale.ROOT, " at %.2f%s %.2f%s", Math.abs(lat), lat < 0 ? "S" : "N",
                    Math.abs(lon), lon < 0 ? "W" : "E"));
        }
        String first = UTC_MINUTES.format(samples.get(0).validTimeUtc().orElseThrow());
        String last = UTC_MINUTES.format(samples.get(samples.size() - 1).validTimeUtc().orElseThrow());
        sb.append(" (").append(first);
        if (!first.equals(last)) {
            sb.append(" to ").append(last);
        }
        if (members > 0) {
            sb.append(", ").append(members).append(members == 1 ? " member" : " members");
        }
        return sb.append(')').toString();
    }

    /** An optional top-level number within [min, max]. */
    private OptionalDouble number(JsonObject top, String name, double min, double max) {
        Optional<JsonValue.Member> m = top.member(name);
        if (m.isEmpty() || m.get().value() instanceof JsonNull) {
            return OptionalDouble.empty();
        }
        JsonValue v = m.get().value();
        if (!(v instanceof JsonNumber n)) {
            problems.error("$." + name, v, "expected a number, got " + v.describe());
            return OptionalDouble.empty();
        }
        double d = n.doubleValue();
        if (!(d >= min && d <= max)) {
            problems.error("$." + name, v, String.format(Locale.ROOT, "must be in [%s, %s] (got %s)",
                    plain(min), plain(max), n.text()));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(d);
    }

    /**
     * How the file's local times become UTC: {@code utc_offset_seconds} when given (Open-Meteo
     * applies one offset to the whole response), else the named {@code timezone}'s rules, else UTC.
     */
    private Function<LocalDateTime, Instant> localTimeConversion(JsonObject top) {
        Optional<JsonValue> offset = top.member("utc_offset_seconds").map(JsonValue.Member::value);
        Optional<JsonValue> zone = top.member("timezone").map(JsonValue.Member::value);
        if (offset.isPresent()) {
            if (offset.get() instanceof JsonNumber n && n.isWhole() && Math.abs(n.doubleValue()) <= MAX_OFFSET_S) {
                ZoneOffset o = ZoneOffset.ofTotalSeconds(n.decimal().intValueExact());
                return t -> t.toInstant(o);
            }
            problems.error("$.utc_offset_seconds", offset.get(), "expected whole seconds from -" + MAX_OFFSET_S
                    + " to " + MAX_OFFSET_S + ", got " + offset.get().describe());
            return t -> t.toInstant(ZoneOffset.UTC);
        }
        if (zone.isPresent() && zone.get() instanceof JsonString s
                && !UTC_NAMES.contains(s.value().toUpperCase(Locale.ROOT))) {
            try {
                ZoneId id = ZoneId.of(s.value());
                problems.warning("$.timezone", s, "no utc_offset_seconds: the local times are converted to UTC "
                        + "with the rules of " + id);
                return t -> t.atZone(id).toInstant();
            } catch (DateTimeException e) {
                problems.error("$.timezone", s, "unknown time zone \"" + s.value()
                        + "\" and no utc_offset_seconds: cannot convert the local times to UTC");
                return t -> t.toInstant(ZoneOffset.UTC);
            }
        }
        if (zone.isEmpty()) {
            problems.warning("$", top, "no utc_offset_seconds or timezone: the times are taken as UTC");
        } else if (!(zone.get() instanceof JsonString)) {
            problems.error("$.timezone", zone.get(), "expected a time zone name such as \"GMT\", got "
                    + zone.get().describe());
        }
        return t -> t.toInstant(ZoneOffset.UTC);
    }

    private Optional<JsonObject> unitsObject(JsonObject top) {
        Optional<JsonValue> units = top.member("hourly_units").map(JsonValue.Member::value);
        if (units.isEmpty()) {
            problems.warning("$", top, "no hourly_units: assuming Open-Meteo's defaults (km/h, °, m, °C)");
            return Optional.empty();
        }
        if (!(units.get() instanceof JsonObject o)) {
            problems.error("$.hourly_units", units.get(), "expected an object of unit names, got "
                    + units.get().describe());
            return Optional.empty();
        }
        return Optional.of(o);
    }

    /** The times, in UTC, strictly increasing; logs every bad one. */
    private List<Instant> times(JsonObject hourly, Optional<JsonObject> units, Function<LocalDateTime, Instant> toUtc) {
        Optional<JsonValue> time = hourly.member("time").map(JsonValue.Member::value);
        if (time.isEmpty()) {
            problems.error("$.hourly", hourly, "no \"time\" array: the hourly values need their times");
            return List.of();
        }
        if (!(time.get() instanceof JsonArray array) || array.items().isEmpty()) {
            problems.error("$.hourly.time", time.get(), "expected a non-empty array of times, got "
                    + (time.get() instanceof JsonArray ? "an empty array" : time.get().describe()));
            return List.of();
        }
        boolean unixTime = false;
        Optional<JsonValue> unit = units.flatMap(u -> u.member("time")).map(JsonValue.Member::value);
        if (unit.isPresent()) {
            String u = unit.get() instanceof JsonString s ? s.value() : "";
            unixTime = u.equals("unixtime");
            if (!unixTime && !u.equals("iso8601")) {
                problems.error("$.hourly_units.time", unit.get(), "unknown time format " + unit.get().describe()
                        + " (expected \"iso8601\" or \"unixtime\")");
                return List.of();
            }
        }
        Capped bad = new Capped("$.hourly.time", array);
        List<Instant> out = new ArrayList<>(array.items().size());
        for (int i = 0; i < array.items().size(); i++) {
            JsonValue item = array.items().get(i);
            Optional<Instant> t = unixTime ? unixSeconds(item) : isoTime(item, toUtc);
            if (t.isEmpty()) {
                bad.error(i, unixTime ? "expected Unix seconds, got " + item.describe()
                        : "expected a time like 2016-10-16T00:00, got " + item.describe());
                out.add(Instant.EPOCH);
                continue;
            }
            if (!out.isEmpty() && !bad.any() && !t.get().isAfter(out.get(i - 1))) {
                bad.error(i, "the times must increase: " + UTC_MINUTES.format(t.get()) + " comes after "
                        + UTC_MINUTES.format(out.get(i - 1)));
            }
            out.add(t.get());
        }
        bad.finish();
        return out;
    }

    private static Optional<Instant> unixSeconds(JsonValue item) {
        if (item instanceof JsonNumber n && n.isWhole() && Math.abs(n.doubleValue()) < 1e11) {
            return Optional.of(Instant.ofEpochSecond(n.decimal().longValueExact()));
        }
        return Optional.empty();
    }

    private static Optional<Instant> isoTime(JsonValue item, Function<LocalDateTime, Instant> toUtc) {
        if (!(item instanceof JsonString s)) {
            return Optional.empty();
        }
        try {
            return Optional.of(toUtc.apply(LocalDateTime.parse(s.value())));
        } catch (DateTimeException local) {
            try {
                // a time that names its own offset needs none from the file
                return Optional.of(OffsetDateTime.parse(s.value()).toInstant());
            } catch (DateTimeException zoned) {
                return Optional.empty();
            }
        }
    }

    private static JsonValue timeItem(JsonObject hourly, int i) {
        JsonValue time = hourly.member("time").orElseThrow().value();
        return ((JsonArray) time).items().get(i);
    }

    /** The variables the reader uses, checked and converted, by member and level. */
    private Map<GroupKey, Map<Quantity, OpenMeteoColumn>> columns(JsonObject hourly, Optional<JsonObject> units,
                                                                  int timeCount) {
        Map<GroupKey, Map<Quantity, OpenMeteoColumn>> groups = new LinkedHashMap<>();
        for (JsonValue.Member m : hourly.members()) {
            Optional<OpenMeteoVariable> parsed = OpenMeteoVariable.parse(m.name());
            if (parsed.isEmpty()) {
                continue;
            }
            OpenMeteoVariable v = parsed.get();
            String path = "$.hourly." + m.name();
            if (!(m.value() instanceof JsonArray array)) {
                problems.error(path, m.value(), "expected an array of numbers, got " + m.value().describe());
                continue;
            }
            if (timeCount > 0 && array.items().size() != timeCount) {
                problems.error(path, array, String.format(Locale.ROOT, "has %d values but $.hourly.time has %d",
                        array.items().size(), timeCount));
                continue;
            }
            Optional<String> unit = unit(units, v, m.name());
            Optional<DoubleUnaryOperator> convert = unit.flatMap(u -> v.quantity().toPlanUnits(u));
            if (unit.isEmpty() || convert.isEmpty() || timeCount == 0) {
                continue;
            }
            double[] values = values(path, array, v.quantity(), unit.get(), convert.get());
            groups.computeIfAbsent(new GroupKey(v.member(), v.level()), k -> new EnumMap<>(Quantity.class))
                    .put(v.quantity(), new OpenMeteoColumn(v, path, array, values));
        }
        return groups;
    }

    /** The variable's unit from {@code hourly_units}; empty (with an error) when unknown. */
    private Optional<String> unit(Optional<JsonObject> units, OpenMeteoVariable v, String name) {
        if (units.isEmpty()) {
            return Optional.of(v.quantity().defaultUnit());
        }
        Optional<JsonValue.Member> entry = units.get().member(name).or(() -> units.get().member(v.baseName()));
        if (entry.isEmpty()) {
            problems.warning("$.hourly_units", units.get(), "no unit for " + name + ": assuming "
                    + v.quantity().defaultUnit());
            return Optional.of(v.quantity().defaultUnit());
        }
        JsonValue u = entry.get().value();
        String at = "$.hourly_units." + entry.get().name();
        if (u instanceof JsonString s && v.quantity().toPlanUnits(s.value()).isPresent()) {
            return Optional.of(s.value());
        }
        problems.error(at, u, "unknown unit " + u.describe() + " for " + name + " (expected "
                + v.quantity().knownUnits() + ")");
        return Optional.empty();
    }

    /** The array's values in plan units, NaN for null; logs bad values and one warning for nulls. */
    private double[] values(String path, JsonArray array, Quantity q, String unit, DoubleUnaryOperator convert) {
        double[] out = new double[array.items().size()];
        Capped bad = new Capped(path, array);
        int nulls = 0;
        int firstNull = -1;
        for (int i = 0; i < out.length; i++) {
            JsonValue item = array.items().get(i);
            out[i] = Double.NaN;
            if (item instanceof JsonNull) {
                nulls++;
                firstNull = firstNull < 0 ? i : firstNull;
                continue;
            }
            if (!(item instanceof JsonNumber n)) {
                bad.error(i, "expected a number or null, got " + item.describe());
                continue;
            }
            double raw = n.doubleValue();
            double v = convert.applyAsDouble(raw);
            String got = " (got " + n.text() + " " + unit + ")";
            if (!Double.isFinite(v)) {
                bad.error(i, "number out of range" + got);
            } else if (q == Quantity.SPEED && v < 0) {
                bad.error(i, "wind speed must not be negative" + got);
            } else if (q == Quantity.SPEED && v > UwyoValues.MAX_SPEED_MPS) {
                bad.error(i, "wind speed must be at most " + UwyoValues.decimal(UwyoValues.MAX_SPEED_MPS)
                        + " m/s, faster than any wind aloft" + got);
            } else if (q == Quantity.DIRECTION && !(v >= 0 && v <= 360)) {
                bad.error(i, "wind direction must be in [0, 360] degrees" + got);
            } else if (q == Quantity.TEMPERATURE && !(v > -273.15)) {
                bad.error(i, "temperature below absolute zero" + got);
            } else {
                out[i] = v;
            }
        }
        bad.finish();
        if (nulls > 0) {
            problems.warning(path + "[" + firstNull + "]", array.items().get(firstNull), String.format(Locale.ROOT,
                    "%d of %d values are null (no data); those times lack this variable", nulls, out.length));
        }
        return out;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** The variables of one level of one run: {@code member} is empty for the control run. */
    private record GroupKey(String member, Level level) {
    }

    /** Reports the first few bad items of one array, then how many more there were. */
    private final class Capped {
        private final String path;
        private final JsonArray array;
        private int count;
        private int firstUnlisted = -1;

        Capped(String path, JsonArray array) {
            this.path = path;
            this.array = array;
        }

        void error(int i, String message) {
            count++;
            if (count <= MAX_ERRORS_PER_ARRAY) {
                problems.error(path + "[" + i + "]", array.items().get(i), message);
            } else if (firstUnlisted < 0) {
                firstUnlisted = i;
            }
        }

        boolean any() {
            return count > 0;
        }

        void finish() {
            if (firstUnlisted >= 0) {
                problems.error(path + "[" + firstUnlisted + "]", array.items().get(firstUnlisted),
                        (count - MAX_ERRORS_PER_ARRAY) + " more bad values in this array from here on");
            }
        }
    }

    /** Builds the profiles of each run and time from the checked columns. */
    private final class Profiles {
        private final Map<GroupKey, Map<Quantity, OpenMeteoColumn>> groups;
        private final OptionalDouble elevationMslM;

        Profiles(Map<GroupKey, Map<Quantity, OpenMeteoColumn>> groups, OptionalDouble elevationMslM) {
            this.groups = groups;
            this.elevationMslM = elevationMslM;
        }

        /** The ensemble members (member01...), by number; empty for a plain forecast. */
        List<String> members() {
            Set<String> ids = new TreeSet<>(Comparator.comparingInt(OpenMeteoBinder::memberNumber)
                    .thenComparing(Comparator.naturalOrder()));
            groups.forEach((k, cols) -> {
                if (!k.member().isEmpty() && cols.containsKey(Quantity.SPEED)) {
                    ids.add(k.member());
                }
            });
            return List.copyOf(ids);
        }

        /** The run the samples come from: the control (unsuffixed), or the first member if only members exist. */
        String mainRun() {
            boolean control = groups.entrySet().stream()
                    .anyMatch(e -> e.getKey().member().isEmpty() && e.getValue().containsKey(Quantity.SPEED));
            return control ? "" : members().get(0);
        }

        /** One warning per level that lacks a variable it needs for its wind. */
        void warnAboutIncompleteLevels() {
            groups.forEach((k, cols) -> {
                if (!cols.containsKey(Quantity.SPEED) && !cols.containsKey(Quantity.DIRECTION)) {
                    return;
                }
                OpenMeteoColumn any = cols.getOrDefault(Quantity.SPEED, cols.get(Quantity.DIRECTION));
                List<Quantity> needed = k.level().pressure()
                        ? List.of(Quantity.SPEED, Quantity.DIRECTION, Quantity.HEIGHT)
                        : List.of(Quantity.SPEED, Quantity.DIRECTION);
                List<String> missing = needed.stream().filter(q -> !cols.containsKey(q))
                        .map(q -> nameOf(q, k)).toList();
                if (!missing.isEmpty()) {
                    problems.warning(any.path(), any.array(), "no " + String.join(" or ", missing)
                            + ": the " + k.level().label() + " wind" + ofMember(k) + " is left out");
                } else if (!k.level().pressure() && elevationMslM.isEmpty()) {
                    problems.warning(any.path(), any.array(), "no elevation: the " + k.level().label()
                            + " wind" + ofMember(k) + " cannot be placed above sea level and is left out");
                }
            });
        }

        /** One warning per pressure level whose geopotential height is under the ground at some time. */
        void warnAboutLevelsBelowGround() {
            if (elevationMslM.isEmpty()) {
                return;
            }
            double ground = elevationMslM.getAsDouble();
            groups.forEach((k, cols) -> {
                OpenMeteoColumn height = cols.get(Quantity.HEIGHT);
                if (height == null || cols.size() == 1) {
                    return;
                }
                int below = 0;
                int first = -1;
                for (int i = 0; i < height.size(); i++) {
                    if (height.at(i) < ground) {
                        below++;
                        first = first < 0 ? i : first;
                    }
                }
                if (below > 0) {
                    problems.warning(height.itemPath(first), height.item(first),
                            String.format(Locale.ROOT, "the %s level%s is below the ground at %d of %d times "
                                            + "(geopotential height %s m under the elevation %s m); dropped there",
                                    k.level().label(), ofMember(k), below, height.size(),
                                    plain(height.at(first)), plain(ground)));
                }
            });
        }

        /** The winds of one run at time {@code i}, sorted by height, no two at one height; may be empty. */
        List<WindLevel> winds(String member, int i) {
            List<WindLevel> out = new ArrayList<>();
            groups.forEach((k, cols) -> {
                if (!k.member().equals(member) || !cols.containsKey(Quantity.SPEED)
                        || !cols.containsKey(Quantity.DIRECTION)) {
                    return;
                }
                double speed = cols.get(Quantity.SPEED).at(i);
                double from = cols.get(Quantity.DIRECTION).at(i);
                OptionalDouble height = heightMslM(k, cols, i);
                if (height.isPresent() && !Double.isNaN(speed) && !Double.isNaN(from)) {
                    out.add(new WindLevel(height.getAsDouble(), from, speed));
                }
            });
            out.sort(Comparator.comparingDouble(WindLevel::altitudeMslM));
            // a pressure level can land exactly on 10 m above ground; the first one listed wins
            List<WindLevel> unique = new ArrayList<>();
            for (WindLevel w : out) {
                if (unique.isEmpty() || unique.get(unique.size() - 1).altitudeMslM() < w.altitudeMslM()) {
                    unique.add(w);
                }
            }
            return unique;
        }

        /** The pressure levels of one run at time {@code i} with temperature and height above ground. */
        List<SoundingLevel> air(String member, int i) {
            List<SoundingLevel> out = new ArrayList<>();
            groups.forEach((k, cols) -> {
                if (!k.member().equals(member) || !k.level().pressure() || !cols.containsKey(Quantity.TEMPERATURE)) {
                    return;
                }
                double temperatureC = cols.get(Quantity.TEMPERATURE).at(i);
                OptionalDouble height = heightMslM(k, cols, i);
                if (height.isPresent() && !Double.isNaN(temperatureC)) {
                    out.add(new SoundingLevel(height.getAsDouble(), k.level().value(), temperatureC));
                }
            });
            out.sort(Comparator.comparingDouble(SoundingLevel::altitudeMslM));
            return out;
        }

        /** The level's height MSL at time {@code i}, when known and above the ground. */
        private OptionalDouble heightMslM(GroupKey k, Map<Quantity, OpenMeteoColumn> cols, int i) {
            if (!k.level().pressure()) {
                return elevationMslM.isPresent()
                        ? OptionalDouble.of(elevationMslM.getAsDouble() + k.level().value()) : OptionalDouble.empty();
            }
            OpenMeteoColumn height = cols.get(Quantity.HEIGHT);
            if (height == null || Double.isNaN(height.at(i))
                    || elevationMslM.isPresent() && height.at(i) < elevationMslM.getAsDouble()) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(height.at(i));
        }

        private static String ofMember(GroupKey k) {
            return k.member().isEmpty() ? "" : " of " + k.member();
        }

        private static String nameOf(Quantity q, GroupKey k) {
            return new OpenMeteoVariable(q, k.level(), k.member()).baseName()
                    + (k.member().isEmpty() ? "" : "_" + k.member());
        }
    }

    private static int memberNumber(String id) {
        return Integer.parseInt(id.substring("member".length()));
    }
}
