package org.leafdrop.ui.panels;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.leafdrop.ui.map.LayerSettings;
import org.leafdrop.ui.map.MapLayer;

/**
 * The map's layers, top layer first as in a drawing program: a check box for visibility and a
 * slider for opacity (0 to 100 %) each, bound both ways to {@link LayerSettings}, which is the
 * view model here. The slider of a hidden layer is disabled.
 */
public final class LayerListPanel extends VBox {
    public LayerListPanel(LayerSettings settings) {
        Panels.style(this);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("field-grid");
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(140);
        ColumnConstraints slider = new ColumnConstraints(60, 110, Double.MAX_VALUE);
        slider.setHgrow(Priority.ALWAYS);
        ColumnConstraints percent = new ColumnConstraints(40);
        percent.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(name, slider, percent);
        MapLayer[] layers = MapLayer.values();
        for (int row = 0; row < layers.length; row++) {
            MapLayer l = layers[layers.length - 1 - row];
            String id = "layer-" + l.name().toLowerCase(Locale.ROOT).replace('_', '-');
            CheckBox visible = new CheckBox(l.label());
            visible.setId(id);
            visible.selectedProperty().bindBidirectional(settings.visibleProperty(l));
            Slider opacity = new Slider(0, 1, settings.opacity(l));
            opacity.setId(id + "-opacity");
            opacity.valueProperty().bindBidirectional(settings.opacityProperty(l));
            opacity.disableProperty().bind(visible.selectedProperty().not());
            Label value = new Label();
            value.getStyleClass().add("unit");
            value.textProperty().bind(Bindings.createStringBinding(
                    () -> Math.round(settings.opacity(l) * 100) + " %", settings.opacityProperty(l)));
            grid.addRow(row, visible, opacity, value);
        }
        getChildren().add(grid);
    }
}
