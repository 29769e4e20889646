package org.leafdrop.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leafdrop.model.LonLat;

/**
 * "Move vertex": puts one vertex of a ring or track at a new position. Moving the first vertex
 * of a ring moves its closing position too, so the ring stays closed. Refused (nothing changes)
 * when the area would no longer be a valid polygon or the vertex would land on a neighbour.
 */
public final class MoveVertexCommand {
    public static final String NAME = "Move vertex";
    private static final String ACTION = "Cannot move the vertex";

    private MoveVertexCommand() {
    }

    public static EditCommand of(VertexRef vertex, LonLat to) {
        Objects.requireNonNull(vertex, "vertex");
        Objects.requireNonNull(to, "to");
        return new EditCommand(NAME, plan -> {
            PlanShapes.position(plan, vertex, ACTION);
            List<LonLat> vertices = new ArrayList<>(PlanShapes.line(plan, vertex, ACTION));
            vertices.set(vertex.vertexIndex(), to);
            PlanShapes.requireDistinctNeighbours(vertices, PlanShapes.isRing(vertex), ACTION);
            var after = PlanShapes.withLine(plan, vertex, vertices);
            if (PlanShapes.isRing(vertex)) {
                PlanShapes.requireValidArea(plan, vertex.element(), PlanShapes.area(after, vertex.element(), ACTION), ACTION);
            }
            return after;
        });
    }
}
