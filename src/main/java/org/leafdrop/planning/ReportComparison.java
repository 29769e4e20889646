package org.leafdrop.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.coverage.TargetCoverage;
import org.leafdrop.model.CampaignFacts;
import org.leafdrop.model.CampaignReport;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;

/**
 * What was reported beside what the simulation gives, per target of a replayed campaign: the
 * leaflets reported dropped on it, the leaflets the plan's sorties for it release, the leaflets
 * simulated landing inside it, and both as leaflets per km2 and per resident. A report says how
 * many were dropped "on" a place; the simulation says how many of them land inside the drawn
 * area: the difference is what the wind carried elsewhere. Immutable.
 *
 * @param targets          one row per target, plan order
 * @param campaignWide     reports not about one target (no {@code targetId})
 * @param releasedLeaflets leaflets all the plan's sorties release
 * @param landedInTargets  simulated leaflets landing in some target (each counted once)
 */
public record ReportComparison(List<Row> targets, List<CampaignReport> campaignWide, long releasedLeaflets,
                               long landedInTargets) {
    public ReportComparison {
        targets = List.copyOf(targets);
        campaignWide = List.copyOf(campaignWide);
    }

    /**
     * One target.
     *
     * @param reportedLeaflets  sum of the reports about it; empty when none is
     * @param reportAssumed     true when some report's count is assumed from wording ("millions")
     * @param releasedLeaflets  leaflets of the sorties aimed at it ({@code targetId})
     * @param landedLeaflets    simulated leaflets landing inside it (all sorties)
     */
    public record Row(int targetIndex, String id, String name, double areaKm2, OptionalLong population,
                      OptionalLong reportedLeaflets, boolean reportAssumed, List<CampaignReport> reports,
                      long releasedLeaflets, long landedLeaflets) {
        public Row {
            reports = List.copyOf(reports);
        }

        public OptionalDouble reportedPerKm2() {
            return reportedLeaflets.isPresent() && areaKm2 > 0
                    ? OptionalDouble.of(reportedLeaflets.getAsLong() / areaKm2) : OptionalDouble.empty();
        }

        public double landedPerKm2() {
            return areaKm2 > 0 ? landedLeaflets / areaKm2 : 0;
        }

        public OptionalDouble reportedPerResident() {
            return reportedLeaflets.isPresent() && population.isPresent() && population.getAsLong() > 0
                    ? OptionalDouble.of((double) reportedLeaflets.getAsLong() / population.getAsLong())
                    : OptionalDouble.empty();
        }

        public OptionalDouble landedPerResident() {
            return population.isPresent() && population.getAsLong() > 0
                    ? OptionalDouble.of((double) landedLeaflets / population.getAsLong()) : OptionalDouble.empty();
        }

        /** Share of the leaflets released for this target that land inside it, when some are. */
        public OptionalDouble landedShareOfReleased() {
            return releasedLeaflets > 0 ? OptionalDouble.of(Math.min(1.0 * landedLeaflets / releasedLeaflets, 9.99))
                    : OptionalDouble.empty();
        }
    }

    /** The comparison for a simulated plan (its result's targets are in plan order). */
    public static ReportComparison of(Plan plan, PlanResult result) {
        CampaignFacts facts = CampaignFacts.of(plan);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < plan.targets().size(); i++) {
            Target t = plan.targets().get(i);
            TargetCoverage c = result.targets().get(i);
            List<CampaignReport> about = facts.reports().stream()
                    .filter(r -> r.targetId().map(t.id()::equals).orElse(false)).toList();
            OptionalLong reported = about.isEmpty() ? OptionalLong.empty()
                    : OptionalLong.of(about.stream().mapToLong(CampaignReport::reportedLeaflets).sum());
            long released = 0;
            for (Sortie s : plan.sorties()) {
                if (s.targetId().map(t.id()::equals).orElse(false)) {
                    released += result.sorties().stream().filter(r -> r.id().equals(s.id())).findFirst()
                            .map(r -> r.leaflets()).orElse(0L);
                }
            }
            rows.add(new Row(i, t.id(), t.name().orElse(t.id()), c.areaKm2(), t.population(), reported,
                    about.stream().anyMatch(CampaignReport::reportedLeafletsAssumed), about, released,
                    c.leafletsInside()));
        }
        List<CampaignReport> wide = facts.reports().stream().filter(r -> r.targetId().isEmpty()).toList();
        return new ReportComparison(rows, wide, result.totals().leaflets(), result.totals().leafletsInTargets());
    }

    /** The campaign-wide reports' total, when there are any. */
    public OptionalLong campaignWideReported() {
        return campaignWide.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(campaignWide.stream().mapToLong(CampaignReport::reportedLeaflets).sum());
    }
}
