package org.leafdrop.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.leafdrop.model.CampaignReport;
import org.leafdrop.planning.CampaignReplay;
import org.leafdrop.planning.ReportComparison;
import org.leafdrop.render.ReplayPainter;

/**
 * The replay's side panel: per target, the leaflets reported dropped on it beside the leaflets
 * simulated landing inside it so far and in all, as counts, per km2 and per resident; the
 * reports' sources; and how many leaflets are in the air and on the ground at the moment shown.
 */
final class ReplayFactsPanel extends VBox {
    /** One table row, as text. */
    record Line(String target, String reported, String landed, String perKm2, String perResident) {
    }

    private final ReplayController replay;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final Label moment = new Label();
    private final Label sources = new Label();
    private Optional<ReportComparison> comparison = Optional.empty();

    ReplayFactsPanel(ReplayController replay) {
        this.replay = replay;
        setId("replay-facts");
        Label title = new Label("Reported and simulated");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 13px;");
        Label explain = new Label("Reported: leaflets a source says were dropped on the place. Landed: simulated "
                + "leaflets inside the drawn area, from every sortie; \u201cnow\u201d at the replay's clock.");
        explain.setWrapText(true);
        moment.setId("replay-moment");
        moment.setWrapText(true);
        TableView<Line> table = new TableView<>(lines);
        table.setId("replay-facts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Target", Line::target));
        table.getColumns().add(column("Reported", Line::reported));
        table.getColumns().add(column("Landed now / all", Line::landed));
        table.getColumns().add(column("Per km\u00B2 rep. / now", Line::perKm2));
        table.getColumns().add(column("Per resident rep. / now", Line::perResident));
        table.getColumns().forEach(c -> c.setStyle("-fx-alignment: CENTER-RIGHT;"));
        table.getColumns().get(0).setStyle("-fx-alignment: CENTER-LEFT;");
        table.setPlaceholder(new Label("Replay a campaign (Simulation > Replay Campaign)"));
        table.setPrefHeight(260);
        VBox.setVgrow(table, Priority.ALWAYS);
        sources.setId("replay-sources");
        sources.setWrapText(true);
        getChildren().addAll(title, explain, moment, table, sources);
        setSpacing(8);
        setPadding(new Insets(10));
        replay.replayProperty().addListener((o, a, b) -> {
            comparison = b.map(r -> ReportComparison.of(r.plan(), r.result()));
            sources.setText(comparison.map(ReplayFactsPanel::sourcesText).orElse(""));
            refresh();
        });
        replay.momentProperty().addListener((o, a, b) -> refresh());
    }

    private static TableColumn<Line, String> column(String title, Function<Line, String> value) {
        TableColumn<Line, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private void refresh() {
        Optional<CampaignReplay> r = replay.replay();
        Optional<ReplayPainter.Moment> m = replay.momentProperty().get();
        if (r.isEmpty() || comparison.isEmpty() || m.isEmpty()) {
            lines.clear();
            moment.setText("");
            return;
        }
        double t = m.get().timeS();
        moment.setText(String.format(Locale.ROOT, "%s: %,d leaflets landed, %,d in the air%s",
                ReplayPainter.elapsed(t - m.get().startS()), m.get().landedLeaflets(), m.get().aloftLeaflets(),
                m.get().releasing().isEmpty() ? "" : "; releasing: " + String.join(", ", m.get().releasing())));
        List<Line> out = new ArrayList<>();
        for (ReportComparison.Row row : comparison.get().targets()) {
            long now = r.get().leafletsLandedInTarget(row.targetIndex(), t);
            out.add(new Line(row.id(),
                    row.reportedLeaflets().isPresent() ? count(row.reportedLeaflets().getAsLong())
                            + (row.reportAssumed() ? "*" : "") : "\u2013",
                    count(now) + " / " + count(row.landedLeaflets()),
                    row.reportedPerKm2().stream().mapToObj(x -> count(Math.round(x))).findFirst().orElse("\u2013")
                            + " / " + count(Math.round(now / Math.max(row.areaKm2(), 1e-9))),
                    perResident(row, now)));
        }
        ReportComparison c = comparison.get();
        if (c.campaignWideReported().isPresent()) {
            out.add(new Line("whole campaign", count(c.campaignWideReported().getAsLong())
                    + (c.campaignWide().stream().anyMatch(CampaignReport::reportedLeafletsAssumed) ? "*" : ""),
                    count(r.get().leafletsLanded(t)) + " / " + count(c.releasedLeaflets()) + " released",
                    "\u2013", "\u2013"));
        }
        lines.setAll(out);
    }

    private static String perResident(ReportComparison.Row row, long landedNow) {
        if (row.population().isEmpty() || row.population().getAsLong() <= 0) {
            return "\u2013";
        }
        double pop = row.population().getAsLong();
        String rep = row.reportedLeaflets().isPresent()
                ? String.format(Locale.ROOT, "%.2f", row.reportedLeaflets().getAsLong() / pop) : "\u2013";
        return rep + " / " + String.format(Locale.ROOT, "%.2f", landedNow / pop);
    }

    private static String sourcesText(ReportComparison c) {
        StringBuilder b = new StringBuilder();
        for (ReportComparison.Row row : c.targets()) {
            for (CampaignReport rep : row.reports()) {
                b.append(line(row.id(), rep));
            }
        }
        for (CampaignReport rep : c.campaignWide()) {
            b.append(line("whole campaign", rep));
        }
        if (b.length() == 0) {
            return "This plan has no reports: add \u201creports\u201d to compare with what was published.";
        }
        boolean assumed = c.targets().stream().anyMatch(ReportComparison.Row::reportAssumed)
                || c.campaignWide().stream().anyMatch(CampaignReport::reportedLeafletsAssumed);
        return "Sources" + (assumed ? " (* a count assumed from the report's wording)" : "") + ":\n" + b;
    }

    private static String line(String what, CampaignReport rep) {
        return String.format(Locale.ROOT, "\u2022 %s, %s: %s%s \u2014 %s%n", what, rep.date(),
                count(rep.reportedLeaflets()), rep.reportedText().map(x -> " (\u201c" + x + "\u201d)").orElse(""),
                rep.source());
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
