package org.leafdrop.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leafdrop.coverage.DensityContours;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.coverage.ExclusionCoverage;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.coverage.SortieResult;
import org.leafdrop.coverage.SortieStatistics;
import org.leafdrop.coverage.TargetCoverage;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.model.TrackGeometry;

/**
 * The features of a simulated plan for GIS exports, in a fixed order: targets (with their
 * coverage), exclusions, then per sortie its track, release and landing centroids and its 1 and 2
 * sigma ellipses. Properties are named as in the plan and the result file.
 */
public final class MapFeatures {
    /** Vertices of an exported ellipse. */
    static final int ELLIPSE_VERTICES = 72;

    private MapFeatures() {
    }

    public static List<MapFeature> of(Plan plan, PlanResult result, LocalFrame frame) {
        return of(plan, result, frame, java.util.Optional.empty());
    }

    /**
     * The features, with density contours when a grid is given: one {@code density-contour}
     * feature per level, the plan's {@code densityThresholdPerKm2} and every target's
     * {@code desiredDensityPerKm2}, in increasing order, for the levels some cell reaches.
     */
    public static List<MapFeature> of(Plan plan, PlanResult result, LocalFrame frame,
                                      java.util.Optional<DensityGrid> grid) {
        List<MapFeature> out = new ArrayList<>();
        for (int t = 0; t < plan.targets().size(); t++) {
            Target target = plan.targets().get(t);
            TargetCoverage c = result.targets().get(t);
            Map<String, Object> p = base("target", target.id(), target.name().orElse(null), null);
            target.population().ifPresent(v -> p.put("population", v));
            target.desiredDensityPerKm2().ifPresent(v -> p.put("desiredDensityPerKm2", v));
            p.put("areaKm2", c.areaKm2());
            p.put("leafletsInside", c.leafletsInside());
            p.put("fractionOfLeafletsInside", c.fractionOfLeafletsInside());
            c.areaFractionAboveThreshold().ifPresent(v -> p.put("areaFractionAboveThreshold", v));
            p.put("meanDensityPerKm2", c.meanDensityPerKm2());
            c.leafletsPerResident().ifPresent(v -> p.put("leafletsPerResident", v));
            out.add(new MapFeature("target", p, target.geometry()));
        }
        for (int e = 0; e < plan.exclusions().size(); e++) {
            Exclusion exclusion = plan.exclusions().get(e);
            ExclusionCoverage c = result.exclusions().get(e);
            Map<String, Object> p = base("exclusion", exclusion.id(), exclusion.name().orElse(null), null);
            p.put("leafletsInside", c.leafletsInside());
            out.add(new MapFeature("exclusion", p, exclusion.geometry()));
        }
        for (int s = 0; s < plan.sorties().size(); s++) {
            sortie(plan.sorties().get(s), result.sorties().get(s), frame, out);
        }
        grid.ifPresent(g -> contours(plan, g, frame, out));
        return out;
    }

    /** Probabilities at which an ensemble's contours are drawn. */
    static final double[] PROBABILITY_LEVELS = {0.5, 0.9};

    /**
     * Adds {@code probability-contour} features: where at least a share {@code probability} of the
     * ensemble's members reach the plan's density threshold.
     */
    public static List<MapFeature> withProbabilityContours(List<MapFeature> features, DensityGrid probability,
                                                           double thresholdPerKm2, LocalFrame frame) {
        List<MapFeature> out = new ArrayList<>(features);
        for (double level : PROBABILITY_LEVELS) {
            List<org.locationtech.jts.geom.Polygon> polygons = DensityContours.polygons(
                    DensityContours.atOrAbove(probability, level));
            if (polygons.isEmpty()) {
                continue;
            }
            Map<String, Object> props = base("probability-contour", null, null, null);
            props.put("probability", level);
            props.put("thresholdPerKm2", thresholdPerKm2);
            out.add(new MapFeature("probability-contour", props, area(polygons, frame)));
        }
        return out;
    }

    private static AreaGeometry area(List<org.locationtech.jts.geom.Polygon> polygons, LocalFrame frame) {
        List<List<List<LonLat>>> area = new ArrayList<>();
        for (org.locationtech.jts.geom.Polygon p : polygons) {
            List<List<LonLat>> rings = new ArrayList<>();
            rings.add(lonLat(p.getExteriorRing().getCoordinates(), frame));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(lonLat(p.getInteriorRingN(h).getCoordinates(), frame));
            }
            area.add(rings);
        }
        return new AreaGeometry(area, area.size() > 1);
    }

    private static void contours(Plan plan, DensityGrid grid, LocalFrame frame, List<MapFeature> out) {
        java.util.TreeSet<Double> levels = new java.util.TreeSet<>();
        levels.add(plan.simulation().densityThresholdPerKm2());
        plan.targets().forEach(t -> t.desiredDensityPerKm2().ifPresent(levels::add));
        for (double level : levels) {
            if (!(level > 0)) {
                continue;
            }
            List<org.locationtech.jts.geom.Polygon> polygons = DensityContours.polygons(
                    DensityContours.atOrAbove(grid, level));
            if (polygons.isEmpty()) {
                continue;
            }
            Map<String, Object> props = base("density-contour", null, null, null);
            props.put("levelPerKm2", level);
            out.add(new MapFeature("density-contour", props, area(polygons, frame)));
        }
    }

    private static List<LonLat> lonLat(org.locationtech.jts.geom.Coordinate[] ring, LocalFrame frame) {
        List<LonLat> out = new ArrayList<>(ring.length);
        for (org.locationtech.jts.geom.Coordinate c : ring) {
            double[] ll = frame.toLonLat(c.x, c.y);
            out.add(new LonLat(ll[0], ll[1]));
        }
        // the ring closes exactly, whatever the round trip through the frame did to its last vertex
        out.set(out.size() - 1, out.get(0));
        return out;
    }

    private static void sortie(Sortie sortie, SortieResult r, LocalFrame frame, List<MapFeature> out) {
        Map<String, Object> track = base("track", sortie.id(), sortie.name().orElse(null), sortie.id());
        sortie.aircraft().ifPresent(a -> track.put("aircraft", a));
        track.put("releaseMethod", sortie.releaseMethod().id());
        track.put("altitudeAglM", sortie.altitudeAglM());
        track.put("leafletType", sortie.leafletType());
        track.put("leaflets", r.leaflets());
        sortie.releaseTimeUtc().ifPresent(t -> track.put("releaseTimeUtc", t.toString()));
        out.add(new MapFeature("track", track, sortie.track()));
        if (r.statistics().isEmpty()) {
            return;
        }
        SortieStatistics st = r.statistics().get();
        Map<String, Object> release = base("release", null, null, sortie.id());
        out.add(new MapFeature("release", release, TrackGeometry.point(st.releaseCentroid().lonLat())));
        Map<String, Object> landing = base("landing", null, null, sortie.id());
        landing.put("driftM", st.driftM());
        landing.put("driftBearingDeg", st.driftBearingDeg());
        landing.put("fallTimeMeanS", st.fallTime().meanS());
        landing.put("r50M", st.r50M());
        landing.put("r90M", st.r90M());
        out.add(new MapFeature("landing", landing, TrackGeometry.point(st.landingCentroid().lonLat())));
        for (int sigma = 1; sigma <= 2; sigma++) {
            Map<String, Object> p = base("ellipse", null, null, sortie.id());
            p.put("sigma", sigma);
            p.put("sigmaMajorM", sigma * st.ellipse().sigmaMajorM());
            p.put("sigmaMinorM", sigma * st.ellipse().sigmaMinorM());
            p.put("majorAxisBearingDeg", st.ellipse().majorAxisBearingDeg());
            out.add(new MapFeature("ellipse", p, ellipse(st, sigma, frame)));
        }
    }

    private static Map<String, Object> base(String kind, String id, String name, String sortieId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", kind);
        if (id != null) {
            p.put("id", id);
        }
        if (name != null) {
            p.put("name", name);
        }
        if (sortieId != null) {
            p.put("sortieId", sortieId);
        }
        return p;
    }

    /** The k-sigma ellipse around the landing centroid. */
    static AreaGeometry ellipse(SortieStatistics st, int k, LocalFrame frame) {
        return AreaGeometry.polygon(org.leafdrop.coverage.Ellipses.ring(st, k, frame, ELLIPSE_VERTICES));
    }
}
