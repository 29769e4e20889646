package org.leafdrop.ui.panels;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.leafdrop.ui.edit.PlanElement;

/**
 * The results: a status line, the per-sortie and per-target tables, totals and warnings. Clicking
 * a row selects its sortie or target. A thin view over {@link ResultsViewModel}.
 */
public final class ResultsPanel extends VBox {
    private static final double HEADER_LINE_PX = 20;

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

        TableView<SortieRow> sorties = Tables.compact("results-sorties", model.sortieRows(), 2 * HEADER_LINE_PX);
        var distance = model.distanceUnitProperty();
        sorties.getColumns().add(Tables.column("Sortie", SortieRow::label, false));
        sorties.getColumns().add(Tables.column("Fall\nmin:s", SortieRow::fallTimeText, true));
        sorties.getColumns().add(Tables.column(Bindings.concat("Drift\n", distance), SortieRow::driftText, true));
        sorties.getColumns().add(Tables.column("Toward\n° true", SortieRow::bearingText, true));
        sorties.getColumns().add(Tables.column(Bindings.concat("R50\n", distance), SortieRow::r50Text, true));
        sorties.getColumns().add(Tables.column(Bindings.concat("R90\n", distance), SortieRow::r90Text, true));
        sorties.getColumns().add(Tables.column("Targets\n%", SortieRow::inTargetsText, true));
        sorties.getColumns().add(Tables.column("Excl.\n%", SortieRow::inExclusionsText, true));
        // relative widths: the constrained policy scales them to the panel
        double[] widths = {44, 48, 44, 52, 40, 40, 50, 44};
        for (int i = 0; i < widths.length; i++) {
            sorties.getColumns().get(i).setPrefWidth(widths[i]);
        }
        Tables.syncSelection(sorties, model.selectionProperty(), r -> PlanElement.sortie(r.id()), model::select);

        TableView<TargetRow> targets = Tables.compact("results-targets", model.targetRows(), 2 * HEADER_LINE_PX);
        targets.getColumns().add(Tables.column("Target", TargetRow::label, false));
        targets.getColumns().add(Tables.column("Leaflets\nlanded", TargetRow::leafletsText, true));
        targets.getColumns().add(Tables.column("Leaflets\nper km²", TargetRow::densityText, true));
        targets.getColumns().add(Tables.column("Area at\ndensity %", TargetRow::aboveThresholdText, true));
        targets.getColumns().add(Tables.column("Leaflets per\nresident", TargetRow::perResidentText, true));
        Tables.syncSelection(targets, model.selectionProperty(), r -> PlanElement.target(r.id()), model::select);

        Label sortiesTitle = section("Sorties");
        Label sortiesNote = new Label("Drift from the release centroid toward the landing centroid; "
                + "Targets and Excl.: share of the sortie's leaflets landing in any target or exclusion.");
        sortiesNote.getStyleClass().add("meta");
        sortiesNote.setWrapText(true);
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
        show(sortiesNote, hasSorties);
        show(targetsTitle, full);
        show(targets, full);
        show(totals, full);
        show(warnings, full);
        show(coverageLater, model.stateProperty().isEqualTo(ResultsViewModel.State.PREVIEW));

        getChildren().addAll(status, sortiesTitle, sorties, sortiesNote, coverageLater, targetsTitle, targets, totals, warnings);
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

    private static void show(Node n, ObservableBooleanValue when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(n.visibleProperty());
    }
}
