package org.leafdrop.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.Extras;
import org.leafdrop.model.Target;

/**
 * "Add target": appends a target. Refused when its id is taken or its area is not a valid
 * polygon. New ids come from {@link PlanIds#next}.
 */
public final class AddTargetCommand {
    public static final String NAME = "Add target";
    private static final String ACTION = "Cannot add the target";

    private AddTargetCommand() {
    }

    /** A new target with only an id and an area (no name, population or desired density yet). */
    public static EditCommand of(String id, AreaGeometry area) {
        return of(new Target(id, Optional.empty(), OptionalLong.empty(), OptionalDouble.empty(), area, Extras.NONE));
    }

    public static EditCommand of(Target target) {
        Objects.requireNonNull(target, "target");
        return new EditCommand(NAME, plan -> {
            if (plan.target(target.id()).isPresent()) {
                throw new EditRefusedException(ACTION + ": the id " + target.id() + " is taken");
            }
            PlanShapes.requireValidArea(plan, PlanElement.target(target.id()), target.geometry(), ACTION);
            List<Target> targets = new ArrayList<>(plan.targets());
            targets.add(target);
            return plan.withTargets(targets);
        });
    }
}
