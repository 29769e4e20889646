package org.leafdrop.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.LeafletTypeDef;
import org.leafdrop.model.LeafletTypes;
import org.leafdrop.model.Limits;

/**
 * Binds the plan-local {@code leafletTypes}: each needs {@code descentRateMps} or mass and sizes
 * to estimate it; a plan-local id equal to a catalog id wins, with a warning. Not thread-safe.
 */
final class LeafletTypeBinder {
    static final List<String> FIELDS = List.of("id", "name", "widthM", "heightM", "massKg", "descentRateMps",
            "autorotates", "descentSpreadFraction");

    private final ProblemLog log;
    private final LeafletCatalog catalog;
    private final UniqueIds ids = new UniqueIds();
    private final Map<String, LeafletTypeDef> bound = new LinkedHashMap<>();

    LeafletTypeBinder(ProblemLog log, LeafletCatalog catalog) {
        this.log = log;
        this.catalog = catalog;
    }

    /** Ids of every plan-local type in the file, including those that failed to bind. */
    UniqueIds ids() {
        return ids;
    }

    /** The plan-local type with this id when it bound without errors. */
    Optional<LeafletTypeDef> bound(String id) {
        return Optional.ofNullable(bound.get(id));
    }

    List<LeafletTypeDef> bind(Optional<JsonValue.JsonArray> array, String path) {
        List<LeafletTypeDef> out = new ArrayList<>();
        array.ifPresent(a -> {
            for (int i = 0; i < a.items().size(); i++) {
                type(a.items().get(i), JsonPaths.item(path, i)).ifPresent(d -> {
                    out.add(d);
                    bound.put(d.id(), d);
                });
            }
        });
        return out;
    }

    /** A rate estimated from mass and size must be one a leaflet can have, like a measured one. */
    private void checkEstimatedRate(Fields f, JsonValue value, double massKg, double areaM2, boolean autorotates) {
        double w0 = LeafletTypes.terminalSpeedMps(massKg, areaM2,
                autorotates ? LeafletTypes.CD_AUTOROTATING : LeafletTypes.CD_OTHER);
        if (!(w0 >= Limits.MIN_DESCENT_RATE_MPS && w0 <= Limits.MAX_DESCENT_RATE_MPS)) {
            log.error(f.pathOf("massKg"), f.present("massKg").orElse(value), String.format(java.util.Locale.ROOT,
                    "massKg, widthM and heightM give an estimated descent rate of %.3g m/s, outside [%s, %s] m/s: "
                            + "check the units (kilograms and metres) or give descentRateMps",
                    w0, Numbers.format(Limits.MIN_DESCENT_RATE_MPS), Numbers.format(Limits.MAX_DESCENT_RATE_MPS)));
        }
    }

    private Optional<LeafletTypeDef> type(JsonValue value, String path) {
        int errors = log.errorCount();
        Optional<Fields> of = Fields.of(value, path, log, FIELDS);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Fields f = of.get();
        Optional<String> id = ids.read(f);
        id.filter(i -> catalog.find(i).isPresent()).ifPresent(i -> log.warning(f.pathOf("id"),
                f.present("id").orElseThrow(), "leaflet type \"" + i
                        + "\" is also a catalog type; the plan's definition is used"));
        Optional<String> name = f.string("name");
        OptionalDouble width = f.number("widthM", NumberRule.above(0, "m"));
        OptionalDouble height = f.number("heightM", NumberRule.above(0, "m"));
        OptionalDouble mass = f.number("massKg", NumberRule.above(0, "kg"));
        OptionalDouble rate = f.number("descentRateMps", NumberRule.between(Limits.MIN_DESCENT_RATE_MPS,
                Limits.MAX_DESCENT_RATE_MPS, "m/s"));
        Optional<Boolean> autorotates = f.bool("autorotates");
        OptionalDouble spread = f.number("descentSpreadFraction", NumberRule.fromUpTo(0, 1));
        if (!f.has("descentRateMps")) {
            List<String> lacking = new ArrayList<>();
            for (String needed : List.of("massKg", "widthM", "heightM")) {
                if (!f.has(needed)) {
                    lacking.add(needed);
                }
            }
            if (!lacking.isEmpty()) {
                log.error(f.pathOf("descentRateMps"), value, "missing required field 'descentRateMps': "
                        + "give it, or massKg, widthM and heightM to estimate it (missing "
                        + String.join(", ", lacking) + ")");
            } else if (mass.isPresent() && width.isPresent() && height.isPresent()) {
                checkEstimatedRate(f, value, mass.getAsDouble(), width.getAsDouble() * height.getAsDouble(),
                        autorotates.orElse(false));
            }
        }
        Extras extras = f.extras(Set.of());
        return Build.record(log, errors, path, value, () -> new LeafletTypeDef(id.orElseThrow(), name, width,
                height, mass, rate, autorotates, spread, extras));
    }
}
