package org.leafdrop.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.leafdrop.coverage.DensityContours;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.coverage.Ellipses;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.weather.WindField;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Paints a plan and its simulated result: leaflet density (a heat layer, and its contour at the
 * plan's threshold), targets (green), exclusions (red, dashed), release tracks with their direction
 * of flight, where each sortie's leaflets land (centroid, 1 and 2 sigma ellipses, the drift from
 * the release), then a title, a legend, a scale bar and a north arrow. Stateless.
 */
public final class MapPainter {
    static final int PAPER = 0xFFF5F2EA;
    static final int GRATICULE = 0x22000000;
    static final int TARGET_FILL = 0x332E7D32;
    static final int TARGET_LINE = 0xFF2E7D32;
    static final int EXCLUSION_FILL = 0x40C62828;
    static final int EXCLUSION_LINE = 0xFFC62828;
    static final int EXCLUSION_HATCH = 0x99C62828;
    static final int LANDING_PREVIEW = 0xFF6A8FC8;
    static final int WIND = 0xFF37474F;
    static final int TRACK = 0xFF212121;
    static final int LANDING = 0xFF1E5AA8;
    static final int CONTOUR = 0xFFE65100;
    static final int INK = 0xFF212121;

    private MapPainter() {
    }

    /** Everything the painter shows. The result and grid are optional (a plan not yet simulated). */
    public record Scene(Plan plan, LocalFrame frame, Optional<PlanResult> result, Optional<DensityGrid> density) {
    }

    /** A view that shows the whole scene (targets, exclusions, tracks and the 2 sigma ellipses). */
    public static MapView fit(Scene scene, int widthPx, int heightPx) {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        scene.plan().targets().forEach(t -> area(t.geometry()).forEach(p -> extend(box, p)));
        scene.plan().exclusions().forEach(e -> area(e.geometry()).forEach(p -> extend(box, p)));
        scene.plan().sorties().forEach(s -> s.track().positions().forEach(p -> extend(box, p)));
        scene.result().ifPresent(r -> r.sorties().forEach(s -> s.statistics().ifPresent(st ->
                Ellipses.ring(st, 2, scene.frame(), 24).forEach(p -> extend(box, p)))));
        if (box[0] > box[2]) {
            return new MapView(scene.frame().originLonDeg(), scene.frame().originLatDeg(), 10, widthPx, heightPx);
        }
        return MapView.fit(box[0], box[1], box[2], box[3], widthPx, heightPx, 0.08);
    }

    /** Everything, as the exports show it: the layers, then title, legend, scale bar and north arrow. */
    public static void paint(MapCanvas c, MapView v, Scene scene) {
        Plan plan = scene.plan();
        List<double[]> placed = new ArrayList<>();
        BaseMapPainter.paint(c, v, BaseMap.bundled());
        paintGraticule(c, v);
        paintDensity(c, v, scene);
        paintTargets(c, v, plan, scene.result());
        paintExclusions(c, v, plan);
        paintContours(c, v, scene);
        paintLandings(c, v, landingMarks(scene), placed);
        paintTracks(c, v, plan, placed);
        paintWindBarbs(c, v, plan);
        paintAreaLabels(c, v, plan, scene.result(), placed);
        title(c, v, plan, scene.result());
        legend(c, v, scene.density().isPresent());
        paintScaleBar(c, v);
        paintNorthArrow(c, v);
    }

    /** The paper colour over the whole view. */
    public static void paintPaper(MapCanvas c, MapView v) {
        c.fillRings(List.<double[][]>of(rect(0, 0, v.widthPx(), v.heightPx())), PAPER);
    }

    /** Lines of latitude and longitude at a round step, labelled at the edges. */
    public static void paintGraticule(MapCanvas c, MapView v) {
        graticule(c, v);
    }

    /** The density heat map (cells above a tenth of the plan's threshold, log colour scale). */
    public static void paintDensity(MapCanvas c, MapView v, Scene scene) {
        scene.density().ifPresent(d -> density(c, v, scene.frame(), d, scene.plan().simulation().densityThresholdPerKm2()));
    }

    /** The density contour at the plan's threshold. */
    public static void paintContours(MapCanvas c, MapView v, Scene scene) {
        scene.density().ifPresent(d -> contour(c, v, scene.frame(), d, scene.plan().simulation().densityThresholdPerKm2()));
    }

    /**
     * Targets, filled by coverage when there is a result: the greener, the larger the share of
     * the target's area at or above the desired density.
     */
    public static void paintTargets(MapCanvas c, MapView v, Plan plan, Optional<PlanResult> result) {
        for (Target t : plan.targets()) {
            int fill = TARGET_FILL;
            if (result.isPresent()) {
                double f = result.get().targets().stream().filter(tc -> tc.id().equals(t.id())).findFirst()
                        .map(tc -> tc.areaFractionAboveThreshold().orElse(0)).orElse(0.0);
                int alpha = (int) Math.round(0x22 + (0x99 - 0x22) * Math.max(0, Math.min(1, f)));
                fill = (alpha << 24) | (TARGET_FILL & 0xFFFFFF);
            }
            List<double[][]> rings = rings(v, t.geometry());
            c.fillRings(rings, fill);
            rings.forEach(r -> c.strokeLine(r, true, TARGET_LINE, 2, 0));
        }
    }

    /** Exclusions: a pale red fill, red diagonal hatching and a dashed red outline. */
    public static void paintExclusions(MapCanvas c, MapView v, Plan plan) {
        for (Exclusion e : plan.exclusions()) {
            List<double[][]> rings = rings(v, e.geometry());
            c.fillRings(rings, EXCLUSION_FILL);
            hatch(c, v, e.geometry(), EXCLUSION_HATCH, 9);
            rings.forEach(r -> c.strokeLine(r, true, EXCLUSION_LINE, 1.5, 6));
        }
    }

    /** A halo around one element (the selection), drawn under its handles. */
    public static void paintHalo(MapCanvas c, MapView v, Plan plan, String kind, String id) {
        int halo = 0x8000B0FF;
        switch (kind) {
            case "target" -> plan.targets().stream().filter(t -> t.id().equals(id)).findFirst()
                    .ifPresent(t -> rings(v, t.geometry()).forEach(r -> c.strokeLine(r, true, halo, 7, 0)));
            case "exclusion" -> plan.exclusions().stream().filter(x -> x.id().equals(id)).findFirst()
                    .ifPresent(x -> rings(v, x.geometry()).forEach(r -> c.strokeLine(r, true, halo, 7, 0)));
            case "sortie" -> plan.sorties().stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(s -> {
                double[][] px = pixels(v, s.track().positions());
                if (px.length == 1) {
                    c.fillCircle(px[0][0], px[0][1], 10, halo);
                } else {
                    c.strokeLine(px, false, halo, 9, 0);
                }
            });
            default -> throw new IllegalArgumentException("kind must be target, exclusion or sortie, was " + kind);
        }
    }

    /**
     * Where a sortie's leaflets land, as the painter draws it: release and landing centroids, the
     * 1 and 2 sigma ellipses, and the drift. {@code preview} marks the fast-path estimate shown
     * while the full run is pending (drawn lighter, labelled so).
     */
    public record LandingMark(String sortieId, LonLat releaseCentroid, LonLat landingCentroid, double driftM,
                              List<LonLat> oneSigmaRing, List<LonLat> twoSigmaRing, boolean preview) {
        public LandingMark {
            oneSigmaRing = List.copyOf(oneSigmaRing);
            twoSigmaRing = List.copyOf(twoSigmaRing);
        }
    }

    /** The landing marks of a simulated scene (none before a run). */
    public static List<LandingMark> landingMarks(Scene scene) {
        List<LandingMark> out = new ArrayList<>();
        scene.result().ifPresent(r -> r.sorties().forEach(sr -> sr.statistics().ifPresent(st ->
                out.add(new LandingMark(sr.id(), st.releaseCentroid().lonLat(), st.landingCentroid().lonLat(),
                        st.driftM(), Ellipses.ring(st, 1, scene.frame(), 72), Ellipses.ring(st, 2, scene.frame(), 72),
                        false)))));
        return out;
    }

    /** Landing ellipses and centroids with a label each ({@code placed} collects label boxes). */
    public static void paintLandings(MapCanvas c, MapView v, List<LandingMark> marks, List<double[]> placed) {
        for (LandingMark m : marks) {
            landing(c, v, m);
        }
        paintLandingLabels(c, v, marks, placed);
    }

    /** Landing ellipses and centroids without their labels (the window draws labels on top). */
    public static void paintLandingShapes(MapCanvas c, MapView v, List<LandingMark> marks) {
        for (LandingMark m : marks) {
            landing(c, v, m);
        }
    }

    /** The label of each landing ("s1 lands here, 4.3 km drift"), placed clear of earlier labels. */
    public static void paintLandingLabels(MapCanvas c, MapView v, List<LandingMark> marks, List<double[]> placed) {
        for (LandingMark m : marks) {
            int colour = m.preview() ? LANDING_PREVIEW : LANDING;
            double[] land = v.toPixel(m.landingCentroid().lonDeg(), m.landingCentroid().latDeg());
            String text = m.sortieId() + String.format(Locale.ROOT, m.preview() ? " preview, %.1f km drift"
                    : " lands here, %.1f km drift", m.driftM() / 1000);
            double w = c.textWidth(text, 13, true);
            double[] box = null;
            for (double dy : new double[] {0, 24, -24, 48, -48, 72}) {
                double[] candidate = {land[0] + 8, land[1] - 22 + dy, w + 8, 20};
                if (placed.stream().noneMatch(b -> overlaps(b, candidate))) {
                    box = candidate;
                    break;
                }
            }
            if (box == null) {
                box = new double[] {land[0] + 8, land[1] - 22, w + 8, 20};
            }
            c.fillRings(List.<double[][]>of(rect(box[0], box[1], box[2], box[3])), 0xCCFFFFFF);
            c.text(text, box[0] + 4, box[1] + 15, 13, colour, true);
            placed.add(box);
        }
    }

    /** Release tracks with direction arrows and start handles, labelled with the sortie id. */
    public static void paintTracks(MapCanvas c, MapView v, Plan plan, List<double[]> placed) {
        for (Sortie s : plan.sorties()) {
            track(c, v, s);
        }
    }

    /**
     * A wind barb at the start of each track for the wind at its release height (first profile,
     * or the one valid nearest the release time): the staff points into the wind, a pennant is
     * 50 kt, a full feather 10 kt, a half feather 5 kt (WMO convention).
     */
    public static void paintWindBarbs(MapCanvas c, MapView v, Plan plan) {
        for (Sortie s : plan.sorties()) {
            double heightMslM = plan.groundElevationMslM() + s.altitudeAglM();
            double[] uv = windAt(plan, s, heightMslM);
            LonLat at = s.track().positions().get(0);
            double[] p = v.toPixel(at.lonDeg(), at.latDeg());
            WindBarb.paint(c, p[0] - 26, p[1] - 26, uv[0], uv[1], WIND);
        }
    }

    /** Target and exclusion names, with each target's coverage when there is a result. */
    public static void paintAreaLabels(MapCanvas c, MapView v, Plan plan, Optional<PlanResult> result,
                                       List<double[]> placed) {
        for (Target t : plan.targets()) {
            String text = t.name().orElse(t.id());
            if (result.isPresent()) {
                Optional<OptionalDouble> f = result.get().targets().stream().filter(tc -> tc.id().equals(t.id()))
                        .findFirst().map(tc -> tc.areaFractionAboveThreshold());
                if (f.isPresent() && f.get().isPresent()) {
                    text += String.format(Locale.ROOT, " (%.0f %% covered)", 100 * f.get().getAsDouble());
                }
            }
            label(c, v, centre(t.geometry()), text, TARGET_LINE, placed);
        }
        for (Exclusion e : plan.exclusions()) {
            label(c, v, centre(e.geometry()), e.name().orElse(e.id()), EXCLUSION_LINE, placed);
        }
    }

    /** The scale bar, bottom left (ground metres at the centre of the view). */
    public static void paintScaleBar(MapCanvas c, MapView v) {
        scaleBar(c, v);
    }

    /** The north arrow, top right (Web Mercator: north is up everywhere). */
    public static void paintNorthArrow(MapCanvas c, MapView v) {
        northArrow(c, v);
    }

    private static double[] windAt(Plan plan, Sortie s, double heightMslM) {
        var profiles = plan.weather().profiles();
        var profile = profiles.get(0);
        if (s.releaseTimeUtc().isPresent() && profiles.size() > 1) {
            long best = Long.MAX_VALUE;
            for (var p : profiles) {
                if (p.validTimeUtc().isPresent()) {
                    long d = Math.abs(p.validTimeUtc().get().getEpochSecond() - s.releaseTimeUtc().get().getEpochSecond());
                    if (d < best) {
                        best = d;
                        profile = p;
                    }
                }
            }
        }
        WindField wind = WindField.steady(profile.levels());
        return new double[] {wind.profileU(0, heightMslM), wind.profileV(0, heightMslM)};
    }

    /** Diagonal lines every {@code spacingPx} pixels, clipped to the area (JTS in pixel space). */
    private static void hatch(MapCanvas c, MapView v, AreaGeometry a, int argb, double spacingPx) {
        for (List<List<LonLat>> polygon : a.polygons()) {
            LinearRing shell = null;
            List<LinearRing> holes = new ArrayList<>();
            for (List<LonLat> ring : polygon) {
                double[][] px = pixels(v, ring);
                Coordinate[] cs = new Coordinate[px.length];
                for (int i = 0; i < px.length; i++) {
                    cs[i] = new Coordinate(px[i][0], px[i][1]);
                }
                LinearRing r = PIXELS.createLinearRing(cs);
                if (shell == null) {
                    shell = r;
                } else {
                    holes.add(r);
                }
            }
            Geometry area = PIXELS.createPolygon(shell, holes.toArray(LinearRing[]::new));
            Envelope env = area.getEnvelopeInternal().intersection(new Envelope(0, v.widthPx(), 0, v.heightPx()));
            if (env.isNull() || !area.isValid()) {
                continue;
            }
            double span = env.getWidth() + env.getHeight();
            for (double k = 0; k <= span; k += spacingPx) {
                Coordinate p0 = new Coordinate(env.getMinX() + k, env.getMinY());
                Coordinate p1 = new Coordinate(env.getMinX() + k - env.getHeight(), env.getMaxY());
                Geometry cut = area.intersection(PIXELS.createLineString(new Coordinate[] {p0, p1}));
                for (int g = 0; g < cut.getNumGeometries(); g++) {
                    Coordinate[] cs = cut.getGeometryN(g).getCoordinates();
                    if (cs.length >= 2) {
                        double[][] pts = new double[cs.length][];
                        for (int i = 0; i < cs.length; i++) {
                            pts[i] = new double[] {cs[i].x, cs[i].y};
                        }
                        c.strokeLine(pts, false, argb, 1, 0);
                    }
                }
            }
        }
    }

    private static final GeometryFactory PIXELS = new GeometryFactory();

    private static void graticule(MapCanvas c, MapView v) {
        double step = niceDegrees(v.metresPerPixel() * v.widthPx() / 111_000.0 / 6);
        double[] tl = v.toLonLat(0, 0);
        double[] br = v.toLonLat(v.widthPx(), v.heightPx());
        for (double lon = Math.ceil(tl[0] / step) * step; lon <= br[0]; lon += step) {
            double[] a = v.toPixel(lon, tl[1]);
            double[] b = v.toPixel(lon, br[1]);
            c.strokeLine(new double[][] {a, b}, false, GRATICULE, 1, 0);
            c.text(String.format(Locale.ROOT, "%.2f°E", lon), a[0] + 3, 14, 11, 0x99000000, false);
        }
        for (double lat = Math.ceil(br[1] / step) * step; lat <= tl[1]; lat += step) {
            double[] a = v.toPixel(tl[0], lat);
            double[] b = v.toPixel(br[0], lat);
            c.strokeLine(new double[][] {a, b}, false, GRATICULE, 1, 0);
            c.text(String.format(Locale.ROOT, "%.2f°N", lat), v.widthPx() - 58, a[1] - 3, 11, 0x99000000, false);
        }
    }

    /** Density cells above a tenth of the threshold, from pale yellow to deep red (log scale). */
    private static void density(MapCanvas c, MapView v, LocalFrame frame, DensityGrid d, double threshold) {
        double floor = Math.max(threshold / 10, 1e-9);
        double max = 0;
        for (int y = 0; y < d.rows(); y++) {
            for (int x = 0; x < d.columns(); x++) {
                max = Math.max(max, d.perKm2(x, y));
            }
        }
        if (max <= floor) {
            return;
        }
        double span = Math.log(max / floor);
        for (int y = 0; y < d.rows(); y++) {
            for (int x = 0; x < d.columns(); x++) {
                double value = d.perKm2(x, y);
                if (value < floor) {
                    continue;
                }
                double f = span > 0 ? Math.log(value / floor) / span : 1;
                double e0 = d.minEastM() + x * d.cellM();
                double n0 = d.minNorthM() + y * d.cellM();
                double[][] cell = new double[4][];
                double[][] corners = {{e0, n0}, {e0 + d.cellM(), n0}, {e0 + d.cellM(), n0 + d.cellM()},
                    {e0, n0 + d.cellM()}};
                for (int k = 0; k < 4; k++) {
                    double[] ll = frame.toLonLat(corners[k][0], corners[k][1]);
                    cell[k] = v.toPixel(ll[0], ll[1]);
                }
                c.fillRings(List.<double[][]>of(cell), heat(f));
            }
        }
    }

    /** Colour ramp: pale yellow (0) through orange to dark red (1), about 60 % opaque. */
    static int heat(double f) {
        double t = Math.max(0, Math.min(1, f));
        int r = (int) Math.round(255 - 90 * t);
        int g = (int) Math.round(235 - 215 * t);
        int b = (int) Math.round(120 - 100 * t);
        return 0x99000000 | (r << 16) | (g << 8) | b;
    }

    private static void contour(MapCanvas c, MapView v, LocalFrame frame, DensityGrid d, double level) {
        for (Polygon p : DensityContours.polygons(DensityContours.atOrAbove(d, level))) {
            c.strokeLine(pixels(v, frame, p.getExteriorRing().getCoordinates()), true, CONTOUR, 2, 0);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                c.strokeLine(pixels(v, frame, p.getInteriorRingN(h).getCoordinates()), true, CONTOUR, 1.5, 0);
            }
        }
    }

    private static void landing(MapCanvas c, MapView v, LandingMark m) {
        int colour = m.preview() ? LANDING_PREVIEW : LANDING;
        c.strokeLine(pixels(v, m.twoSigmaRing()), true, colour, 1.5, 5);
        c.strokeLine(pixels(v, m.oneSigmaRing()), true, colour, 2, m.preview() ? 3 : 0);
        double[] rel = v.toPixel(m.releaseCentroid().lonDeg(), m.releaseCentroid().latDeg());
        double[] land = v.toPixel(m.landingCentroid().lonDeg(), m.landingCentroid().latDeg());
        c.strokeLine(new double[][] {rel, land}, false, 0x99555555, 1.5, 4);
        c.fillCircle(land[0], land[1], 5, colour);
        c.fillCircle(land[0], land[1], 2, 0xFFFFFFFF);
    }

    private static void track(MapCanvas c, MapView v, Sortie s) {
        List<LonLat> ps = s.track().positions();
        double[][] px = pixels(v, ps);
        if (ps.size() == 1 || (px.length > 1 && Math.hypot(px[px.length - 1][0] - px[0][0],
                px[px.length - 1][1] - px[0][1]) < 2)) {
            c.fillCircle(px[0][0], px[0][1], 5, TRACK);
            double heading = s.headingDeg().orElse(Double.NaN);
            if (!Double.isNaN(heading)) {
                arrow(c, px[0][0], px[0][1], Math.toRadians(heading), 26);
            }
        } else {
            c.strokeLine(px, false, TRACK, 3, 0);
            c.fillCircle(px[0][0], px[0][1], 4, TRACK);
            double[] a = px[px.length - 2];
            double[] b = px[px.length - 1];
            arrow(c, b[0], b[1], Math.atan2(b[0] - a[0], a[1] - b[1]), 0);
        }
        c.text(s.id(), px[0][0] + 8, px[0][1] + 16, 13, TRACK, true);
    }

    /** An arrow head at (x, y) pointing along the bearing (radians, clockwise from up), after a shaft. */
    private static void arrow(MapCanvas c, double x, double y, double bearing, double shaftPx) {
        double dx = Math.sin(bearing);
        double dy = -Math.cos(bearing);
        double tx = x + dx * shaftPx;
        double ty = y + dy * shaftPx;
        if (shaftPx > 0) {
            c.strokeLine(new double[][] {{x, y}, {tx, ty}}, false, TRACK, 2.5, 0);
        }
        double len = 12;
        double w = 6;
        double[][] head = {{tx + dx * len, ty + dy * len}, {tx - dy * w, ty + dx * w}, {tx + dy * w, ty - dx * w}};
        c.fillRings(List.<double[][]>of(head), TRACK);
    }

    /** A boxed label near a point, moved up or down until it overlaps no label placed before it. */
    private static void label(MapCanvas c, MapView v, LonLat at, String text, int argb, List<double[]> placed) {
        double[] p = v.toPixel(at.lonDeg(), at.latDeg());
        double w = c.textWidth(text, 13, true);
        double[] box = null;
        for (double dy : new double[] {0, -26, 26, -52, 52, -78, 78}) {
            double[] candidate = {p[0] - w / 2 - 4, p[1] - 15 + dy, w + 8, 20};
            if (placed.stream().noneMatch(b -> overlaps(b, candidate))) {
                box = candidate;
                break;
            }
        }
        if (box == null) {
            box = new double[] {p[0] - w / 2 - 4, p[1] - 15, w + 8, 20};
        }
        c.fillRings(List.<double[][]>of(rect(box[0], box[1], box[2], box[3])), 0xCCFFFFFF);
        c.text(text, box[0] + 4, box[1] + 15, 13, argb, true);
        placed.add(box);
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    private static void title(MapCanvas c, MapView v, Plan plan, Optional<PlanResult> result) {
        String sub = result.map(r -> String.format(Locale.ROOT, "%,d leaflets, %d sorties; %.0f %% in targets, "
                + "%,d in exclusions; seed %d, %,d particles per sortie", r.totals().leaflets(), r.sorties().size(),
                100 * r.totals().fractionInTargets(), r.totals().leafletsInExclusions(), r.seed(),
                r.particlesPerSortie())).orElse("not simulated");
        double w = Math.max(c.textWidth(plan.name(), 18, true), c.textWidth(sub, 12, false));
        c.fillRings(List.<double[][]>of(rect(10, 10, w + 20, 52)), 0xE6FFFFFF);
        c.text(plan.name(), 20, 34, 18, INK, true);
        c.text(sub, 20, 53, 12, 0xFF555555, false);
    }

    private static void legend(MapCanvas c, MapView v, boolean density) {
        List<LegendRow> rows = new ArrayList<>();
        rows.add(new LegendRow(TARGET_LINE, "target"));
        rows.add(new LegendRow(EXCLUSION_LINE, "exclusion"));
        rows.add(new LegendRow(TRACK, "release track (arrow: direction of flight)"));
        rows.add(new LegendRow(LANDING, "landing centroid, 1 and 2 sigma (dashed) ellipses"));
        if (density) {
            rows.add(new LegendRow(0xFFD84315, "leaflet density (log scale)"));
            rows.add(new LegendRow(CONTOUR, "density threshold contour"));
        }
        legendBox(c, v, rows, false);
    }

    /** One line of a legend: a colour and what it stands for. */
    record LegendRow(int argb, String label) {
    }

    /**
     * A legend in the bottom right corner, above the attribution: a white box with one row per
     * entry, a colour swatch (a bar, or a dot for point symbols) and its label.
     */
    static void legendBox(MapCanvas c, MapView v, List<LegendRow> rows, boolean dots) {
        double rowPx = dots ? 18 : 20;
        double h = 12 + rows.size() * rowPx;
        double w = 0;
        for (LegendRow row : rows) {
            w = Math.max(w, c.textWidth(row.label(), 12, false));
        }
        w += dots ? 46 : 56;
        double x = v.widthPx() - w - 12;
        double y = v.heightPx() - h - 28;
        c.fillRings(List.<double[][]>of(rect(x, y, w, h)), 0xE6FFFFFF);
        for (int i = 0; i < rows.size(); i++) {
            double yy = y + rowPx + i * rowPx;
            if (dots) {
                c.fillCircle(x + 18, yy - 4, 4, rows.get(i).argb());
                c.text(rows.get(i).label(), x + 32, yy, 12, INK, false);
            } else {
                c.fillRings(List.<double[][]>of(rect(x + 10, yy - 10, 22, 10)), rows.get(i).argb());
                c.text(rows.get(i).label(), x + 40, yy, 12, INK, false);
            }
        }
    }

    private static void scaleBar(MapCanvas c, MapView v) {
        double metres = niceMetres(v.metresPerPixel() * 160);
        double px = metres / v.metresPerPixel();
        double x = 20;
        double y = v.heightPx() - 30;
        c.fillRings(List.<double[][]>of(rect(x - 8, y - 26, px + 16, 40)), 0xE6FFFFFF);
        c.fillRings(List.<double[][]>of(rect(x, y - 4, px / 2, 6)), INK);
        c.strokeLine(new double[][] {{x, y - 4}, {x + px, y - 4}, {x + px, y + 2}, {x, y + 2}}, true, INK, 1, 0);
        String text = metres >= 1000 ? String.format(Locale.ROOT, "%.0f km", metres / 1000)
                : String.format(Locale.ROOT, "%.0f m", metres);
        c.text(text, x, y - 10, 12, INK, false);
    }

    private static void northArrow(MapCanvas c, MapView v) {
        double x = v.widthPx() - 40;
        double y = 40;
        c.fillRings(List.<double[][]>of(new double[][] {{x, y - 22}, {x - 9, y + 8}, {x, y + 2}, {x + 9, y + 8}}), INK);
        c.text("N", x - 5, y + 26, 14, INK, true);
    }

    /** 1, 2 or 5 x 10^k metres, at most the given length. */
    static double niceMetres(double max) {
        double p = Math.pow(10, Math.floor(Math.log10(max)));
        for (double f : new double[] {5, 2, 1}) {
            if (f * p <= max) {
                return f * p;
            }
        }
        return p;
    }

    private static double niceDegrees(double approx) {
        double[] steps = {0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5};
        for (double s : steps) {
            if (s >= approx) {
                return s;
            }
        }
        return 10;
    }

    private static List<double[][]> rings(MapView v, AreaGeometry a) {
        List<double[][]> out = new ArrayList<>();
        for (List<List<LonLat>> polygon : a.polygons()) {
            for (List<LonLat> ring : polygon) {
                out.add(pixels(v, ring));
            }
        }
        return out;
    }

    private static double[][] pixels(MapView v, List<LonLat> ps) {
        double[][] out = new double[ps.size()][];
        for (int i = 0; i < ps.size(); i++) {
            out[i] = v.toPixel(ps.get(i).lonDeg(), ps.get(i).latDeg());
        }
        return out;
    }

    private static double[][] pixels(MapView v, LocalFrame frame, Coordinate[] cs) {
        double[][] out = new double[cs.length][];
        for (int i = 0; i < cs.length; i++) {
            double[] ll = frame.toLonLat(cs[i].x, cs[i].y);
            out[i] = v.toPixel(ll[0], ll[1]);
        }
        return out;
    }

    private static List<LonLat> area(AreaGeometry a) {
        List<LonLat> out = new ArrayList<>();
        a.polygons().forEach(p -> out.addAll(p.get(0)));
        return out;
    }

    private static void extend(double[] box, LonLat p) {
        box[0] = Math.min(box[0], p.lonDeg());
        box[1] = Math.min(box[1], p.latDeg());
        box[2] = Math.max(box[2], p.lonDeg());
        box[3] = Math.max(box[3], p.latDeg());
    }

    /** The mean of the outer ring's vertices (a label position). */
    private static LonLat centre(AreaGeometry a) {
        List<LonLat> ring = a.firstOuterRing();
        double lon = 0;
        double lat = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            lon += ring.get(i).lonDeg() / (ring.size() - 1);
            lat += ring.get(i).latDeg() / (ring.size() - 1);
        }
        return new LonLat(lon, lat);
    }

    static double[][] rect(double x, double y, double w, double h) {
        return new double[][] {{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}};
    }

    /** Ground distance (m, geodesic) of a horizontal run of pixels at the centre of the view: the scale bar's truth. */
    static double groundMetres(MapView v, double pixels) {
        double[] a = v.toLonLat(v.widthPx() / 2.0, v.heightPx() / 2.0);
        double[] b = v.toLonLat(v.widthPx() / 2.0 + pixels, v.heightPx() / 2.0);
        return Geodesy.inverse(a[0], a[1], b[0], b[1]).distanceM();
    }
}
