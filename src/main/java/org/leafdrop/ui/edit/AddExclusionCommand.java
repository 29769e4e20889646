package org.leafdrop.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.Extras;

/**
 * "Add exclusion": appends an exclusion. Refused when its id is taken or its area is not a valid
 * polygon. New ids come from {@link PlanIds#next}.
 */
public final class AddExclusionCommand {
    public static final String NAME = "Add exclusion";
    private static final String ACTION = "Cannot add the exclusion";

    private AddExclusionCommand() {
    }

    /** A new exclusion with only an id and an area. */
    public static EditCommand of(String id, AreaGeometry area) {
        return of(new Exclusion(id, Optional.empty(), area, Extras.NONE));
    }

    public static EditCommand of(Exclusion exclusion) {
        Objects.requireNonNull(exclusion, "exclusion");
        return new EditCommand(NAME, plan -> {
            if (plan.exclusions().stream().anyMatch(x -> x.id().equals(exclusion.id()))) {
                throw new EditRefusedException(ACTION + ": the id " + exclusion.id() + " is taken");
            }
            PlanShapes.requireValidArea(plan, PlanElement.exclusion(exclusion.id()), exclusion.geometry(), ACTION);
            List<Exclusion> exclusions = new ArrayList<>(plan.exclusions());
            exclusions.add(exclusion);
            return plan.withExclusions(exclusions);
        });
    }
}
