package org.leafdrop.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
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
    /** One target's figures, as text: reported, simulated landed by the clock, simulated in all. */
    record Line(String target, String title, String reported, String landedNow, String landedAll,
                String reportedPerKm2, String nowPerKm2, String allPerKm2, String reportedPerResident,
                String nowPerResident, String allPerResident) {
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
        VBox cardsBox = new VBox(10);
        cardsBox.setId("replay-facts-cards");
        ScrollPane scroll = new ScrollPane(cardsBox);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(300);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label placeholder = new Label("Replay a campaign (Simulation > Replay Campaign)");
        lines.addListener((javafx.collections.ListChangeListener<Line>) ch -> {
            cardsBox.getChildren().clear();
            if (lines.isEmpty()) {
                cardsBox.getChildren().add(placeholder);
            }
            for (Line l : lines) {
                cardsBox.getChildren().add(card(l));
            }
        });
        cardsBox.getChildren().add(placeholder);
        sources.setId("replay-sources");
        sources.setWrapText(true);
        getChildren().addAll(title, explain, moment, scroll, sources);
        setSpacing(8);
        setPadding(new Insets(10));
        replay.replayProperty().addListener((o, a, b) -> {
            comparison = b.map(r -> ReportComparison.of(r.plan(), r.result()));
            sources.setText(comparison.map(ReplayFactsPanel::sourcesText).orElse(""));
            refresh();
        });
        replay.momentProperty().addListener((o, a, b) -> refresh());
    }

    /** The figures shown, one line per target and one for campaign-wide reports. */
    List<Line> lines() {
        return List.copyOf(lines);
    }

    /** A target's card: its name, then leaflets, per km2 and per resident as reported, now and in all. */
    private static VBox card(Line l) {
        Label name = new Label(l.title());
        name.setStyle("-fx-font-weight: bold;");
        name.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(2);
        String[] heads = {"", "Reported", "Landed now", "Landed in all"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.setStyle("-fx-text-fill: #555555; -fx-font-size: 11px;");
            grid.add(h, c, 0);
        }
        String[][] rows = {{"Leaflets", l.reported(), l.landedNow(), l.landedAll()},
            {"Per km\u00B2", l.reportedPerKm2(), l.nowPerKm2(), l.allPerKm2()},
            {"Per resident", l.reportedPerResident(), l.nowPerResident(), l.allPerResident()}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Label v = new Label(rows[r][c]);
                if (c > 0) {
                    v.setMinWidth(80);
                    v.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
                    GridPane.setHalignment(v, javafx.geometry.HPos.RIGHT);
                }
                grid.add(v, c, r + 1);
            }
        }
        VBox card = new VBox(3, name, grid);
        card.setPadding(new Insets(6));
        card.setStyle("-fx-background-color: white; -fx-border-color: #dddddd;");
        return card;
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
        String none = "\u2013";
        for (ReportComparison.Row row : comparison.get().targets()) {
            long now = r.get().leafletsLandedInTarget(row.targetIndex(), t);
            double area = Math.max(row.areaKm2(), 1e-9);
            java.util.OptionalLong pop = row.population().stream().filter(p -> p > 0).findFirst();
            out.add(new Line(row.id(), row.name().equals(row.id()) ? row.id() : row.id() + " \u2014 " + row.name(),
                    row.reportedLeaflets().isPresent() ? count(row.reportedLeaflets().getAsLong())
                            + (row.reportAssumed() ? "*" : "") : none,
                    count(now), count(row.landedLeaflets()),
                    row.reportedPerKm2().stream().mapToObj(x -> count(Math.round(x))).findFirst().orElse(none),
                    count(Math.round(now / area)), count(Math.round(row.landedLeaflets() / area)),
                    row.reportedPerResident().stream().mapToObj(ReplayFactsPanel::ratio).findFirst().orElse(none),
                    pop.isPresent() ? ratio((double) now / pop.getAsLong()) : none,
                    pop.isPresent() ? ratio((double) row.landedLeaflets() / pop.getAsLong()) : none));
        }
        ReportComparison c = comparison.get();
        if (c.campaignWideReported().isPresent()) {
            out.add(new Line("whole campaign", "Whole campaign (reports without a target; simulated: all sorties)",
                    count(c.campaignWideReported().getAsLong())
                            + (c.campaignWide().stream().anyMatch(CampaignReport::reportedLeafletsAssumed) ? "*" : ""),
                    count(m.get().landedLeaflets()), count(c.releasedLeaflets()), none, none, none, none, none,
                    none));
        }
        lines.setAll(out);
    }

    private static String ratio(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
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
