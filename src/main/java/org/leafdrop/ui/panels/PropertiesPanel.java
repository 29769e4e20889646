package org.leafdrop.ui.panels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The properties of the selection: a title, then one aligned row per field with its unit, or the
 * "Nothing selected" hint. A thin view over {@link PropertiesViewModel}.
 */
public final class PropertiesPanel extends VBox {
    private final PropertiesViewModel model;
    private final StackPane body = new StackPane();
    /** One grid per field set (target, exclusion, sortie), built once: rows keep focus across edits. */
    private final Map<List<PanelField>, GridPane> grids = new HashMap<>();

    public PropertiesPanel(PropertiesViewModel model) {
        this.model = model;
        Panels.style(this);
        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(model.titleProperty());
        title.visibleProperty().bind(model.emptyProperty().not());
        title.managedProperty().bind(title.visibleProperty());
        title.setWrapText(true);
        Label nothing = Panels.emptyState(PropertiesViewModel.NOTHING_SELECTED);
        nothing.visibleProperty().bind(model.emptyProperty());
        nothing.managedProperty().bind(nothing.visibleProperty());
        getChildren().addAll(title, nothing, body);
        model.fields().addListener((ListChangeListener<PanelField>) c -> showFields());
        showFields();
    }

    public PropertiesViewModel model() {
        return model;
    }

    private void showFields() {
        List<PanelField> now = List.copyOf(model.fields());
        if (now.isEmpty()) {
            body.getChildren().clear();
            return;
        }
        body.getChildren().setAll(grids.computeIfAbsent(now, FieldGrid::of));
    }
}
