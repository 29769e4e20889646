package org.leafdrop.ui.panels;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The wind profile: where the winds come from and when they are valid, a profile picker for
 * time-varying winds, the levels as an editable table (Enter commits a cell), add and remove, and
 * the hodograph. A thin view over {@link WindViewModel}.
 */
public final class WindPanel extends VBox {
    private final WindViewModel model;
    private final TableView<WindRow> table = new TableView<>();

    public WindPanel(WindViewModel model) {
        this.model = model;
        Panels.style(this);

        Label meta = new Label();
        meta.getStyleClass().add("meta");
        meta.setWrapText(true);
        meta.textProperty().bind(Bindings.concat("Source: ", model.sourceProperty(), " · valid ",
                model.validTimeProperty()));

        ComboBox<String> profiles = new ComboBox<>(model.profileLabels());
        profiles.setId("wind-profile");
        profiles.getSelectionModel().select(model.selectedProfileProperty().get());
        profiles.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                model.selectedProfileProperty().set(b.intValue());
            }
        });
        model.selectedProfileProperty().addListener((o, a, b) -> profiles.getSelectionModel().select(b.intValue()));
        Label profileLabel = new Label("Profile valid at");
        HBox profileRow = new HBox(6, profileLabel, profiles);
        profileRow.getStyleClass().add("layer-row");
        profileRow.visibleProperty().bind(model.timeVaryingProperty());
        profileRow.managedProperty().bind(profileRow.visibleProperty());

        table.setId("wind-table");
        table.setEditable(true);
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(Tables.ROW_HEIGHT_PX);
        table.prefHeightProperty().bind(Bindings.min(8, Bindings.max(1, Bindings.size(model.rows())))
                .multiply(Tables.ROW_HEIGHT_PX).add(32));
        table.setPlaceholder(Panels.emptyState("No wind levels"));
        table.getColumns().add(column("wind-height", Bindings.concat("Height (", model.heightUnitProperty(), " MSL)"),
                WindRow::height, model::editHeight));
        table.getColumns().add(column("wind-from", new ReadOnlyStringWrapper("From (° true)"), WindRow::from,
                model::editFromDeg));
        table.getColumns().add(column("wind-speed", Bindings.concat("Speed (", model.speedUnitProperty(), ")"),
                WindRow::speed, model::editSpeed));

        Button add = new Button("Add level");
        add.setId("wind-add");
        add.setOnAction(e -> model.addLevel());
        Button remove = new Button("Remove level");
        remove.setId("wind-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.size(model.rows()).lessThanOrEqualTo(1)));
        remove.setOnAction(e -> {
            WindRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.removeLevel(row.index());
            }
        });
        HBox buttons = new HBox(6, add, remove);

        Label message = new Label();
        message.setId("wind-message");
        message.getStyleClass().add("panel-error");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        HodographView hodograph = new HodographView(model.hodographProperty());
        hodograph.setId("hodograph");
        VBox.setVgrow(hodograph, Priority.SOMETIMES);

        getChildren().addAll(meta, profileRow, table, buttons, message, hodograph);
    }

    public WindViewModel model() {
        return model;
    }

    /** An edit of one row: false when refused. */
    @FunctionalInterface
    private interface CellEdit {
        boolean apply(int index, String typed);
    }

    private static TableColumn<WindRow, String> column(String id, ObservableValue<String> title,
                                                       Function<WindRow, String> value, CellEdit edit) {
        TableColumn<WindRow, String> c = new TableColumn<>();
        c.setId(id);
        c.textProperty().bind(title);
        c.setSortable(false);
        c.setReorderable(false);
        c.getStyleClass().add("numeric");
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> {
            // a refused edit leaves the plan as it was: show the plan's values again
            if (!edit.apply(e.getRowValue().index(), e.getNewValue())) {
                e.getTableView().refresh();
            }
        });
        return c;
    }
}
