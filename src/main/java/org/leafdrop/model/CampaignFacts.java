package org.leafdrop.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The facts a replayed campaign carries beside its plan (PLAN-FORMAT.md): what was published
 * ({@code reports}) and what was found on the ground ({@code observations}), used by replay and
 * calibration. The plan keeps both as {@link Extras} so that saving writes them back exactly as
 * read; {@link #of(Plan)} gives them as records. Immutable.
 *
 * @param reports      in file order
 * @param observations in file order
 */
public record CampaignFacts(List<CampaignReport> reports, List<Observation> observations) {
    /** The plan's top-level fields that hold campaign facts. */
    public static final String REPORTS = "reports";
    public static final String OBSERVATIONS = "observations";

    /** The fields of a report the format defines, in the documented order (the reader checks the same). */
    public static final List<String> REPORT_FIELDS = List.of("targetId", "date", "reportedLeaflets", "source");
    /** The fields of an observation the format defines, in the documented order. */
    public static final List<String> OBSERVATION_FIELDS = List.of("geometry", "leafletsPerKm2", "found", "note",
            "radiusM");

    public CampaignFacts {
        reports = List.copyOf(reports);
        observations = List.copyOf(observations);
    }

    /**
     * The plan's reports and observations as records; empty lists when the plan has none. The
     * plan reader has checked them (with located problems); a plan built in code with malformed
     * facts is rejected here.
     *
     * @throws IllegalArgumentException naming the first malformed field
     */
    public static CampaignFacts of(Plan plan) {
        List<CampaignReport> reports = new ArrayList<>();
        List<Object> rawReports = list(plan.extras().fields().get(REPORTS), "$." + REPORTS);
        for (int i = 0; i < rawReports.size(); i++) {
            reports.add(report(rawReports.get(i), "$." + REPORTS + "[" + i + "]"));
        }
        List<Observation> observations = new ArrayList<>();
        List<Object> rawObservations = list(plan.extras().fields().get(OBSERVATIONS), "$." + OBSERVATIONS);
        for (int i = 0; i < rawObservations.size(); i++) {
            observations.add(observation(rawObservations.get(i), "$." + OBSERVATIONS + "[" + i + "]"));
        }
        return new CampaignFacts(reports, observations);
    }

    private static CampaignReport report(Object raw, String path) {
        Map<String, Object> m = object(raw, path);
        Optional<String> targetId = optionalString(m, "targetId", path);
        String date = requiredString(m, "date", path);
        String source = requiredString(m, "source", path);
        long count = whole(m.get("reportedLeaflets"), path + ".reportedLeaflets");
        return new CampaignReport(targetId, date, count, source, extras(m, REPORT_FIELDS));
    }

    private static Observation observation(Object raw, String path) {
        Map<String, Object> m = object(raw, path);
        OptionalDouble density = m.get("leafletsPerKm2") == null ? OptionalDouble.empty()
                : OptionalDouble.of(number(m.get("leafletsPerKm2"), path + ".leafletsPerKm2"));
        boolean found = Boolean.TRUE.equals(m.get("found"));
        Optional<String> note = optionalString(m, "note", path);
        Map<String, Object> geometry = object(m.get("geometry"), path + ".geometry");
        String type = requiredString(geometry, "type", path + ".geometry");
        Object coordinates = geometry.get("coordinates");
        String at = path + ".geometry.coordinates";
        Observation.Place place;
        if (type.equals("Point")) {
            double radiusM = m.get("radiusM") == null ? Observation.DEFAULT_POINT_RADIUS_M
                    : number(m.get("radiusM"), path + ".radiusM");
            place = new Observation.Spot(position(coordinates, at), radiusM);
        } else if (type.equals("Polygon")) {
            place = new Observation.Area(new AreaGeometry(List.of(polygon(coordinates, at)), false));
        } else if (type.equals("MultiPolygon")) {
            List<List<List<LonLat>>> polygons = new ArrayList<>();
            List<Object> items = list(coordinates, at);
            for (int i = 0; i < items.size(); i++) {
                polygons.add(polygon(items.get(i), at + "[" + i + "]"));
            }
            place = new Observation.Area(new AreaGeometry(polygons, true));
        } else {
            throw new IllegalArgumentException(path + ".geometry.type: expected Point, Polygon or MultiPolygon, got "
                    + type);
        }
        try {
            return new Observation(place, density, found, note, extras(m, OBSERVATION_FIELDS));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    private static List<List<LonLat>> polygon(Object raw, String path) {
        List<List<LonLat>> rings = new ArrayList<>();
        List<Object> items = list(raw, path);
        for (int r = 0; r < items.size(); r++) {
            List<LonLat> ring = new ArrayList<>();
            List<Object> positions = list(items.get(r), path + "[" + r + "]");
            for (int p = 0; p < positions.size(); p++) {
                ring.add(position(positions.get(p), path + "[" + r + "][" + p + "]"));
            }
            rings.add(ring);
        }
        return rings;
    }

    private static LonLat position(Object raw, String path) {
        List<Object> p = list(raw, path);
        if (p.size() < 2) {
            throw new IllegalArgumentException(path + ": a position must be [longitude, latitude]");
        }
        try {
            return new LonLat(number(p.get(0), path + "[0]"), number(p.get(1), path + "[1]"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    private static Extras extras(Map<String, Object> m, List<String> bound) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (!bound.contains(k)) {
                out.put(k, v);
            }
        });
        return out.isEmpty() ? Extras.NONE : new Extras(out);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object raw, String path) {
        if (raw instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException(path + ": must be an object");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object raw, String path) {
        if (raw == null) {
            return List.of();
        }
        if (raw instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new IllegalArgumentException(path + ": must be an array");
    }

    private static String requiredString(Map<String, Object> m, String name, String path) {
        if (m.get(name) instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(path + "." + name + ": must be a string");
    }

    private static Optional<String> optionalString(Map<String, Object> m, String name, String path) {
        return m.get(name) == null ? Optional.empty() : Optional.of(requiredString(m, name, path));
    }

    private static double number(Object raw, String path) {
        if (raw instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(path + ": must be a finite number");
    }

    private static long whole(Object raw, String path) {
        if (raw instanceof Number n) {
            try {
                return new BigDecimal(n.toString()).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new IllegalArgumentException(path + ": must be a whole number", e);
            }
        }
        throw new IllegalArgumentException(path + ": must be a whole number");
    }
}
