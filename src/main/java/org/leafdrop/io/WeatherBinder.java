package org.leafdrop.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.leafdrop.model.Atmosphere;
import org.leafdrop.model.EnsembleMember;
import org.leafdrop.model.Station;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindProfile;

/**
 * Binds the plan's {@code weather}: exactly one of {@code winds} (steady) or {@code profiles}
 * (valid times strictly increasing), plus the optional station, ensemble, atmosphere and
 * turbulence. Unknown fields here are ignored with a warning. Stateless.
 */
final class WeatherBinder {
    static final List<String> FIELDS = List.of("validTimeUtc", "source", "station", "winds", "profiles", "ensemble",
            "atmosphere", "turbulence");

    private WeatherBinder() {
    }

    static Optional<Weather> bind(JsonValue value, String path, ProblemLog log) {
        int errors = log.errorCount();
        Optional<Fields> of = Fields.of(value, path, log, FIELDS);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Fields f = of.get();
        Optional<Instant> validTime = f.time("validTimeUtc");
        Optional<String> source = f.string("source");
        Optional<Station> station = f.present("station").flatMap(s -> station(s, f.pathOf("station"), log));
        List<WindProfile> profiles = new ArrayList<>();
        boolean timeVarying = f.has("profiles");
        if (f.has("winds") && timeVarying) {
            log.error(f.pathOf("profiles"), f.present("profiles").orElseThrow(),
                    "give either winds or profiles, not both");
        } else if (timeVarying) {
            profiles.addAll(profiles(f.present("profiles").orElseThrow(), f.pathOf("profiles"), log));
        } else if (f.has("winds")) {
            WindsBinder.profile(f.present("winds").orElseThrow(), f.pathOf("winds"), validTime, log)
                    .ifPresent(profiles::add);
        } else {
            log.error(f.pathOf("winds"), value, "missing required field 'winds' (or 'profiles')");
        }
        List<EnsembleMember> ensemble = f.array("ensemble").map(a -> ensemble(a, f.pathOf("ensemble"), log))
                .orElse(List.of());
        Optional<Atmosphere> atmosphere = AirBinder.atmosphere(f.present("atmosphere"), f.pathOf("atmosphere"), log);
        Optional<Turbulence> turbulence = AirBinder.turbulence(f.present("turbulence"), f.pathOf("turbulence"), log);
        f.warnUnknown();
        return Build.record(log, errors, path, value, () -> new Weather(validTime, source, station, profiles,
                timeVarying, ensemble, atmosphere.orElseThrow(), turbulence.orElseThrow()));
    }

    private static List<WindProfile> profiles(JsonValue value, String path, ProblemLog log) {
        List<WindProfile> out = new ArrayList<>();
        if (!(value instanceof JsonValue.JsonArray array)) {
            log.error(path, value, "must be an array of profiles (got " + value.describe() + ")");
            return out;
        }
        if (array.items().isEmpty()) {
            log.error(path, value, "needs at least one profile (got an empty array)");
            return out;
        }
        Optional<Instant> previous = Optional.empty();
        String previousPath = "";
        for (int i = 0; i < array.items().size(); i++) {
            String itemPath = JsonPaths.item(path, i);
            Optional<Fields> of = Fields.of(array.items().get(i), itemPath, log, List.of("validTimeUtc", "winds"));
            if (of.isEmpty()) {
                continue;
            }
            Fields f = of.get();
            if (!f.has("validTimeUtc")) {
                f.missing("validTimeUtc");
            }
            Optional<Instant> time = f.time("validTimeUtc");
            if (time.isPresent() && previous.isPresent() && !time.get().isAfter(previous.get())) {
                log.error(f.pathOf("validTimeUtc"), f.present("validTimeUtc").orElseThrow(), "profiles must be in "
                        + "strictly increasing validTimeUtc: " + time.get() + " is not after " + previous.get()
                        + " of " + previousPath);
            } else if (time.isPresent()) {
                previous = time;
                previousPath = itemPath;
            }
            Optional<JsonValue> winds = f.required("winds");
            f.warnUnknown();
            winds.flatMap(w -> WindsBinder.profile(w, f.pathOf("winds"), time, log)).ifPresent(out::add);
        }
        return out;
    }

    private static List<EnsembleMember> ensemble(JsonValue.JsonArray array, String path, ProblemLog log) {
        List<EnsembleMember> out = new ArrayList<>();
        UniqueIds ids = new UniqueIds();
        for (int i = 0; i < array.items().size(); i++) {
            String itemPath = JsonPaths.item(path, i);
            Optional<Fields> of = Fields.of(array.items().get(i), itemPath, log, List.of("id", "winds"));
            if (of.isEmpty()) {
                continue;
            }
            Fields f = of.get();
            Optional<String> id = ids.read(f);
            Optional<WindProfile> winds = f.required("winds")
                    .flatMap(w -> WindsBinder.profile(w, f.pathOf("winds"), Optional.empty(), log));
            f.warnUnknown();
            if (id.isPresent() && winds.isPresent()) {
                out.add(new EnsembleMember(id.get(), winds.get()));
            }
        }
        return out;
    }

    private static Optional<Station> station(JsonValue value, String path, ProblemLog log) {
        int errors = log.errorCount();
        Optional<Fields> of = Fields.of(value, path, log, List.of("id", "lat", "lon", "elevationMslM"));
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Fields f = of.get();
        Optional<String> id = f.requiredString("id");
        OptionalDouble lat = f.number("lat", NumberRule.between(-90, 90));
        OptionalDouble lon = f.number("lon", NumberRule.between(-180, 180));
        OptionalDouble elevation = f.number("elevationMslM", NumberRule.finite());
        f.warnUnknown();
        return Build.record(log, errors, path, value, () -> new Station(id.orElseThrow(), lat, lon, elevation));
    }
}
