package org.leafdrop.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leafdrop.coverage.CoverageTotals;
import org.leafdrop.coverage.ExclusionCoverage;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.coverage.SortieResult;
import org.leafdrop.coverage.SortieStatistics;
import org.leafdrop.coverage.TargetCoverage;
import org.leafdrop.geo.Coordinates;
import org.leafdrop.model.LonLat;

/**
 * The terminal summary of a {@link PlanResult} that {@code simulate} prints: fixed-width plain
 * text (spaces, no tabs, "\n" line ends), numbers in {@link Locale#ROOT} with thousands
 * separators for counts, units in the column headers. Fall times read min:sec. Stateless and
 * thread-safe.
 */
public final class SummaryTable {
    private static final String NONE = "-";

    private SummaryTable() {
    }

    /** The summary: plan line, sorties (fall and drift, then landing and spread), targets, exclusions, totals, warnings. */
    public static String format(PlanResult r) {
        StringBuilder out = new StringBuilder();
        out.append(r.planName().isBlank() ? "(unnamed plan)" : r.planName()).append('\n');
        out.append(f("seed %d, %s particle%s per sortie", r.seed(), count(r.particlesPerSortie()),
                r.particlesPerSortie() == 1 ? "" : "s")).append('\n');

        Table fall = new Table("Sortie", "Leaflets", "Particles aloft", "Fall mean m:s", "p5 m:s", "p95 m:s",
                "Drift km", "Bearing deg", "|", "Doctrinal km", "Bearing deg", "Fall m:s");
        Table land = new Table("Sortie", "Landing centroid", "MGRS", "1-sigma ellipse m", "R50 m", "R90 m");
        for (SortieResult s : r.sorties()) {
            Optional<SortieStatistics> st = s.statistics();
            SortieResult.Doctrinal d = s.doctrinal();
            fall.row(s.id(), count(s.leaflets()), count(s.particlesNotLanded()),
                    st.map(x -> minSec(x.fallTime().meanS())).orElse(NONE),
                    st.map(x -> minSec(x.fallTime().p05S())).orElse(NONE),
                    st.map(x -> minSec(x.fallTime().p95S())).orElse(NONE),
                    st.map(x -> f("%.2f", x.driftM() / 1000)).orElse(NONE),
                    st.map(x -> f("%.1f", x.driftBearingDeg())).orElse(NONE),
                    "|", f("%.2f", d.driftM() / 1000), f("%.1f", d.driftBearingDeg()), minSec(d.fallTimeS()));
            land.row(s.id(), st.map(x -> degrees(x.landingCentroid().lonLat())).orElse(NONE),
                    st.map(x -> mgrs(x.landingCentroid().lonLat())).orElse(NONE),
                    st.map(x -> f("%,.0f x %,.0f @ %.1f deg", x.ellipse().sigmaMajorM(), x.ellipse().sigmaMinorM(),
                            x.ellipse().majorAxisBearingDeg())).orElse(NONE),
                    st.map(x -> f("%,.0f", x.r50M())).orElse(NONE),
                    st.map(x -> f("%,.0f", x.r90M())).orElse(NONE));
        }
        section(out, "Sorties: fall time and drift (simulated | doctrinal layer sum)", fall);
        section(out, "Sorties: where the leaflets land", land);

        Table targets = new Table("Target", "Area km2", "Leaflets inside", "Share of all %",
                "Area at desired density %", "Mean density /km2", "Leaflets/resident");
        for (TargetCoverage t : r.targets()) {
            targets.row(t.id(), f("%,.2f", t.areaKm2()), count(t.leafletsInside()),
                    f("%.1f", 100 * t.fractionOfLeafletsInside()),
                    t.areaFractionAboveThreshold().isPresent()
                            ? f("%.1f", 100 * t.areaFractionAboveThreshold().getAsDouble()) : NONE,
                    f("%,.0f", t.meanDensityPerKm2()),
                    t.leafletsPerResident().isPresent() ? f("%.2f", t.leafletsPerResident().getAsDouble()) : NONE);
        }
        section(out, "Targets", targets);

        Table exclusions = new Table("Exclusion", "Leaflets inside");
        for (ExclusionCoverage e : r.exclusions()) {
            exclusions.row(e.id(), count(e.leafletsInside()));
        }
        section(out, "Exclusions", exclusions);

        CoverageTotals t = r.totals();
        Table totals = new Table("Totals", "Leaflets", "Share %");
        totals.row("released", count(t.leaflets()), "100.0");
        totals.row("in targets", count(t.leafletsInTargets()), f("%.1f", 100 * t.fractionInTargets()));
        totals.row("in exclusions", count(t.leafletsInExclusions()),
                f("%.1f", t.leaflets() > 0 ? 100.0 * t.leafletsInExclusions() / t.leaflets() : 0));
        section(out, "Totals (each leaflet counted once)", totals);

        out.append('\n').append("Warnings").append('\n');
        if (r.warnings().isEmpty()) {
            out.append("  none\n");
        }
        for (String w : r.warnings()) {
            out.append("  - ").append(w).append('\n');
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, Table table) {
        out.append('\n').append(title).append('\n');
        table.appendTo(out);
    }

    private static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    private static String degrees(LonLat p) {
        return Coordinates.decimalDegrees(p.lonDeg(), p.latDeg());
    }

    /** MGRS, or "-" outside its latitudes. */
    private static String mgrs(LonLat p) {
        String m = Coordinates.mgrs(p.lonDeg(), p.latDeg());
        return m.isEmpty() ? NONE : m;
    }

    /** The ensemble section: per target the odds of reaching the threshold, per sortie the centroid spread. */
    public static String ensemble(org.leafdrop.planning.EnsembleRun.Summary e) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append(f("Ensemble: %d members (%s)", e.members(), e.source())).append('\n');
        Table targets = new Table("Target", "P(half the area at desired density) %", "Mean area at density %");
        for (org.leafdrop.planning.EnsembleRun.TargetOdds t : e.targets()) {
            targets.row(t.id(), f("%.0f", 100 * t.probabilityAboveThreshold()),
                    f("%.1f", 100 * t.meanAreaFractionAboveThreshold()));
        }
        section(out, "Ensemble: targets", targets);
        Table sorties = new Table("Sortie", "Centroid spread m", "Mean miss m", "Largest miss m");
        for (org.leafdrop.planning.EnsembleRun.SortieSpread s : e.sorties()) {
            sorties.row(s.id(), f("%,.0f", s.centroidSpreadM()), s.meanMissM().map(m -> f("%,.0f", m)).orElse(NONE),
                    s.maxMissM().map(m -> f("%,.0f", m)).orElse(NONE));
        }
        section(out, "Ensemble: landing centroid over the members", sorties);
        return out.toString();
    }

    /** A replay's timeline: the sorties in release order with when they released and landed (UTC). */
    public static String replayTimeline(org.leafdrop.planning.CampaignReplay r) {
        StringBuilder out = new StringBuilder();
        List<org.leafdrop.planning.CampaignReplay.SortieSpan> spans = r.timeline();
        double start = spans.get(0).startS();
        double end = spans.stream().mapToDouble(org.leafdrop.planning.CampaignReplay.SortieSpan::endS).max()
                .orElse(start);
        out.append(f("Replay of %s: %d sorties, %s to %s (%s)", r.plan().name(), spans.size(), utc(start), utc(end),
                org.leafdrop.render.ReplayPainter.elapsed(end - start).substring(1))).append('\n');
        out.append(f("%,d frames of %s s; %,d particles traced per sortie for the clouds", r.activeFrameCount(),
                f("%.0f", r.clock().stepS()), r.traced().tracedCount(0))).append('\n');
        Table t = new Table("Sortie", "Leaflets", "Release from", "to", "First landing", "Last landing");
        for (org.leafdrop.planning.CampaignReplay.SortieSpan s : spans) {
            t.row(s.sortieId(), count(r.traced().run().sorties().get(s.sortieIndex()).leaflets()),
                    utc(s.releaseStartS()), utc(s.releaseEndS()),
                    Double.isFinite(s.firstLandingS()) ? utc(s.firstLandingS()) : NONE,
                    Double.isFinite(s.lastLandingS()) ? utc(s.lastLandingS()) : NONE);
        }
        section(out, "Timeline (UTC)", t);
        return out.toString();
    }

    /** Reported beside simulated figures per target, campaign-wide reports and the sources. */
    public static String replayComparison(org.leafdrop.planning.CampaignReplay r) {
        org.leafdrop.planning.ReportComparison cmp = org.leafdrop.planning.ReportComparison.of(r.plan(), r.result());
        StringBuilder out = new StringBuilder();
        Table t = new Table("Target", "Area km2", "Reported", "Released", "Landed inside", "Reported/km2",
                "Landed/km2", "Reported/resident", "Landed/resident");
        for (org.leafdrop.planning.ReportComparison.Row row : cmp.targets()) {
            t.row(row.id(), f("%,.1f", row.areaKm2()),
                    row.reportedLeaflets().isPresent() ? count(row.reportedLeaflets().getAsLong())
                            + (row.reportAssumed() ? "*" : "") : NONE,
                    row.releasedLeaflets() > 0 ? count(row.releasedLeaflets()) : NONE,
                    count(row.landedLeaflets()) + row.landedShareOfReleased().stream()
                            .mapToObj(x -> f(" (%.0f %%)", 100 * x)).findFirst().orElse(""),
                    row.reportedPerKm2().stream().mapToObj(x -> f("%,.0f", x)).findFirst().orElse(NONE),
                    f("%,.0f", row.landedPerKm2()),
                    row.reportedPerResident().stream().mapToObj(x -> f("%.2f", x)).findFirst().orElse(NONE),
                    row.landedPerResident().stream().mapToObj(x -> f("%.2f", x)).findFirst().orElse(NONE));
        }
        if (cmp.campaignWideReported().isPresent()) {
            t.row("whole campaign", NONE, count(cmp.campaignWideReported().getAsLong())
                            + (cmp.campaignWide().stream().anyMatch(org.leafdrop.model.CampaignReport::reportedLeafletsAssumed)
                            ? "*" : ""), count(cmp.releasedLeaflets()),
                    count(cmp.landedInTargets()) + f(" (%.0f %%)", 100.0 * cmp.landedInTargets()
                            / Math.max(1, cmp.releasedLeaflets())), NONE, NONE, NONE, NONE);
        }
        section(out, "Reported and simulated per target (released: by the sorties aimed at it; landed inside: "
                + "from all sorties; %: of released)", t);
        List<String> notes = new ArrayList<>();
        for (org.leafdrop.planning.ReportComparison.Row row : cmp.targets()) {
            for (org.leafdrop.model.CampaignReport rep : row.reports()) {
                notes.add(f("  %s, %s: %s leaflets%s; %s", row.id(), rep.date(), count(rep.reportedLeaflets()),
                        rep.reportedText().map(x -> " (assumed from \"" + x + "\")").orElse(""), rep.source()));
            }
        }
        for (org.leafdrop.model.CampaignReport rep : cmp.campaignWide()) {
            notes.add(f("  whole campaign, %s: %s leaflets%s; %s", rep.date(), count(rep.reportedLeaflets()),
                    rep.reportedText().map(x -> " (assumed from \"" + x + "\")").orElse(""), rep.source()));
        }
        out.append('\n').append(notes.isEmpty() ? "No reports in the plan (add \"reports\" to compare with what "
                + "was published)." : "Reports" + (cmp.targets().stream().anyMatch(
                        org.leafdrop.planning.ReportComparison.Row::reportAssumed) || cmp.campaignWide().stream()
                        .anyMatch(org.leafdrop.model.CampaignReport::reportedLeafletsAssumed)
                        ? " (* assumed from wording)" : "")
                + ":").append('\n');
        notes.forEach(n -> out.append(n).append('\n'));
        return out.toString();
    }

    private static String utc(double epochS) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.ofEpochSecond(Math.round(epochS)));
    }

    private static String count(long n) {
        return f("%,d", n);
    }

    /** Seconds as "m:ss" (minutes may exceed 59), rounded to the second. */
    static String minSec(double seconds) {
        long s = Math.round(seconds);
        return f("%d:%02d", s / 60, s % 60);
    }

    /** Columns sized to their widest cell: the first left-aligned, the others right-aligned. */
    private static final class Table {
        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            rows.add(header);
        }

        void row(String... cells) {
            rows.add(cells);
        }

        void appendTo(StringBuilder out) {
            int columns = rows.get(0).length;
            int[] width = new int[columns];
            for (String[] row : rows) {
                for (int c = 0; c < columns; c++) {
                    width[c] = Math.max(width[c], row[c].length());
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                String[] row = rows.get(i);
                StringBuilder line = new StringBuilder("  ");
                for (int c = 0; c < columns; c++) {
                    if (c > 0) {
                        line.append("  ");
                    }
                    String pad = " ".repeat(width[c] - row[c].length());
                    line.append(c == 0 ? row[c] + pad : pad + row[c]);
                }
                out.append(line.toString().stripTrailing()).append('\n');
                if (i == 0) {
                    out.append("  ").append("-".repeat(line.length() - 2)).append('\n');
                }
            }
        }
    }
}
