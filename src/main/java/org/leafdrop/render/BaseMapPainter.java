package org.leafdrop.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leafdrop.render.BaseMap.Feature;
import org.leafdrop.render.BaseMap.Kind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Paints the {@link BaseMap} under the plan layers: land, seas and lakes, the built-up area,
 * rivers (as wide as the river once zoomed in), dashed country borders, and, zoomed in, districts,
 * bridges, landmarks and neighbourhood names; towns with labels that never overlap; a credit line
 * bottom left. Muted and low in contrast, like a quiet OpenStreetMap style, so targets (green),
 * exclusions (red) and the density heat map stay readable on top. What a feature shows depends on
 * the view's {@link MapView#tileZoom() tile zoom}. Features outside the view are skipped and lines
 * are cut to its surroundings, so a paint takes a few milliseconds. Stateless.
 */
public final class BaseMapPainter {
    static final int LAND = 0xFFF2EFE9;
    static final int WATER = 0xFFAAD3DF;
    static final int BUILT_UP = 0xFFE6E1D9;
    static final int BUILT_UP_EDGE = 0x40A0978C;
    static final int BORDER = 0xFF9C9791;
    static final int DISTRICT_LINE = 0x80A89F95;
    static final int BRIDGE_CASING = 0xFF8F8A84;
    static final int BRIDGE_DECK = 0xFFFDFCFA;
    static final int TOWN_DOT = 0xFF6F6963;
    static final int LABEL = 0xFF57514B;
    static final int MINOR_LABEL = 0xFF8A837C;
    static final int WATER_LABEL = 0xFF4A7C96;
    static final int COUNTRY_LABEL = 0xFFA39C94;
    static final int HALO = 0xB3F2EFE9;

    /** Zoom from which each kind shows (tile zoom, fractional). */
    static final double CITY_ZOOM = 8;
    static final double MINOR_RIVER_ZOOM = 6.5;
    static final double DISTRICT_ZOOM = 12;
    static final double NEIGHBOURHOOD_ZOOM = 13;
    static final double BRIDGE_ZOOM = 12;
    static final double BRIDGE_LABEL_ZOOM = 14.5;
    static final double LANDMARK_ZOOM = 12;
    static final double RIVER_LABEL_ZOOM = 9;
    /** Country names show up to this zoom. */
    static final double COUNTRY_LABEL_MAX_ZOOM = 7.5;
    /** From this zoom a town inside a drawn built-up area gives way to the district names. */
    static final double TOWN_IN_CITY_MAX_ZOOM = 11;
    /** River widths when zoomed in (the Tigris at Mosul is about 250 m wide). */
    static final double MAJOR_RIVER_WIDTH_M = 250;
    static final double MINOR_RIVER_WIDTH_M = 100;
    static final double BRIDGE_DECK_WIDTH_M = 18;

    private BaseMapPainter() {
    }

    public static void paint(MapCanvas c, MapView v, BaseMap map) {
        View w = new View(v);
        c.fillRings(List.<double[][]>of(rect(0, 0, v.widthPx(), v.heightPx())), LAND);
        for (Feature f : map.features(Kind.WATER)) {
            fill(c, w, f, WATER);
        }
        for (Feature f : map.features(Kind.LAKE)) {
            if (w.z >= (f.rank() <= 1 ? 0 : MINOR_RIVER_ZOOM)) {
                fill(c, w, f, WATER);
            }
        }
        if (w.z >= CITY_ZOOM) {
            for (Feature f : map.features(Kind.CITY)) {
                fill(c, w, f, BUILT_UP);
                stroke(c, w, f, BUILT_UP_EDGE, 1, 0);
            }
        }
        if (w.z >= DISTRICT_ZOOM) {
            for (Feature f : map.features(Kind.DISTRICT)) {
                stroke(c, w, f, DISTRICT_LINE, 1, 0);
            }
        }
        for (Feature f : map.features(Kind.RIVER)) {
            if (f.rank() <= 1 || w.z >= MINOR_RIVER_ZOOM) {
                stroke(c, w, f, WATER, riverWidthPx(v, f), 0);
            }
        }
        double borderPx = w.z < 8 ? 1.1 : 1.5;
        for (Feature f : map.features(Kind.BORDER)) {
            stroke(c, w, f, BORDER, borderPx, 5);
        }
        if (w.z >= BRIDGE_ZOOM) {
            double deck = Math.max(2, Math.min(14, BRIDGE_DECK_WIDTH_M / v.metresPerPixel()));
            for (Feature f : map.features(Kind.BRIDGE)) {
                stroke(c, w, f, BRIDGE_CASING, deck + 2, 0);
                stroke(c, w, f, BRIDGE_DECK, deck, 0);
            }
        }
        labels(c, w, map);
        Attribution.bottomLeft(c, v, map.attribution());
    }

    private static void labels(MapCanvas c, View w, BaseMap map) {
        Labels placed = new Labels(c, w.v);
        if (w.z <= COUNTRY_LABEL_MAX_ZOOM) {
            for (Feature f : map.features(Kind.COUNTRY_LABEL)) {
                if (w.sees(f.envelope())) {
                    double[] p = w.pixel(((Point) f.geometry()).getCoordinate());
                    placed.centred(spaced(f.name()), p[0], p[1], 13, COUNTRY_LABEL, true);
                }
            }
        }
        List<Feature> towns = new ArrayList<>(map.features(Kind.TOWN));
        towns.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
        for (Feature f : towns) {
            if (w.z < townZoom(f.rank()) || !w.sees(f.envelope())
                    || (w.z >= TOWN_IN_CITY_MAX_ZOOM && insideCity(map, f))) {
                continue;
            }
            double[] p = w.pixel(((Point) f.geometry()).getCoordinate());
            double r = f.rank() <= 1 ? 3.5 : f.rank() == 2 ? 3 : 2.5;
            placed.point(f.name(), p[0], p[1], r, TOWN_DOT, f.rank() <= 1 ? 13 : f.rank() == 2 ? 12 : 11, LABEL,
                    f.rank() <= 1);
        }
        if (w.z >= RIVER_LABEL_ZOOM) {
            for (Feature f : map.features(Kind.RIVER)) {
                if (f.rank() <= 1 && w.sees(f.envelope())) {
                    riverLabel(placed, w, f);
                }
            }
        }
        if (w.z >= DISTRICT_ZOOM) {
            Geometry screen = w.onScreen();
            for (Feature f : map.features(Kind.DISTRICT)) {
                if (w.sees(f.envelope())) {
                    // the middle of the part on screen, so a large district is named wherever one looks
                    Geometry part = f.geometry().intersection(screen);
                    if (!part.isEmpty()) {
                        double[] p = w.pixel(part.getInteriorPoint().getCoordinate());
                        placed.centred(f.name(), p[0], p[1], 12, MINOR_LABEL, true);
                    }
                }
            }
        }
        if (w.z >= LANDMARK_ZOOM) {
            for (Feature f : map.features(Kind.LANDMARK)) {
                if (w.sees(f.envelope())) {
                    double[] p = w.pixel(((Point) f.geometry()).getCoordinate());
                    placed.point(f.name(), p[0], p[1], 2.5, MINOR_LABEL, 11, MINOR_LABEL, false);
                }
            }
        }
        if (w.z >= NEIGHBOURHOOD_ZOOM) {
            for (Feature f : map.features(Kind.NEIGHBOURHOOD)) {
                if (w.sees(f.envelope())) {
                    double[] p = w.pixel(((Point) f.geometry()).getCoordinate());
                    placed.centred(f.name(), p[0], p[1], 11, MINOR_LABEL, false);
                }
            }
        }
        if (w.z >= BRIDGE_LABEL_ZOOM) {
            for (Feature f : map.features(Kind.BRIDGE)) {
                if (w.sees(f.envelope())) {
                    Coordinate[] cs = f.geometry().getCoordinates();
                    double[] p = w.pixel(cs[cs.length - 1]);
                    placed.beside(f.name(), p[0], p[1], 2, 10, MINOR_LABEL);
                }
            }
        }
    }

    /** The river as wide as it is on the ground, but never thinner than a line that still reads. */
    static double riverWidthPx(MapView v, Feature river) {
        boolean major = river.rank() <= 1;
        return Math.max(major ? 1.6 : 1.0, (major ? MAJOR_RIVER_WIDTH_M : MINOR_RIVER_WIDTH_M) / v.metresPerPixel());
    }

    private static double townZoom(int rank) {
        return rank <= 1 ? 0 : rank == 2 ? 6.5 : 8.5;
    }

    private static boolean insideCity(BaseMap map, Feature town) {
        return map.features(Kind.CITY).stream().anyMatch(city -> city.geometry().contains(town.geometry()));
    }

    /** Names the river once, at the middle of its longest stretch on screen. */
    private static void riverLabel(Labels placed, View w, Feature f) {
        double[][] best = null;
        double bestLength = 0;
        for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
            double[][] pts = w.pixels(f.geometry().getGeometryN(i).getCoordinates());
            for (double[][] run : PixelClip.runs(pts, false, 40, 40, w.v.widthPx() - 40, w.v.heightPx() - 40)) {
                double length = 0;
                for (int k = 1; k < run.length; k++) {
                    length += Math.hypot(run[k][0] - run[k - 1][0], run[k][1] - run[k - 1][1]);
                }
                if (length > bestLength) {
                    bestLength = length;
                    best = run;
                }
            }
        }
        if (best != null && bestLength > 120) {
            double[] mid = best[best.length / 2];
            // on the water when the river is wide enough to hold the name, above it otherwise
            double above = riverWidthPx(w.v, f) >= 16 ? 0 : riverWidthPx(w.v, f) / 2 + 7;
            placed.centred(f.name(), mid[0], mid[1] - above, 12, WATER_LABEL, false);
        }
    }

    private static void fill(MapCanvas c, View w, Feature f, int argb) {
        Geometry g = f.geometry();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof Polygon p) || !w.sees(p.getEnvelopeInternal())) {
                continue;
            }
            List<double[][]> rings = new ArrayList<>();
            addRing(rings, w, p.getExteriorRing());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                addRing(rings, w, p.getInteriorRingN(h));
            }
            if (!rings.isEmpty()) {
                c.fillRings(rings, argb);
            }
        }
    }

    private static void addRing(List<double[][]> rings, View w, LineString ring) {
        double[][] cut = PixelClip.ring(w.pixels(ring.getCoordinates()), -w.marginPx, -w.marginPx,
                w.v.widthPx() + w.marginPx, w.v.heightPx() + w.marginPx);
        if (cut.length > 0) {
            rings.add(cut);
        }
    }

    /** Strokes the lines of a feature, or the rings of its polygons. */
    private static void stroke(MapCanvas c, View w, Feature f, int argb, double widthPx, double dashPx) {
        Geometry g = f.geometry();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (!w.sees(part.getEnvelopeInternal())) {
                continue;
            }
            if (part instanceof Polygon p) {
                strokeLine(c, w, p.getExteriorRing(), argb, widthPx, dashPx);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    strokeLine(c, w, p.getInteriorRingN(h), argb, widthPx, dashPx);
                }
            } else if (part instanceof LineString l) {
                strokeLine(c, w, l, argb, widthPx, dashPx);
            }
        }
    }

    private static void strokeLine(MapCanvas c, View w, LineString line, int argb, double widthPx, double dashPx) {
        double m = w.marginPx + widthPx;
        for (double[][] run : PixelClip.runs(w.pixels(line.getCoordinates()), false, -m, -m, w.v.widthPx() + m,
                w.v.heightPx() + m)) {
            c.strokeLine(run, false, argb, widthPx, dashPx);
        }
    }

    /** "IRAQ" as "I R A Q": country names are letter-spaced, as on printed maps. */
    private static String spaced(String s) {
        return String.join(" ", s.toUpperCase(Locale.ROOT).split(""));
    }

    static double[][] rect(double x0, double y0, double x1, double y1) {
        return new double[][] {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
    }

    /** The view with what the painter needs often: zoom, the area it sees in degrees, projection. */
    private static final class View {
        final MapView v;
        final double z;
        final double marginPx = 64;
        final Envelope seen;
        final double mercPerPx;
        final double centreX;
        final double centreY;

        View(MapView v) {
            this.v = v;
            this.z = v.tileZoom();
            this.mercPerPx = v.mercPerPixel();
            this.centreX = MapView.mercX(v.centreLonDeg());
            this.centreY = MapView.mercY(v.centreLatDeg());
            // labels reach a little beyond their anchor, so look 200 px past the edges
            double[] tl = v.toLonLat(-200, -200);
            double[] br = v.toLonLat(v.widthPx() + 200, v.heightPx() + 200);
            boolean wraps = tl[0] > br[0] || (v.widthPx() + 400) * mercPerPx >= 2 * Math.PI * 6378137.0;
            this.seen = new Envelope(wraps ? -180 : tl[0], wraps ? 180 : br[0], br[1], tl[1]);
        }

        /** The screen as a polygon in degrees. */
        Geometry onScreen() {
            double[] tl = v.toLonLat(0, 0);
            double[] br = v.toLonLat(v.widthPx(), v.heightPx());
            return new GeometryFactory().toGeometry(new Envelope(tl[0], br[0], br[1], tl[1]));
        }

        boolean sees(Envelope e) {
            return seen.intersects(e);
        }

        double[] pixel(Coordinate c) {
            return new double[] {v.widthPx() / 2.0 + (MapView.mercX(c.x) - centreX) / mercPerPx,
                v.heightPx() / 2.0 - (MapView.mercY(c.y) - centreY) / mercPerPx};
        }

        double[][] pixels(Coordinate[] cs) {
            double[][] out = new double[cs.length][];
            for (int i = 0; i < cs.length; i++) {
                out[i] = pixel(cs[i]);
            }
            return out;
        }
    }

    /** Labels already written, so that a later (less important) label never covers one. */
    private static final class Labels {
        private final MapCanvas c;
        private final MapView v;
        private final List<double[]> boxes = new ArrayList<>();

        Labels(MapCanvas c, MapView v) {
            this.c = c;
            this.v = v;
        }

        /** Centred on (x, y). */
        boolean centred(String s, double x, double y, double size, int argb, boolean bold) {
            double width = c.textWidth(s, size, bold);
            return write(s, x - width / 2, y + size * 0.35, width, size, argb, bold);
        }

        /**
         * A dot of radius r at (x, y) with its name right, left, above or below it, whichever is
         * free first; neither when the name has no room (a dot without a name says nothing).
         */
        void point(String s, double x, double y, double r, int dotArgb, double size, int argb, boolean bold) {
            if (x < 0 || y < 0 || x > v.widthPx() || y > v.heightPx()) {
                return;
            }
            double width = c.textWidth(s, size, bold);
            boolean written = write(s, x + r + 3, y + size * 0.35, width, size, argb, bold)
                    || write(s, x - r - 3 - width, y + size * 0.35, width, size, argb, bold)
                    || write(s, x - width / 2, y - r - 4, width, size, argb, bold)
                    || write(s, x - width / 2, y + r + 3 + size, width, size, argb, bold);
            if (written) {
                c.fillCircle(x, y, r + 1, HALO);
                c.fillCircle(x, y, r, dotArgb);
            }
        }

        /** Right of (x, y) with a gap of r, or left of it when the right is taken. */
        void beside(String s, double x, double y, double r, double size, int argb) {
            double width = c.textWidth(s, size, false);
            if (!write(s, x + r + 3, y + size * 0.35, width, size, argb, false)) {
                write(s, x - r - 3 - width, y + size * 0.35, width, size, argb, false);
            }
        }

        private boolean write(String s, double x, double baseline, double width, double size, int argb, boolean bold) {
            double[] box = {x - 2, baseline - size, x + width + 2, baseline + size * 0.3};
            // whole labels only, clear of the credit line at the bottom
            if (box[0] < 0 || box[1] < 0 || box[2] > v.widthPx() || box[3] > v.heightPx() - Attribution.BAND_PX - 1) {
                return false;
            }
            for (double[] b : boxes) {
                if (box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]) {
                    return false;
                }
            }
            boxes.add(box);
            for (double[] d : new double[][] {{-1, 0}, {1, 0}, {0, -1}, {0, 1}}) {
                c.text(s, x + d[0], baseline + d[1], size, HALO, bold);
            }
            c.text(s, x, baseline, size, argb, bold);
            return true;
        }
    }
}
