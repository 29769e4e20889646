package org.leafdrop.ui.panels;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Plan;
import org.leafdrop.ui.edit.PlanEditor;
import org.leafdrop.ui.edit.PlanElement;

/**
 * The properties of the selected target, exclusion or sortie as fields (no Nodes): which fields,
 * their values in the current unit system, and the edits they make. Follows the editor's plan and
 * selection and the unit system; keeps no copy of the plan. Use on the FX thread.
 */
public final class PropertiesViewModel {
    /** Shown when nothing is selected. */
    public static final String NOTHING_SELECTED =
            "Nothing selected — click a shape on the map or pick one in the plan tree";

    private final PlanEditor editor;
    private final ObservableValue<UnitSystem> units;
    private final List<PanelField> targetFields;
    private final List<PanelField> exclusionFields;
    private final List<PanelField> sortieFields;
    private final ObservableList<PanelField> fields = FXCollections.observableArrayList();
    // read-only views made once: a listener added to such a view lives only as long as the view
    private final ObservableList<PanelField> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private Optional<PlanElement> shown = Optional.empty();

    /** With the bundled leaflet and device catalogs. */
    public PropertiesViewModel(PlanEditor editor, ObservableValue<UnitSystem> units) {
        this(editor, units, LeafletCatalog.bundled(), DeviceCatalog.bundled());
    }

    public PropertiesViewModel(PlanEditor editor, ObservableValue<UnitSystem> units, LeafletCatalog leaflets,
                               DeviceCatalog devices) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.units = Objects.requireNonNull(units, "units");
        FieldContext ctx = new FieldContext(editor, units::getValue, () -> shown.map(PlanElement::id).orElse(""),
                leaflets);
        targetFields = AreaFields.target(ctx);
        exclusionFields = AreaFields.exclusion(ctx);
        sortieFields = new SortieFields(ctx, devices).fields();
        editor.planProperty().addListener((o, a, b) -> update());
        editor.selectionProperty().addListener((o, a, b) -> update());
        units.addListener((o, a, b) -> update());
        update();
    }

    /** The fields of the selection, in display order; empty when nothing is selected. */
    public ObservableList<PanelField> fields() {
        return fieldsView;
    }

    /** The field with this label, when the selection has one. */
    public Optional<PanelField> field(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).findFirst();
    }

    /** The text field with this label; for the window's shortcuts and for tests. */
    public ValueField valueField(String label) {
        return field(label).filter(ValueField.class::isInstance).map(ValueField.class::cast)
                .orElseThrow(() -> new IllegalArgumentException("no value field '" + label + "' for " + shown));
    }

    public ChoiceField choiceField(String label) {
        return field(label).filter(ChoiceField.class::isInstance).map(ChoiceField.class::cast)
                .orElseThrow(() -> new IllegalArgumentException("no choice field '" + label + "' for " + shown));
    }

    /** "Sortie s1 — Pass 1", or "" when nothing is selected. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True when nothing is selected: the panel shows {@link #NOTHING_SELECTED}. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return empty.get();
    }

    private void update() {
        Plan plan = editor.plan();
        // the fields leaving the screen first drop what was typed for the element shown before
        fields.forEach(PanelField::refresh);
        shown = editor.selection().filter(e -> titleOf(plan, e).isPresent());
        List<PanelField> want = shown.map(e -> switch (e.kind()) {
            case TARGET -> targetFields;
            case EXCLUSION -> exclusionFields;
            case SORTIE -> sortieFields;
        }).orElse(List.of());
        if (!fields.equals(want)) {
            fields.setAll(want);
        }
        want.forEach(PanelField::refresh);
        title.set(shown.flatMap(e -> titleOf(plan, e)).orElse(""));
        empty.set(shown.isEmpty());
    }

    /** The title of an element of the plan; empty when the plan has no such element. */
    private static Optional<String> titleOf(Plan p, PlanElement e) {
        return switch (e.kind()) {
            case TARGET -> p.target(e.id()).map(t -> "Target " + t.id() + t.name().map(n -> " — " + n).orElse(""));
            case EXCLUSION -> p.exclusions().stream().filter(x -> x.id().equals(e.id())).findFirst()
                    .map(x -> "Exclusion " + x.id() + x.name().map(n -> " — " + n).orElse(""));
            case SORTIE -> p.sorties().stream().filter(s -> s.id().equals(e.id())).findFirst()
                    .map(s -> "Sortie " + s.id() + s.name().map(n -> " — " + n).orElse(""));
        };
    }
}
