package org.leafdrop.ui.edit;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;

/**
 * Ids for new elements: {@code t1, t2, ...} for targets, {@code x1, ...} for exclusions and
 * {@code s1, ...} for sorties. The number follows the highest one in use with that prefix, so a
 * deleted element's id is not handed to a new one while old results may still name it.
 */
public final class PlanIds {
    private PlanIds() {
    }

    public static String prefix(PlanElement.Kind kind) {
        return switch (kind) {
            case TARGET -> "t";
            case EXCLUSION -> "x";
            case SORTIE -> "s";
        };
    }

    /** The id a new element of this kind gets in {@code plan}. */
    public static String next(Plan plan, PlanElement.Kind kind) {
        Set<String> used = idsOf(plan, kind).stream().collect(Collectors.toSet());
        String prefix = prefix(kind);
        long highest = 0;
        for (String id : used) {
            if (id.length() > prefix.length() && id.length() <= prefix.length() + 9 && id.startsWith(prefix)
                    && id.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9')) {
                highest = Math.max(highest, Long.parseLong(id.substring(prefix.length())));
            }
        }
        long n = highest + 1;
        while (used.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    static List<String> idsOf(Plan plan, PlanElement.Kind kind) {
        return switch (kind) {
            case TARGET -> plan.targets().stream().map(Target::id).toList();
            case EXCLUSION -> plan.exclusions().stream().map(Exclusion::id).toList();
            case SORTIE -> plan.sorties().stream().map(Sortie::id).toList();
        };
    }
}
