package org.leafdrop.ui.edit;

import java.util.Optional;
import java.util.function.Predicate;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.render.MapView;

/**
 * Vertex snapping: a point placed or dragged within {@link #SNAP_PX} pixels of a vertex of the
 * plan (any target, exclusion or track) takes that vertex's exact position, so shapes can share
 * corners. Holding <b>Shift</b> places the point exactly under the cursor instead (Shift rather
 * than Alt, because many Linux window managers take Alt-drag to move the window).
 */
public final class Snapping {
    /** The snapping distance in screen pixels. */
    public static final double SNAP_PX = 8;

    private Snapping() {
    }

    /** False when the event asks for no snapping (Shift held). */
    public static boolean enabled(MapInput in) {
        return !in.shift();
    }

    /**
     * The vertex nearest to (x, y) within {@link #SNAP_PX}, leaving out the vertices
     * {@code excluded} accepts (the ring being edited).
     */
    static Optional<LonLat> nearestVertex(Plan plan, MapView v, double x, double y, Predicate<VertexRef> excluded) {
        LonLat best = null;
        double bestD = SNAP_PX;
        for (PlanElement e : PlanShapes.elements(plan)) {
            for (PlanShapes.Vertex vertex : PlanShapes.vertices(plan, e)) {
                if (excluded.test(vertex.ref())) {
                    continue;
                }
                double d = HitTest.distance(HitTest.px(v, vertex.at()), x, y);
                if (d <= bestD) {
                    best = vertex.at();
                    bestD = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The snapped vertex for this event, if snapping is on and one is near. */
    static Optional<LonLat> snap(Plan plan, MapView v, MapInput in, Predicate<VertexRef> excluded) {
        return enabled(in) ? nearestVertex(plan, v, in.xPx(), in.yPx(), excluded) : Optional.empty();
    }
}
