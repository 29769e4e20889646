package org.leafdrop.ui.panels;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.leafdrop.ui.edit.PlanElement;

/** Compact read-only tables for the results, their rows selected together with the editor's selection. */
final class Tables {
    static final double ROW_HEIGHT_PX = 24;
    private static final int MAX_VISIBLE_ROWS = 8;

    private Tables() {
    }

    /**
     * A table showing up to {@link #MAX_VISIBLE_ROWS} rows without scrolling.
     *
     * @param headerPx height of the column headers (about 28 px a line)
     */
    static <R> TableView<R> compact(String id, ObservableList<R> items, double headerPx) {
        TableView<R> t = new TableView<>(items);
        t.setId(id);
        t.setFixedCellSize(ROW_HEIGHT_PX);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        t.prefHeightProperty().bind(Bindings.min(MAX_VISIBLE_ROWS, Bindings.max(1, Bindings.size(items)))
                .multiply(ROW_HEIGHT_PX).add(headerPx + 4));
        return t;
    }

    static <R> TableColumn<R, String> column(ObservableValue<String> title, Function<R, String> value, boolean numeric) {
        TableColumn<R, String> c = new TableColumn<>();
        c.textProperty().bind(title);
        c.setSortable(false);
        c.setReorderable(false);
        if (numeric) {
            c.getStyleClass().add("numeric");
        }
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    static <R> TableColumn<R, String> column(String title, Function<R, String> value, boolean numeric) {
        return column(new ReadOnlyStringWrapper(title), value, numeric);
    }

    /**
     * Keeps a table's selected row and the editor's selection together: picking a row calls
     * {@code select}; selecting an element elsewhere selects its row here, or none.
     */
    static <R> void syncSelection(TableView<R> table, ReadOnlyObjectProperty<Optional<PlanElement>> selection,
                                  Function<R, PlanElement> elementOf, Consumer<R> select) {
        boolean[] updating = {false};
        Runnable follow = () -> {
            updating[0] = true;
            try {
                Optional<R> row = selection.get().flatMap(e -> table.getItems().stream()
                        .filter(r -> elementOf.apply(r).equals(e)).findFirst());
                if (row.isPresent()) {
                    table.getSelectionModel().select(row.get());
                } else {
                    table.getSelectionModel().clearSelection();
                }
            } finally {
                updating[0] = false;
            }
        };
        selection.addListener((o, a, b) -> follow.run());
        table.getItems().addListener((ListChangeListener<R>) c -> follow.run());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updating[0] && b != null) {
                select.accept(b);
            }
        });
        follow.run();
    }
}
