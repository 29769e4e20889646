package org.leafdrop.ui.panels;

import javafx.beans.property.ReadOnlyStringProperty;

/**
 * One row of a property grid: a value typed as text ({@link ValueField}) or picked from a list
 * ({@link ChoiceField}). A field reads its value from the current plan and applies a change as one
 * named, undoable command; input it cannot apply leaves the plan unchanged and sets
 * {@link #errorProperty()} to a message that names the field.
 */
public sealed interface PanelField permits ValueField, ChoiceField {
    /** What the row is called: "Altitude AGL". */
    String label();

    /** Empty, or why the last input was not applied: "Altitude AGL: must be above 0 ft". */
    ReadOnlyStringProperty errorProperty();

    default String error() {
        return errorProperty().get();
    }

    /** Reads the value again from the plan and the unit system, and clears the error. */
    void refresh();
}
