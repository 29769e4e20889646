package org.leafdrop.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.leafdrop.model.CampaignFacts;
import org.leafdrop.model.CampaignReport;
import org.leafdrop.model.Extras;
import org.leafdrop.model.Observation;

/**
 * Checks a replayed campaign's {@code reports} and {@code observations} (PLAN-FORMAT.md). The
 * plan keeps both as extras, written back as read; this binder reports their faults with located
 * problems like the rest of the reader, so that {@link CampaignFacts#of} can rely on them. A
 * report's {@code targetId} must name a target of the plan, its count be a whole number; an
 * observation needs a Point, Polygon or MultiPolygon and exactly one of {@code leafletsPerKm2}
 * and {@code "found": true}. Not thread-safe: one per read.
 */
final class CampaignFactsBinder {
    static final List<String> REPORT_FIELDS = CampaignFacts.REPORT_FIELDS;
    /** Report fields the format knows and keeps among the report's extras. */
    static final Set<String> REPORT_EXTRA_FIELDS = Set.of(CampaignReport.REPORTED_TEXT,
            CampaignReport.REPORTED_LEAFLETS_ASSUMED);
    static final List<String> OBSERVATION_FIELDS = CampaignFacts.OBSERVATION_FIELDS;

    private final ProblemLog log;
    private final UniqueIds targetIds;

    CampaignFactsBinder(ProblemLog log, UniqueIds targetIds) {
        this.log = log;
        this.targetIds = targetIds;
    }

    /** The facts that bound without errors; every fault is logged. */
    CampaignFacts bind(Optional<JsonValue.JsonArray> reports, String reportsPath,
                       Optional<JsonValue.JsonArray> observations, String observationsPath) {
        List<CampaignReport> r = new ArrayList<>();
        reports.ifPresent(a -> {
            for (int i = 0; i < a.items().size(); i++) {
                report(a.items().get(i), JsonPaths.item(reportsPath, i)).ifPresent(r::add);
            }
        });
        List<Observation> o = new ArrayList<>();
        observations.ifPresent(a -> {
            for (int i = 0; i < a.items().size(); i++) {
                observation(a.items().get(i), JsonPaths.item(observationsPath, i)).ifPresent(o::add);
            }
        });
        return new CampaignFacts(r, o);
    }

    private Optional<CampaignReport> report(JsonValue value, String path) {
        int errors = log.errorCount();
        Optional<Fields> of = Fields.of(value, path, log, REPORT_FIELDS);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Fields f = of.get();
        Optional<String> targetId = f.string("targetId");
        targetId.filter(t -> !targetIds.contains(t)).ifPresent(t -> log.error(f.pathOf("targetId"),
                f.present("targetId").orElseThrow(), "unknown target \"" + t + "\": the plan's targets are "
                        + Fields.list(targetIds.ids()) + " (leave targetId out for a campaign-wide report)"));
        Optional<String> date = notBlank(f, "date");
        OptionalLong count = f.required("reportedLeaflets").isPresent()
                ? f.whole("reportedLeaflets", 0, Long.MAX_VALUE) : OptionalLong.empty();
        if (f.raw("reportedLeaflets").filter(v -> v instanceof JsonValue.JsonNull).isPresent()) {
            log.error(f.pathOf("reportedLeaflets"), f.raw("reportedLeaflets").get(),
                    "must be a whole number (got null)");
        }
        Optional<String> source = notBlank(f, "source");
        f.string(CampaignReport.REPORTED_TEXT);
        f.bool(CampaignReport.REPORTED_LEAFLETS_ASSUMED);
        Extras extras = f.extras(REPORT_EXTRA_FIELDS);
        return Build.record(log, errors, path, value, () -> new CampaignReport(targetId, date.orElseThrow(),
                count.orElseThrow(), source.orElseThrow(), extras));
    }

    private Optional<String> notBlank(Fields f, String name) {
        Optional<String> s = f.requiredString(name);
        if (s.isPresent() && s.get().isBlank()) {
            log.error(f.pathOf(name), f.present(name).orElseThrow(), "must not be empty");
            return Optional.empty();
        }
        if (s.isEmpty() && f.raw(name).filter(v -> v instanceof JsonValue.JsonNull).isPresent()) {
            log.error(f.pathOf(name), f.raw(name).get(), "must be a string (got null)");
        }
        return s;
    }

    private Optional<Observation> observation(JsonValue value, String path) {
        int errors = log.errorCount();
        Optional<Fields> of = Fields.of(value, path, log, OBSERVATION_FIELDS);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Fields f = of.get();
        Optional<GeometryBinder.PointOrArea> where = f.required("geometry")
                .flatMap(g -> GeometryBinder.pointOrArea(g, f.pathOf("geometry"), log));
        OptionalDouble density = f.number("leafletsPerKm2", NumberRule.atLeast(0, "per km2"));
        Optional<Boolean> found = f.bool("found");
        found.filter(b -> !b).ifPresent(b -> log.error(f.pathOf("found"), f.present("found").orElseThrow(),
                "must be true when given (for a place where none were found, give \"leafletsPerKm2\": 0)"));
        if (f.has("leafletsPerKm2") && f.has("found")) {
            log.error(f.pathOf("found"), f.present("found").orElseThrow(),
                    "give either leafletsPerKm2 or \"found\": true, not both");
        } else if (!f.has("leafletsPerKm2") && !f.has("found")) {
            log.error(f.pathOf("leafletsPerKm2"), value, "missing required field 'leafletsPerKm2': give the "
                    + "density found there, or \"found\": true when leaflets were found but not counted");
        }
        Optional<String> note = f.string("note");
        OptionalDouble radius = f.number("radiusM", NumberRule.above(0, "m"));
        if (f.has("radiusM") && where.filter(w -> w.point().isPresent()).isEmpty() && where.isPresent()) {
            log.error(f.pathOf("radiusM"), f.present("radiusM").orElseThrow(),
                    "radiusM applies only to a Point geometry (an area is counted as drawn)");
        }
        Extras extras = f.extras(Set.of());
        return Build.record(log, errors, path, value, () -> {
            GeometryBinder.PointOrArea w = where.orElseThrow();
            Observation.Place place = w.point().isPresent()
                    ? new Observation.Spot(w.point().get(), radius.orElse(Observation.DEFAULT_POINT_RADIUS_M))
                    : new Observation.Area(w.area().orElseThrow());
            return new Observation(place, density, found.orElse(false), note, extras);
        });
    }
}
