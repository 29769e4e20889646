package org.leafdrop.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leafdrop.model.LonLat;

/**
 * "Insert vertex": adds a vertex on the segment that starts at {@code segmentStart} (for a ring,
 * the segment from its last vertex back to the first is the last one). The new vertex gets the
 * index after {@code segmentStart}. Refused for a point release (it has no segment), on a
 * neighbour's position, or when the area would no longer be a valid polygon.
 */
public final class InsertVertexCommand {
    public static final String NAME = "Insert vertex";
    private static final String ACTION = "Cannot insert a vertex";

    private InsertVertexCommand() {
    }

    public static EditCommand onSegment(VertexRef segmentStart, LonLat at) {
        Objects.requireNonNull(segmentStart, "segmentStart");
        Objects.requireNonNull(at, "at");
        return new EditCommand(NAME, plan -> {
            List<LonLat> vertices = new ArrayList<>(PlanShapes.line(plan, segmentStart, ACTION));
            boolean ring = PlanShapes.isRing(segmentStart);
            int segments = ring ? vertices.size() : vertices.size() - 1;
            if (segments == 0) {
                throw new EditRefusedException(ACTION + ": a point release has no segment to split");
            }
            if (segmentStart.vertexIndex() >= segments) {
                throw new EditRefusedException(ACTION + ": " + PlanShapes.describe(plan, segmentStart.element())
                        + " has no segment " + (segmentStart.vertexIndex() + 1));
            }
            vertices.add(segmentStart.vertexIndex() + 1, at);
            PlanShapes.requireDistinctNeighbours(vertices, ring, ACTION);
            var after = PlanShapes.withLine(plan, segmentStart, vertices);
            if (ring) {
                PlanShapes.requireValidArea(plan, segmentStart.element(),
                        PlanShapes.area(after, segmentStart.element(), ACTION), ACTION);
            }
            return after;
        });
    }
}
