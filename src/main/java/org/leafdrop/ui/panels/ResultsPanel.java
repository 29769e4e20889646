package org.leafdrop.ui.panels;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.leafdrop.ui.edit.PlanElement;

/**
 * The results: a status line, the per-sortie and per-target tables, totals and warnings. Clicking
 * a row selects its sortie or target. A thin view over {@link ResultsViewModel}.
 */
public final class ResultsPanel extends VBox {
    private final ResultsViewModel model;

    public ResultsPanel(ResultsViewModel model) {
        this.model = model;
        Panels.style(this);

        Label status = new Label();
        status.setId("results-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Runnable styleStatus = () -> {
            status.getStyleClass().removeAll("empty-state", "status-preview", "meta");
            status.getStyleClass().add(switch (model.state()) {
                case NOT_SIMULATED -> "empty-state";
                case PREVIEW -> "status-preview";
                case RESULT -> "meta";
            });
        };
        model.stateProperty().addListener((o, a, b) -> styleStatus.run());
        styleStatus.run();

        TableView<SortieRow> sorties = Tables.compact("results-sorties", model.sortieRows());
        sorties.getColumns().add(Tables.column("Sortie", SortieRow::label, false));
        sorties.getColumns().add(Tables.column("Fall (min:s)", SortieRow::fallTimeText, true));
        sorties.getColumns().add(Tables.column(Bindings.concat("Drift (", model.distanceUnitProperty(), ", °T)"),
                SortieRow::driftText, true));
        sorties.getColumns().add(Tables.column(Bindings.concat("R50 / R90 (", model.distanceUnitProperty(), ")"),
                SortieRow::radiiText, true));
        sorties.getColumns().add(Tables.column("In targets %", SortieRow::inTargetsText, true));
        sorties.getColumns().add(Tables.column("In excl. %", SortieRow::inExclusionsText, true));
        Tables.syncSelection(sorties, model.selectionProperty(), r -> PlanElement.sortie(r.id()), model::select);

        TableView<TargetRow> targets = Tables.compact("results-targets", model.targetRows());
        targets.getColumns().add(Tables.column("Target", TargetRow::label, false));
        targets.getColumns().add(Tables.column("Leaflets", TargetRow::leafletsText, true));
        targets.getColumns().add(Tables.column("Per km²", TargetRow::densityText, true));
        targets.getColumns().add(Tables.column("At density %", TargetRow::aboveThresholdText, true));
        targets.getColumns().add(Tables.column("Per resident", TargetRow::perResidentText, true));
        Tables.syncSelection(targets, model.selectionProperty(), r -> PlanElement.target(r.id()), model::select);

        Label sortiesTitle = section("Sorties");
        Label targetsTitle = section("Targets");
        Label coverageLater = Panels.emptyState("Coverage of targets and exclusions follows the full run.");
        Label totals = new Label();
        totals.setId("results-totals");
        totals.setWrapText(true);
        totals.textProperty().bind(model.totalsProperty());
        VBox warnings = new VBox(2);
        warnings.setId("results-warnings");
        model.warnings().addListener((ListChangeListener<String>) c -> showWarnings(warnings));
        showWarnings(warnings);

        var hasSorties = model.stateProperty().isNotEqualTo(ResultsViewModel.State.NOT_SIMULATED);
        var full = model.stateProperty().isEqualTo(ResultsViewModel.State.RESULT);
        show(sortiesTitle, hasSorties);
        show(sorties, hasSorties);
        show(targetsTitle, full);
        show(targets, full);
        show(totals, full);
        show(warnings, full);
        show(coverageLater, model.stateProperty().isEqualTo(ResultsViewModel.State.PREVIEW));

        getChildren().addAll(status, sortiesTitle, sorties, coverageLater, targetsTitle, targets, totals, warnings);
    }

    public ResultsViewModel model() {
        return model;
    }

    private void showWarnings(VBox box) {
        box.getChildren().setAll(model.warnings().stream().map(w -> {
            Label l = new Label("⚠ " + w);
            l.getStyleClass().add("warning");
            l.setWrapText(true);
            return l;
        }).toList());
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static void show(javafx.scene.Node n, javafx.beans.value.ObservableBooleanValue when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(n.visibleProperty());
    }
}
