package org.leafdrop.ui.panels;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leafdrop.ui.edit.EditCommand;
import org.leafdrop.ui.edit.PlanEditor;

/**
 * A value picked from a list: a sortie's target or leaflet type. Picking another choice applies
 * one named command. Use on the FX thread.
 */
public final class ChoiceField implements PanelField {
    /**
     * One entry of the list.
     *
     * @param id    the value written to the plan; empty for "none"
     * @param label what the list shows
     */
    public record Choice(Optional<String> id, String label) {
        public Choice {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Turns a picked choice into the edit, or says why it cannot be used. */
    @FunctionalInterface
    interface Chooser {
        EditCommand toCommand(Choice picked) throws InvalidInputException;
    }

    private final String label;
    private final PlanEditor editor;
    private final Supplier<List<Choice>> optionsOf;
    private final Supplier<Choice> selectedOf;
    private final Chooser chooser;
    private final ObservableList<Choice> options = FXCollections.observableArrayList();
    // read-only views made once: a listener added to such a view lives only as long as the view
    private final ObservableList<Choice> optionsView = FXCollections.unmodifiableObservableList(options);
    private final ReadOnlyObjectWrapper<Choice> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    ChoiceField(String label, PlanEditor editor, Supplier<List<Choice>> optionsOf, Supplier<Choice> selectedOf,
                Chooser chooser) {
        this.label = Objects.requireNonNull(label, "label");
        this.editor = Objects.requireNonNull(editor, "editor");
        this.optionsOf = Objects.requireNonNull(optionsOf, "optionsOf");
        this.selectedOf = Objects.requireNonNull(selectedOf, "selectedOf");
        this.chooser = Objects.requireNonNull(chooser, "chooser");
    }

    @Override
    public String label() {
        return label;
    }

    /** The choices, the current one among them. */
    public ObservableList<Choice> options() {
        return optionsView;
    }

    public ReadOnlyObjectProperty<Choice> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Choice selected() {
        return selected.get();
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Picks a choice; picking the current one changes nothing.
     *
     * @return false when the choice was refused (reason in {@link #errorProperty()}, plan unchanged)
     */
    public boolean choose(Choice picked) {
        if (picked == null || picked.equals(selected.get())) {
            return true;
        }
        try {
            editor.apply(chooser.toCommand(picked));
        } catch (InvalidInputException | IllegalArgumentException e) {
            error.set(label + ": " + e.getMessage());
            return false;
        }
        refresh();
        return true;
    }

    /** Picks the choice with this id (empty for none); false when there is none such or it was refused. */
    public boolean choose(Optional<String> id) {
        return options.stream().filter(c -> c.id().equals(id)).findFirst().map(this::choose).orElse(false);
    }

    @Override
    public void refresh() {
        List<Choice> now = optionsOf.get();
        if (!options.equals(now)) {
            options.setAll(now);
        }
        selected.set(selectedOf.get());
        error.set("");
    }
}
