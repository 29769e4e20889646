package org.leafdrop.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leafdrop.model.LonLat;

/**
 * "Delete vertex": removes one vertex of a ring or track. Refused when a ring would keep fewer
 * than 3 vertices, a line fewer than 2 positions, for the only position of a point release, and
 * when the area would no longer be a valid polygon or two neighbours would coincide.
 */
public final class DeleteVertexCommand {
    public static final String NAME = "Delete vertex";
    private static final String ACTION = "Cannot delete the vertex";

    private DeleteVertexCommand() {
    }

    public static EditCommand of(VertexRef vertex) {
        Objects.requireNonNull(vertex, "vertex");
        return new EditCommand(NAME, plan -> {
            PlanShapes.position(plan, vertex, ACTION);
            List<LonLat> vertices = new ArrayList<>(PlanShapes.line(plan, vertex, ACTION));
            boolean ring = PlanShapes.isRing(vertex);
            if (ring && vertices.size() <= 3) {
                throw new EditRefusedException(ACTION + ": an area needs at least 3 vertices");
            }
            if (!ring && vertices.size() == 1) {
                throw new EditRefusedException(ACTION + ": a point release keeps its position (delete the sortie instead)");
            }
            if (!ring && vertices.size() == 2) {
                throw new EditRefusedException(ACTION + ": a release line needs at least 2 positions");
            }
            vertices.remove(vertex.vertexIndex());
            PlanShapes.requireDistinctNeighbours(vertices, ring, ACTION);
            var after = PlanShapes.withLine(plan, vertex, vertices);
            if (ring) {
                PlanShapes.requireValidArea(plan, vertex.element(), PlanShapes.area(after, vertex.element(), ACTION), ACTION);
            }
            return after;
        });
    }
}
