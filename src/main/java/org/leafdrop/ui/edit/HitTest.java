package org.leafdrop.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.render.MapView;

/**
 * What lies under a pixel, for picking with the mouse. Distances are in screen pixels, so picking
 * feels the same at every zoom. Stateless.
 */
final class HitTest {
    /** A click this close to a line or outline hits it. */
    static final double LINE_TOLERANCE_PX = 6;
    /** A press this close to a vertex grabs its handle (handles are drawn with a 4.5 px radius). */
    static final double HANDLE_PX = 7;

    /** Where a double click on an edge would put a new vertex. */
    record SegmentHit(VertexRef start, LonLat at) {
    }

    private HitTest() {
    }

    static double[] px(MapView v, LonLat p) {
        return v.toPixel(p.lonDeg(), p.latDeg());
    }

    /** The position under a pixel. */
    static LonLat lonLat(MapView v, double xPx, double yPx) {
        double[] ll = v.toLonLat(xPx, yPx);
        return new LonLat(Math.max(-180, Math.min(180, ll[0])), Math.max(-90, Math.min(90, ll[1])));
    }

    static double distance(double[] a, double x, double y) {
        return Math.hypot(a[0] - x, a[1] - y);
    }

    /** The point of segment a-b closest to (x, y). */
    static double[] closestOnSegment(double[] a, double[] b, double x, double y) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / len2));
        return new double[] {a[0] + t * dx, a[1] + t * dy};
    }

    static double segmentDistance(double[] a, double[] b, double x, double y) {
        return distance(closestOnSegment(a, b, x, y), x, y);
    }

    /**
     * The element a click picks: a track within the line tolerance of its line or positions
     * first, then an exclusion, then a target. Within exclusions (and within targets) one whose
     * outline is near wins, the one drawn last (on top) first; then the smallest one the click is
     * inside, so a target lying inside a larger one can still be picked by clicking inside it.
     */
    static Optional<PlanElement> topmost(Plan plan, MapView v, double x, double y) {
        for (int i = plan.sorties().size() - 1; i >= 0; i--) {
            PlanElement e = PlanElement.sortie(plan.sorties().get(i).id());
            if (nearLine(plan, e, v, x, y)) {
                return Optional.of(e);
            }
        }
        List<PlanElement> exclusions = plan.exclusions().stream().map(t -> PlanElement.exclusion(t.id())).toList();
        List<PlanElement> targets = plan.targets().stream().map(t -> PlanElement.target(t.id())).toList();
        return topmostArea(plan, exclusions, v, x, y).or(() -> topmostArea(plan, targets, v, x, y));
    }

    private static Optional<PlanElement> topmostArea(Plan plan, List<PlanElement> areas, MapView v, double x, double y) {
        for (int i = areas.size() - 1; i >= 0; i--) {
            if (nearLine(plan, areas.get(i), v, x, y)) {
                return Optional.of(areas.get(i));
            }
        }
        PlanElement best = null;
        double bestArea = Double.POSITIVE_INFINITY;
        for (int i = areas.size() - 1; i >= 0; i--) {
            AreaGeometry g = PlanShapes.area(plan, areas.get(i), "");
            if (inside(g, v, x, y)) {
                double a = pixelArea(g, v);
                if (a < bestArea) {
                    best = areas.get(i);
                    bestArea = a;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The area of the outer rings on screen (shoelace), for comparing nested shapes. */
    private static double pixelArea(AreaGeometry g, MapView v) {
        double total = 0;
        for (List<List<LonLat>> polygon : g.polygons()) {
            List<LonLat> ring = polygon.get(0);
            double twice = 0;
            for (int i = 0; i + 1 < ring.size(); i++) {
                double[] a = px(v, ring.get(i));
                double[] b = px(v, ring.get(i + 1));
                twice += a[0] * b[1] - b[0] * a[1];
            }
            total += Math.abs(twice) / 2;
        }
        return total;
    }

    /** Near the element's line or outline or one of its vertices, or inside its area. */
    static boolean touches(Plan plan, PlanElement e, MapView v, double x, double y) {
        if (!PlanShapes.exists(plan, e)) {
            return false;
        }
        return nearLine(plan, e, v, x, y)
                || (e.kind() != PlanElement.Kind.SORTIE && inside(PlanShapes.area(plan, e, ""), v, x, y));
    }

    /** Within the line tolerance of the element's track or outline, or within a handle of a vertex. */
    static boolean nearLine(Plan plan, PlanElement e, MapView v, double x, double y) {
        if (!PlanShapes.exists(plan, e)) {
            return false;
        }
        for (List<double[]> line : lines(plan, e, v)) {
            for (int i = 0; i < line.size(); i++) {
                if (distance(line.get(i), x, y) <= HANDLE_PX) {
                    return true;
                }
                if (i + 1 < line.size() && segmentDistance(line.get(i), line.get(i + 1), x, y) <= LINE_TOLERANCE_PX) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The nearest vertex of the element within {@link #HANDLE_PX}. */
    static Optional<VertexRef> handleAt(Plan plan, PlanElement e, MapView v, double x, double y) {
        VertexRef best = null;
        double bestD = HANDLE_PX;
        for (PlanShapes.Vertex vertex : PlanShapes.vertices(plan, e)) {
            double d = distance(px(v, vertex.at()), x, y);
            if (d <= bestD) {
                best = vertex.ref();
                bestD = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The nearest edge of the element within the line tolerance, and the point on it under the cursor. */
    static Optional<SegmentHit> segmentAt(Plan plan, PlanElement e, MapView v, double x, double y) {
        SegmentHit best = null;
        double bestD = LINE_TOLERANCE_PX;
        for (PlanShapes.Vertex vertex : PlanShapes.vertices(plan, e)) {
            VertexRef start = vertex.ref();
            List<LonLat> line = PlanShapes.line(plan, start, "");
            int next = start.vertexIndex() + 1;
            if (next == line.size()) {
                if (!PlanShapes.isRing(start)) {
                    continue;
                }
                next = 0;
            }
            double[] a = px(v, line.get(start.vertexIndex()));
            double[] b = px(v, line.get(next));
            double[] q = closestOnSegment(a, b, x, y);
            double d = distance(q, x, y);
            if (d <= bestD) {
                bestD = d;
                best = new SegmentHit(start, lonLat(v, q[0], q[1]));
            }
        }
        return Optional.ofNullable(best);
    }

    /** In the area under the even-odd rule (inside an outer ring and not in one of its holes). */
    static boolean inside(AreaGeometry g, MapView v, double x, double y) {
        for (List<List<LonLat>> polygon : g.polygons()) {
            boolean in = false;
            for (List<LonLat> ring : polygon) {
                if (insideRing(ring, v, x, y)) {
                    in = !in;
                }
            }
            if (in) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideRing(List<LonLat> ring, MapView v, double x, double y) {
        boolean in = false;
        double[] prev = px(v, ring.get(ring.size() - 1));
        for (LonLat p : ring) {
            double[] cur = px(v, p);
            if ((cur[1] > y) != (prev[1] > y)
                    && x < (prev[0] - cur[0]) * (y - cur[1]) / (prev[1] - cur[1]) + cur[0]) {
                in = !in;
            }
            prev = cur;
        }
        return in;
    }

    /** The element's lines in pixels: closed rings (closing position included) or the track. */
    static List<List<double[]>> lines(Plan plan, PlanElement e, MapView v) {
        List<List<double[]>> out = new ArrayList<>();
        if (e.kind() == PlanElement.Kind.SORTIE) {
            TrackGeometry t = PlanShapes.sortie(plan, e.id(), "").track();
            out.add(t.positions().stream().map(p -> px(v, p)).toList());
            return out;
        }
        for (List<List<LonLat>> polygon : PlanShapes.area(plan, e, "").polygons()) {
            for (List<LonLat> ring : polygon) {
                out.add(ring.stream().map(p -> px(v, p)).toList());
            }
        }
        return out;
    }
}
