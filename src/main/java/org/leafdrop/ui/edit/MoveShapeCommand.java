package org.leafdrop.ui.edit;

import java.util.Objects;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;

/**
 * "Move target", "Move exclusion", "Move track": translates every position of an element by the
 * same longitude and latitude offset (degrees), which keeps its shape in plain lon/lat and so its
 * validity. Refused when a position would leave [-180, 180] x [-90, 90].
 */
public final class MoveShapeCommand {
    private MoveShapeCommand() {
    }

    /** The Edit menu name: "Move target", "Move exclusion" or "Move track". */
    public static String name(PlanElement.Kind kind) {
        return kind == PlanElement.Kind.SORTIE ? "Move track" : "Move " + PlanShapes.kindWord(kind);
    }

    public static EditCommand of(PlanElement element, double dLonDeg, double dLatDeg) {
        Objects.requireNonNull(element, "element");
        if (!Double.isFinite(dLonDeg) || !Double.isFinite(dLatDeg)) {
            throw new IllegalArgumentException("offsets must be finite");
        }
        String action = "Cannot move the " + (element.kind() == PlanElement.Kind.SORTIE ? "track" : PlanShapes.kindWord(element.kind()));
        return new EditCommand(name(element.kind()), plan -> {
            if (!PlanShapes.exists(plan, element)) {
                throw PlanShapes.gone(action, element);
            }
            Plan after = PlanShapes.mapPositions(plan, element, p -> shifted(p, dLonDeg, dLatDeg, action), action);
            if (element.kind() != PlanElement.Kind.SORTIE) {
                PlanShapes.requireValidArea(plan, element, PlanShapes.area(after, element, action), action);
            }
            return after;
        });
    }

    private static LonLat shifted(LonLat p, double dLonDeg, double dLatDeg, String action) {
        double lon = p.lonDeg() + dLonDeg;
        double lat = p.latDeg() + dLatDeg;
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new EditRefusedException(action + ": it would leave the map (longitude beyond 180\u00B0 or latitude beyond 90\u00B0)");
        }
        return new LonLat(lon, lat);
    }
}
