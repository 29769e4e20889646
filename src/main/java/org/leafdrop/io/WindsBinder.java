package org.leafdrop.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.leafdrop.model.Limits;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;

/**
 * Binds wind lists ({@code [{altitudeMslM, fromDeg, speedMps}]}): at least one level, no two at
 * one height, {@code fromDeg} in [0, 360] (360 read as 0), speeds non-negative. Stateless.
 */
final class WindsBinder {
    static final List<String> LEVEL_FIELDS = List.of("altitudeMslM", "fromDeg", "speedMps");

    private WindsBinder() {
    }

    /** A profile valid at {@code validTime} from the wind list at {@code path}, or empty after logging. */
    static Optional<WindProfile> profile(JsonValue value, String path, Optional<Instant> validTime, ProblemLog log) {
        int errors = log.errorCount();
        if (!(value instanceof JsonValue.JsonArray array)) {
            log.error(path, value, "must be an array of wind levels (got " + value.describe() + ")");
            return Optional.empty();
        }
        if (array.items().isEmpty()) {
            log.error(path, value, "needs at least one wind level (got an empty array)");
            return Optional.empty();
        }
        List<WindLevel> levels = new ArrayList<>();
        Map<Double, String> pathByHeight = new HashMap<>();
        for (int i = 0; i < array.items().size(); i++) {
            String levelPath = JsonPaths.item(path, i);
            Optional<WindLevel> level = level(array.items().get(i), levelPath, log);
            if (level.isEmpty()) {
                continue;
            }
            String first = pathByHeight.putIfAbsent(level.get().altitudeMslM(), levelPath);
            if (first != null) {
                JsonValue at = ((JsonValue.JsonObject) array.items().get(i)).member("altitudeMslM").orElseThrow().value();
                log.error(JsonPaths.member(levelPath, "altitudeMslM"), at, "two wind levels at "
                        + Numbers.format(level.get().altitudeMslM()) + " m MSL: also " + first);
            } else {
                levels.add(level.get());
            }
        }
        return Build.record(log, errors, path, value, () -> new WindProfile(validTime, levels));
    }

    private static Optional<WindLevel> level(JsonValue value, String path, ProblemLog log) {
        int errors = log.errorCount();
        Optional<Fields> of = Fields.of(value, path, log, LEVEL_FIELDS);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Fields f = of.get();
        OptionalDouble altitude = f.requiredNumber("altitudeMslM", NumberRule.finite());
        OptionalDouble from = f.requiredNumber("fromDeg", NumberRule.between(0, 360));
        OptionalDouble speed = f.requiredNumber("speedMps", NumberRule.between(0, Limits.MAX_WIND_SPEED_MPS, "m/s"));
        f.warnUnknown();
        return Build.record(log, errors, path, value, () -> new WindLevel(altitude.orElseThrow(),
                from.orElseThrow(), speed.orElseThrow()));
    }
}
