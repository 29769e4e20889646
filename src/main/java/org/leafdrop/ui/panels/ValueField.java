package org.leafdrop.ui.panels;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.leafdrop.ui.edit.EditCommand;
import org.leafdrop.ui.edit.PlanEditor;

/**
 * A value shown as text with its unit, editable or read-only. {@link #commit} turns typed text
 * into one named command on the editor; the text shown always comes from the plan, in the current
 * unit system. Use on the FX thread.
 */
public final class ValueField implements PanelField {
    /** Turns typed text into the edit, or says what is wrong with it. */
    @FunctionalInterface
    interface Parser {
        EditCommand toCommand(String typed) throws InvalidInputException;
    }

    private final String label;
    private final PlanEditor editor;
    private final Supplier<String> unitOf;
    private final Supplier<String> textOf;
    private final Supplier<String> promptOf;
    private final Parser parser;
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper(this, "unit", "");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyIntegerWrapper refreshes = new ReadOnlyIntegerWrapper(this, "refreshes", 0);

    /**
     * @param unitOf   the unit shown after the value, "" for none
     * @param textOf   the value as text, "" when the plan has none
     * @param promptOf what an empty field means ("along track (092°)"), "" for nothing
     * @param parser   null for a read-only field
     */
    ValueField(String label, PlanEditor editor, Supplier<String> unitOf, Supplier<String> textOf,
               Supplier<String> promptOf, Parser parser) {
        this.label = Objects.requireNonNull(label, "label");
        this.editor = Objects.requireNonNull(editor, "editor");
        this.unitOf = Objects.requireNonNull(unitOf, "unitOf");
        this.textOf = Objects.requireNonNull(textOf, "textOf");
        this.promptOf = Objects.requireNonNull(promptOf, "promptOf");
        this.parser = parser;
    }

    static ValueField readOnly(String label, PlanEditor editor, Supplier<String> unitOf, Supplier<String> textOf) {
        return new ValueField(label, editor, unitOf, textOf, () -> "", null);
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isEditable() {
        return parser != null;
    }

    public ReadOnlyStringProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    public String unit() {
        return unit.get();
    }

    /** The value as the plan has it, in the current units. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }

    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Applies typed text. Text equal to what is shown changes nothing (so re-displayed, rounded
     * values are never written back); otherwise the text becomes one command on the editor.
     *
     * @return true when the input was accepted (applied or unchanged); false when it was refused,
     *         with the reason in {@link #errorProperty()} and the plan unchanged
     */
    public boolean commit(String typed) {
        if (parser == null) {
            return false;
        }
        String t = typed == null ? "" : typed.strip();
        if (t.equals(text.get())) {
            error.set("");
            return true;
        }
        try {
            editor.apply(parser.toCommand(t));
        } catch (InvalidInputException e) {
            error.set(label + ": " + e.getMessage());
            return false;
        } catch (IllegalArgumentException e) {
            // the model refused a value the panel's own checks let through
            error.set(label + ": " + e.getMessage());
            return false;
        }
        refresh();
        return true;
    }

    /**
     * Counts the times the field re-read the plan (another element selected, an undo, a unit
     * change). A view drops text typed but not committed when it changes, so that text can never
     * be committed to the element shown next.
     */
    public ReadOnlyIntegerProperty refreshesProperty() {
        return refreshes.getReadOnlyProperty();
    }

    /** Drops a refused input's message (Escape in the view). */
    public void clearError() {
        error.set("");
    }

    @Override
    public void refresh() {
        unit.set(unitOf.get());
        text.set(textOf.get());
        prompt.set(promptOf.get());
        error.set("");
        refreshes.set(refreshes.get() + 1);
    }
}
