package org.leafdrop.ui.edit;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.leafdrop.model.Plan;

/**
 * One undoable change to the plan: a name for the Edit menu ("Move vertex", "Add target") and
 * a pure function from the plan before to the plan after. Commands never mutate a Plan; the
 * editor keeps both plans, so undo and redo are exact.
 */
public record EditCommand(String name, UnaryOperator<Plan> change) {
    public EditCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(change, "change");
    }

    public Plan applyTo(Plan before) {
        return Objects.requireNonNull(change.apply(before), "an edit must give a plan");
    }
}
