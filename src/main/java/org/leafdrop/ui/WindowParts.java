package org.leafdrop.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.leafdrop.ui.edit.EditKey;
import org.leafdrop.ui.edit.ToolKind;

/** Builds the window's side panels, tools and extra menu items. */
final class WindowParts {
    private WindowParts() {
    }

    static List<MenuItem> editMenuItems(PlannerWindow w) {
        // no accelerator: Delete in a text field must edit the text, not remove the selected shape;
        // the map handles the Delete key itself when it has the focus
        MenuItem delete = PlannerWindow.item("Delete Selection  (Del on the map)", null,
                () -> w.tools().key(EditKey.DELETE));
        List<MenuItem> items = new java.util.ArrayList<>(List.of(new SeparatorMenuItem(), delete,
                new SeparatorMenuItem()));
        for (ToolKind k : ToolKind.values()) {
            items.add(PlannerWindow.item(k.label() + "  (" + toolKey(k) + ")", null, () -> w.tools().activate(k)));
        }
        return items;
    }

    static String toolKey(ToolKind k) {
        return switch (k) {
            case SELECT -> "S";
            case DRAW_TARGET -> "T";
            case DRAW_EXCLUSION -> "X";
            case DRAW_TRACK -> "R";
            case MEASURE -> "M";
        };
    }

    /** Tool buttons (one per tool, mirroring the active tool), then run and zoom. */
    static ToolBar toolBar(PlannerWindow w) {
        ToolBar bar = new ToolBar();
        ToggleGroup group = new ToggleGroup();
        for (ToolKind k : ToolKind.values()) {
            ToggleButton b = new ToggleButton(shortLabel(k));
            b.setId("tool-" + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.setTooltip(new Tooltip(k.label() + " (" + toolKey(k) + ")"));
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setSelected(w.tools().activeKind() == k);
            b.setOnAction(e -> {
                w.tools().activate(k);
                b.setSelected(true);
                w.map().requestFocus();
            });
            w.tools().activeProperty().addListener((o, a, now) -> b.setSelected(now == k));
            bar.getItems().add(b);
        }
        Button run = new Button("Run simulation");
        run.setId("run-now");
        run.setTooltip(new Tooltip("Run the full Monte Carlo simulation now (F5)"));
        run.setOnAction(e -> w.simulation().runNow());
        run.setFocusTraversable(false);
        Button fit = new Button("Zoom to plan");
        fit.setOnAction(e -> w.map().zoomToPlan());
        fit.setFocusTraversable(false);
        bar.getItems().addAll(new Separator(), run, fit);
        return bar;
    }

    private static String shortLabel(ToolKind k) {
        return switch (k) {
            case SELECT -> "Select";
            case DRAW_TARGET -> "Target";
            case DRAW_EXCLUSION -> "Exclusion";
            case DRAW_TRACK -> "Track";
            case MEASURE -> "Measure";
        };
    }

    static List<MenuItem> viewMenuItems(PlannerWindow w) {
        return List.of();
    }

    static Node leftSide(PlannerWindow w) {
        return new Label("layers");
    }

    static Node rightSide(PlannerWindow w) {
        return new Label("panels");
    }
}
