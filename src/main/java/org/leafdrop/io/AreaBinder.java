package org.leafdrop.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.Extras;
import org.leafdrop.model.Target;

/**
 * Binds the plan's {@code targets} and {@code exclusions}: ids unique within each list, valid
 * area geometry, unknown fields kept as {@link Extras}. Not thread-safe: one per read.
 */
final class AreaBinder {
    static final List<String> TARGET_FIELDS = List.of("id", "name", "population", "desiredDensityPerKm2", "geometry");
    static final List<String> EXCLUSION_FIELDS = List.of("id", "name", "geometry");

    private final ProblemLog log;
    private final UniqueIds targetIds = new UniqueIds();
    private final UniqueIds exclusionIds = new UniqueIds();

    AreaBinder(ProblemLog log) {
        this.log = log;
    }

    /** Ids of every target in the file, including targets that failed to bind. */
    UniqueIds targetIds() {
        return targetIds;
    }

    List<Target> targets(Optional<JsonValue.JsonArray> array, String path) {
        List<Target> out = new ArrayList<>();
        array.ifPresent(a -> {
            for (int i = 0; i < a.items().size(); i++) {
                target(a.items().get(i), JsonPaths.item(path, i)).ifPresent(out::add);
            }
        });
        return out;
    }

    List<Exclusion> exclusions(Optional<JsonValue.JsonArray> array, String path) {
        List<Exclusion> out = new ArrayList<>();
        array.ifPresent(a -> {
            for (int i = 0; i < a.items().size(); i++) {
                exclusion(a.items().get(i), JsonPaths.item(path, i)).ifPresent(out::add);
            }
        });
        return out;
    }

    private Optional<Target> target(JsonValue value, String path) {
        int errors = log.errorCount();
        Optional<Fields> of = Fields.of(value, path, log, TARGET_FIELDS);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Fields f = of.get();
        Optional<String> id = targetIds.read(f);
        Optional<String> name = f.string("name");
        var population = f.whole("population", 0, Long.MAX_VALUE);
        var desired = f.number("desiredDensityPerKm2", NumberRule.atLeast(0, "per km2"));
        Optional<AreaGeometry> geometry = f.required("geometry")
                .flatMap(g -> GeometryBinder.area(g, f.pathOf("geometry"), log));
        Extras extras = f.extras(Set.of());
        return Build.record(log, errors, path, value,
                () -> new Target(id.orElseThrow(), name, population, desired, geometry.orElseThrow(), extras));
    }

    private Optional<Exclusion> exclusion(JsonValue value, String path) {
        int errors = log.errorCount();
        Optional<Fields> of = Fields.of(value, path, log, EXCLUSION_FIELDS);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Fields f = of.get();
        Optional<String> id = exclusionIds.read(f);
        Optional<String> name = f.string("name");
        Optional<AreaGeometry> geometry = f.required("geometry")
                .flatMap(g -> GeometryBinder.area(g, f.pathOf("geometry"), log));
        Extras extras = f.extras(Set.of());
        return Build.record(log, errors, path, value,
                () -> new Exclusion(id.orElseThrow(), name, geometry.orElseThrow(), extras));
    }
}
