package org.leafdrop.ui.panels;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.leafdrop.ui.panels.ChoiceField.Choice;

/**
 * Lays out fields as an aligned grid: label, value, unit, and under a refused value its message.
 * Text commits on Enter and when the field loses focus; Escape puts the plan's value back. Each
 * control gets the id {@code field-<label>} ("field-altitude-agl") for tests and styling.
 */
final class FieldGrid {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private FieldGrid() {
    }

    static GridPane of(List<? extends PanelField> fields) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("field-grid");
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(105);
        label.setHalignment(HPos.LEFT);
        ColumnConstraints value = new ColumnConstraints(90, 150, Double.MAX_VALUE);
        value.setHgrow(Priority.ALWAYS);
        ColumnConstraints unit = new ColumnConstraints();
        unit.setMinWidth(40);
        grid.getColumnConstraints().setAll(label, value, unit);
        int row = 0;
        for (PanelField f : fields) {
            Label name = new Label(f.label());
            name.getStyleClass().add("field-label");
            GridPane.setValignment(name, VPos.CENTER);
            grid.add(name, 0, row);
            Node control = f instanceof ValueField v ? (v.isEditable() ? textField(v) : readOnly(v))
                    : comboBox((ChoiceField) f);
            control.setId(idOf(f.label()));
            grid.add(control, 1, row);
            if (f instanceof ValueField v) {
                Label unitLabel = new Label();
                unitLabel.textProperty().bind(v.unitProperty());
                unitLabel.getStyleClass().add("unit");
                grid.add(unitLabel, 2, row);
            }
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.textProperty().bind(f.errorProperty());
            error.visibleProperty().bind(f.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            error.setId(idOf(f.label()) + "-error");
            grid.add(error, 1, row + 1, 2, 1);
            row += 2;
        }
        return grid;
    }

    /** "Altitude AGL" gives "field-altitude-agl". */
    static String idOf(String label) {
        return "field-" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static TextField textField(ValueField f) {
        TextField tf = new TextField(f.text());
        tf.promptTextProperty().bind(f.promptProperty());
        f.textProperty().addListener((o, a, b) -> tf.setText(b));
        f.refreshesProperty().addListener((o, a, b) -> tf.setText(f.text()));
        f.errorProperty().addListener((o, a, b) -> {
            tf.pseudoClassStateChanged(INVALID, !b.isEmpty());
            if (b.isEmpty()) {
                tf.setText(f.text());
            }
        });
        tf.setOnAction(e -> commit(f, tf));
        tf.focusedProperty().addListener((o, was, is) -> {
            // a field taken off the screen (another kind of element selected) loses focus too: not a commit
            if (!is && tf.getScene() != null) {
                commit(f, tf);
            }
        });
        tf.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                tf.setText(f.text());
                f.clearError();
                e.consume();
            }
        });
        return tf;
    }

    private static void commit(ValueField f, TextField tf) {
        if (f.commit(tf.getText())) {
            tf.setText(f.text());
        }
    }

    private static Label readOnly(ValueField f) {
        Label l = new Label();
        l.textProperty().bind(f.textProperty());
        l.setWrapText(true);
        l.getStyleClass().add("read-only-value");
        return l;
    }

    private static ComboBox<Choice> comboBox(ChoiceField f) {
        ComboBox<Choice> box = new ComboBox<>(f.options());
        box.setMaxWidth(Double.MAX_VALUE);
        boolean[] updating = {false};
        Runnable show = () -> {
            updating[0] = true;
            box.setValue(f.selected());
            updating[0] = false;
        };
        show.run();
        f.selectedProperty().addListener((o, a, b) -> show.run());
        f.options().addListener((ListChangeListener<Choice>) c -> show.run());
        box.valueProperty().addListener((o, a, b) -> {
            if (!updating[0] && b != null && !f.choose(b)) {
                show.run();
            }
        });
        return box;
    }
}
