package org.leafdrop.ui.edit;

import java.util.Objects;

/** A selectable element of a plan, by kind and id. */
public record PlanElement(Kind kind, String id) {
    public enum Kind { TARGET, EXCLUSION, SORTIE }

    public PlanElement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static PlanElement target(String id) {
        return new PlanElement(Kind.TARGET, id);
    }

    public static PlanElement exclusion(String id) {
        return new PlanElement(Kind.EXCLUSION, id);
    }

    public static PlanElement sortie(String id) {
        return new PlanElement(Kind.SORTIE, id);
    }
}
