package org.leafdrop.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.Plan;
import org.leafdrop.sim.DoctrinalDrift;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.SortieLandings;

/**
 * The whole outcome of simulating a plan: what {@code simulate} prints and writes as
 * {@code *.result.json} (PLAN-FORMAT.md, "Result file"). Everything but {@link #run()} depends
 * only on the plan and the seed. Immutable and thread-safe.
 *
 * @param sorties    per sortie, plan order
 * @param targets    per target, plan order
 * @param exclusions per exclusion, plan order
 * @param warnings   for the analyst, in the order they are shown
 * @param run        how the run was made (timings, versions)
 */
public record PlanResult(String planName, long seed, int particlesPerSortie, List<SortieResult> sorties,
                         List<TargetCoverage> targets, List<ExclusionCoverage> exclusions, CoverageTotals totals,
                         List<String> warnings, RunInfo run) {
    public PlanResult {
        Objects.requireNonNull(planName, "planName");
        sorties = List.copyOf(sorties);
        targets = List.copyOf(targets);
        exclusions = List.copyOf(exclusions);
        Objects.requireNonNull(totals, "totals");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(run, "run");
        if (particlesPerSortie < 1) {
            throw new IllegalArgumentException("particlesPerSortie must be at least 1, was " + particlesPerSortie);
        }
    }

    /**
     * Assembles the result of a run: statistics per sortie, coverage of targets and exclusions,
     * and warnings (the caller's {@code extraWarnings} first, then coverage, then particles that
     * did not land).
     *
     * @param plan               the plan that was simulated
     * @param run                its landings, one entry per sortie in plan order
     * @param doctrinalPerSortie the doctrinal drift of each sortie, same order as the run's sorties
     * @param extraWarnings      earlier warnings, such as the plan's own and assumptions made
     */
    public static PlanResult build(Plan plan, SimulationRun run, List<DoctrinalDrift> doctrinalPerSortie,
                                   List<String> extraWarnings, RunInfo runInfo) {
        if (doctrinalPerSortie.size() != run.sorties().size()) {
            throw new IllegalArgumentException("need one doctrinal drift per sortie: " + doctrinalPerSortie.size()
                    + " for " + run.sorties().size() + " sorties");
        }
        LocalFrame frame = run.frame();
        List<SortieResult> sorties = new ArrayList<>();
        List<String> notLanded = new ArrayList<>();
        for (int i = 0; i < run.sorties().size(); i++) {
            SortieLandings s = run.sorties().get(i);
            sorties.add(new SortieResult(s.sortieId(), s.leaflets(), s.particles(), s.particlesNotLanded(),
                    SortieStatistics.of(s, frame), doctrinal(frame, s, doctrinalPerSortie.get(i))));
            if (s.particlesNotLanded() > 0) {
                notLanded.add(String.format(Locale.ROOT, "%,d particles of sortie %s did not land within the time limit",
                        s.particlesNotLanded(), s.sortieId()));
            }
        }
        CoverageReport coverage = CoverageReport.analyse(plan, run);
        List<String> warnings = new ArrayList<>(extraWarnings);
        warnings.addAll(coverage.warnings());
        warnings.addAll(notLanded);
        return new PlanResult(plan.name(), run.seed(), run.particlesPerSortie(), sorties, coverage.targets(),
                coverage.exclusions(), coverage.totals(), warnings, runInfo);
    }

    /** The doctrinal landing point is the release centroid plus the drift vector in the frame. */
    private static SortieResult.Doctrinal doctrinal(LocalFrame frame, SortieLandings s, DoctrinalDrift d) {
        double e = s.releaseCentroidEastM();
        double n = s.releaseCentroidNorthM();
        SortieStatistics.Centroid release = SortieStatistics.Centroid.at(frame, e, n);
        SortieStatistics.Centroid landing = SortieStatistics.Centroid.at(frame, e + d.driftEastM(), n + d.driftNorthM());
        Geodesy.DistanceBearing drift = SortieStatistics.geodesicDrift(release.lonLat(), landing.lonLat());
        return new SortieResult.Doctrinal(d.fallTimeS(), drift.distanceM(), drift.bearingDeg());
    }
}
