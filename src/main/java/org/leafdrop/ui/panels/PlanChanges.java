package org.leafdrop.ui.panels;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.ui.edit.PlanElement;

/**
 * Pure functions from one plan to the next that the panels' commands are made of: replace one
 * element by id, delete one. An id the plan does not have leaves the plan as it is (equal), so the
 * editor records nothing.
 */
final class PlanChanges {
    private PlanChanges() {
    }

    static Plan replaceSortie(Plan p, String id, UnaryOperator<Sortie> change) {
        return p.withSorties(p.sorties().stream().map(s -> s.id().equals(id) ? change.apply(s) : s).toList());
    }

    static Plan replaceTarget(Plan p, String id, UnaryOperator<Target> change) {
        return withTargets(p, p.targets().stream().map(t -> t.id().equals(id) ? change.apply(t) : t).toList());
    }

    static Plan replaceExclusion(Plan p, String id, UnaryOperator<Exclusion> change) {
        return withExclusions(p, p.exclusions().stream().map(x -> x.id().equals(id) ? change.apply(x) : x).toList());
    }

    static Exclusion renamed(Exclusion x, Optional<String> name) {
        return new Exclusion(x.id(), name, x.geometry(), x.extras());
    }

    /**
     * The plan without the element. Sorties aimed at a deleted target keep flying but lose their
     * target: a reference to a missing target would make the plan unreadable.
     */
    static Plan delete(Plan p, PlanElement e) {
        return switch (e.kind()) {
            case TARGET -> withTargets(p, p.targets().stream().filter(t -> !t.id().equals(e.id())).toList())
                    .withSorties(p.sorties().stream()
                            .map(s -> s.targetId().equals(Optional.of(e.id())) ? s.withTargetId(Optional.empty()) : s)
                            .toList());
            case EXCLUSION -> withExclusions(p, p.exclusions().stream().filter(x -> !x.id().equals(e.id())).toList());
            case SORTIE -> p.withSorties(p.sorties().stream().filter(s -> !s.id().equals(e.id())).toList());
        };
    }

    private static Plan withTargets(Plan p, List<Target> targets) {
        return new Plan(p.version(), p.name(), p.notes(), p.groundElevationMslM(), targets, p.exclusions(),
                p.leafletTypes(), p.weather(), p.sorties(), p.simulation(), p.extras());
    }

    private static Plan withExclusions(Plan p, List<Exclusion> exclusions) {
        return new Plan(p.version(), p.name(), p.notes(), p.groundElevationMslM(), p.targets(), exclusions,
                p.leafletTypes(), p.weather(), p.sorties(), p.simulation(), p.extras());
    }
}
