package org.leafdrop.ui.edit;

import java.util.Objects;
import java.util.Optional;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;

/**
 * "Delete target", "Delete exclusion", "Delete sortie": removes an element. Deleting a target
 * also clears the {@code targetId} of the sorties aimed at it, so the plan stays valid (the
 * reader refuses a sortie naming a missing target); undo gives all of it back.
 */
public final class DeleteElementCommand {
    private DeleteElementCommand() {
    }

    public static String name(PlanElement.Kind kind) {
        return "Delete " + PlanShapes.kindWord(kind);
    }

    public static EditCommand of(PlanElement element) {
        Objects.requireNonNull(element, "element");
        String action = "Cannot delete the " + PlanShapes.kindWord(element.kind());
        return new EditCommand(name(element.kind()), plan -> {
            if (!PlanShapes.exists(plan, element)) {
                throw PlanShapes.gone(action, element);
            }
            return switch (element.kind()) {
                case TARGET -> withoutTarget(plan, element.id());
                case EXCLUSION -> plan.withExclusions(plan.exclusions().stream()
                        .filter(x -> !x.id().equals(element.id())).toList());
                case SORTIE -> plan.withSorties(plan.sorties().stream()
                        .filter(s -> !s.id().equals(element.id())).toList());
            };
        });
    }

    private static Plan withoutTarget(Plan plan, String id) {
        return plan.withTargets(plan.targets().stream().filter(t -> !t.id().equals(id)).toList())
                .withSorties(plan.sorties().stream()
                        .map(s -> s.targetId().equals(Optional.of(id)) ? withoutTargetId(s) : s)
                        .toList());
    }

    private static Sortie withoutTargetId(Sortie s) {
        return new Sortie(s.id(), s.name(), s.aircraft(), Optional.empty(), s.releaseMethod(), s.track(),
                s.headingDeg(), s.altitudeAglM(), s.groundSpeedMps(), s.leafletType(), s.leafletCount(),
                s.payloadLb(), s.releaseTimeUtc(), s.extras());
    }
}
