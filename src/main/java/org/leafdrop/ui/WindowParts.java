package org.leafdrop.ui;

import java.util.List;
import javafx.scene.Node;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import org.leafdrop.ui.panels.LayerListPanel;
import org.leafdrop.ui.panels.PlanTreePanel;
import org.leafdrop.ui.panels.PlanTreeViewModel;
import org.leafdrop.ui.panels.PropertiesPanel;
import org.leafdrop.ui.panels.PropertiesViewModel;
import org.leafdrop.ui.panels.ResultsPanel;
import org.leafdrop.ui.panels.ResultsViewModel;
import org.leafdrop.ui.panels.SimulationSettingsPanel;
import org.leafdrop.ui.panels.SimulationSettingsViewModel;
import org.leafdrop.ui.panels.SortiePreview;
import org.leafdrop.ui.panels.UnitSystem;
import org.leafdrop.ui.panels.WindPanel;
import org.leafdrop.ui.panels.WindViewModel;
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
        ChoiceBox<UnitSystem> unitChoice = new ChoiceBox<>();
        unitChoice.setId("units");
        unitChoice.getItems().addAll(UnitSystem.values());
        unitChoice.valueProperty().bindBidirectional(w.unitsProperty());
        unitChoice.setTooltip(new Tooltip("Units of the panels"));
        unitChoice.setFocusTraversable(false);
        bar.getItems().addAll(new Separator(), run, fit, new Separator(), new Label("Units"), unitChoice);
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
        List<MenuItem> items = new java.util.ArrayList<>();
        items.add(new SeparatorMenuItem());
        items.addAll(unitItems(w));
        return items;
    }

    /** Left: the layer list over the plan tree. */
    static Node leftSide(PlannerWindow w) {
        TitledPane layers = titled("Layers", new LayerListPanel(w.layers()));
        TitledPane plan = titled("Plan", new PlanTreePanel(new PlanTreeViewModel(w.editor())));
        SplitPane split = new SplitPane(layers, plan);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        split.setMinWidth(200);
        split.setPrefWidth(250);
        return split;
    }

    /** Right: properties of the selection, winds, simulation settings and results, as tabs. */
    static Node rightSide(PlannerWindow w) {
        ResultsViewModel results = new ResultsViewModel(w.editor(), w.unitsProperty());
        Runnable feed = () -> {
            SimulationController sim = w.simulation();
            if (sim.isCurrent()) {
                SimulationController.Run run = sim.lastRun().orElseThrow();
                results.setResult(run.result(), run.shares());
            } else if (!sim.previewProperty().get().isEmpty()) {
                results.showPreview(SortiePreview.from(sim.previewProperty().get()));
            } else {
                results.setResult(Optional.empty());
            }
        };
        w.simulation().lastRunProperty().addListener((o, a, b) -> feed.run());
        w.simulation().previewProperty().addListener((o, a, b) -> feed.run());
        w.editor().displayedPlanProperty().addListener((o, a, b) -> feed.run());
        feed.run();

        Tab properties = tab("Properties", "tab-properties",
                scroll(new PropertiesPanel(new PropertiesViewModel(w.editor(), w.unitsProperty()))));
        Tab winds = tab("Winds", "tab-winds", new WindPanel(new WindViewModel(w.editor(), w.unitsProperty())));
        Tab settings = tab("Simulation", "tab-simulation",
                scroll(new SimulationSettingsPanel(new SimulationSettingsViewModel(w.editor()))));
        Tab resultsTab = tab("Results", "tab-results", new ResultsPanel(results));
        Tab replayTab = tab("Replay", "tab-replay", new ReplayFactsPanel(w.replay()));
        TabPane tabs = new TabPane(properties, winds, settings, resultsTab, replayTab);
        w.onReplayShown(() -> tabs.getSelectionModel().select(replayTab));
        tabs.setId("side-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(330);
        tabs.setPrefWidth(430);
        return tabs;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane sp = new ScrollPane(content);
        sp.setFitToWidth(true);
        return sp;
    }

    private static TitledPane titled(String title, Node content) {
        TitledPane t = new TitledPane(title, content);
        t.setCollapsible(false);
        t.setMaxHeight(Double.MAX_VALUE);
        return t;
    }

    /** The unit systems as radio items (View menu). */
    static List<MenuItem> unitItems(PlannerWindow w) {
        ToggleGroup group = new ToggleGroup();
        List<MenuItem> items = new java.util.ArrayList<>();
        for (UnitSystem u : UnitSystem.values()) {
            RadioMenuItem r = new RadioMenuItem("Units: " + u.label());
            r.setToggleGroup(group);
            r.setSelected(w.unitsProperty().get() == u);
            r.setOnAction(e -> w.unitsProperty().set(u));
            w.unitsProperty().addListener((o, a, now) -> r.setSelected(now == u));
            items.add(r);
        }
        return items;
    }
}
