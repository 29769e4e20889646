package org.leafdrop.ui.edit;

import java.util.Objects;
import java.util.Optional;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;

/**
 * "Rename target", "Rename exclusion", "Rename sortie": sets the display name (not the id, which
 * other elements and results refer to). Surrounding blanks are trimmed; a blank name removes it,
 * and the element is shown by its id.
 */
public final class RenameCommand {
    private RenameCommand() {
    }

    public static String name(PlanElement.Kind kind) {
        return "Rename " + PlanShapes.kindWord(kind);
    }

    public static EditCommand of(PlanElement element, String newName) {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(newName, "newName");
        Optional<String> n = newName.isBlank() ? Optional.empty() : Optional.of(newName.strip());
        String action = "Cannot rename the " + PlanShapes.kindWord(element.kind());
        return new EditCommand(name(element.kind()), plan -> {
            if (!PlanShapes.exists(plan, element)) {
                throw PlanShapes.gone(action, element);
            }
            return renamed(plan, element, n);
        });
    }

    private static Plan renamed(Plan plan, PlanElement e, Optional<String> n) {
        return switch (e.kind()) {
            case TARGET -> plan.withTargets(plan.targets().stream()
                    .map(t -> t.id().equals(e.id())
                            ? new Target(t.id(), n, t.population(), t.desiredDensityPerKm2(), t.geometry(), t.extras())
                            : t)
                    .toList());
            case EXCLUSION -> plan.withExclusions(plan.exclusions().stream()
                    .map(x -> x.id().equals(e.id()) ? new Exclusion(x.id(), n, x.geometry(), x.extras()) : x)
                    .toList());
            case SORTIE -> plan.withSorties(plan.sorties().stream()
                    .map(s -> s.id().equals(e.id())
                            ? new Sortie(s.id(), n, s.aircraft(), s.targetId(), s.releaseMethod(), s.track(),
                                    s.headingDeg(), s.altitudeAglM(), s.groundSpeedMps(), s.leafletType(),
                                    s.leafletCount(), s.payloadLb(), s.releaseTimeUtc(), s.extras())
                            : s)
                    .toList());
        };
    }
}
