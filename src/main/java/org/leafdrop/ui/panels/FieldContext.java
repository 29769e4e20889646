package org.leafdrop.ui.panels;

import java.util.Objects;
import java.util.function.Supplier;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Plan;
import org.leafdrop.ui.edit.PlanEditor;

/**
 * What the fields of one selected element read and write: the editor, the unit system now, the id
 * of the element shown and the leaflet catalog.
 */
record FieldContext(PlanEditor editor, Supplier<UnitSystem> units, Supplier<String> selectedId,
                    LeafletCatalog catalog) {
    FieldContext {
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(selectedId, "selectedId");
        Objects.requireNonNull(catalog, "catalog");
    }

    Plan plan() {
        return editor.plan();
    }

    UnitSystem u() {
        return units.get();
    }

    String id() {
        return selectedId.get();
    }
}
