package org.leafdrop.ui.panels;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The simulation settings as an aligned grid of fields. A thin view over {@link SimulationSettingsViewModel}. */
public final class SimulationSettingsPanel extends VBox {
    private final SimulationSettingsViewModel model;

    public SimulationSettingsPanel(SimulationSettingsViewModel model) {
        this.model = model;
        Panels.style(this);
        Label note = new Label("The same seed gives the same result on any machine.");
        note.getStyleClass().add("meta");
        note.setWrapText(true);
        getChildren().addAll(FieldGrid.of(model.fields()), note);
    }

    public SimulationSettingsViewModel model() {
        return model;
    }
}
