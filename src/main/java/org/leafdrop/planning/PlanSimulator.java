package org.leafdrop.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.coverage.RunInfo;
import org.leafdrop.model.Plan;
import org.leafdrop.sim.DoctrinalDrift;
import org.leafdrop.sim.DoctrinalMethod;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.PreparedSortie;
import org.leafdrop.sim.ProgressMonitor;
import org.leafdrop.sim.Scenario;
import org.leafdrop.sim.SimulationRun;

/**
 * A whole simulation of a plan as the command line and the window both run it: the scenario,
 * the particle run, the doctrinal figures beside it and the assembled result. One place, so the
 * window shows exactly what {@code leafdrop simulate} prints. Thread-safe (no state).
 */
public final class PlanSimulator {
    /** A simulated plan. */
    public record Simulated(Plan plan, Scenario scenario, SimulationRun run, PlanResult result) {
    }

    private PlanSimulator() {
    }

    /**
     * Simulates a plan.
     *
     * @param planWarnings warnings found when the plan was read, carried into the result
     * @param version      the program version for the result's run information
     * @throws IllegalArgumentException when the plan cannot be simulated (the message says why)
     * @throws org.leafdrop.sim.CancelledException when the monitor asks to stop
     */
    public static Simulated simulate(Plan plan, int particlesPerSortie, long seed, int threads,
                                     List<String> planWarnings, String version, ProgressMonitor monitor) {
        return simulate(Scenario.prepare(plan), particlesPerSortie, seed, threads, planWarnings, version, monitor);
    }

    /** Simulates a scenario already prepared (the command line prepares it first to report its problems). */
    public static Simulated simulate(Scenario scenario, int particlesPerSortie, long seed, int threads,
                                     List<String> planWarnings, String version, ProgressMonitor monitor) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        SimulationRun run = new ParticleEngine(threads).run(scenario, particlesPerSortie, seed,
                scenario.plan().simulation().timeStepS(), monitor);
        return assemble(scenario, run, threads, planWarnings, version, started, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * The result of a run already made: the doctrinal figures beside it, the scenario's assumptions
     * after the plan's warnings, and the run information.
     */
    public static Simulated assemble(Scenario scenario, SimulationRun run, int threads, List<String> planWarnings,
                                     String version, Instant started, long elapsedMs) {
        Plan plan = scenario.plan();
        List<DoctrinalDrift> doctrinal = new ArrayList<>();
        for (PreparedSortie ps : scenario.sorties()) {
            doctrinal.add(DoctrinalMethod.forSortie(scenario, ps));
        }
        List<String> warnings = new ArrayList<>(planWarnings);
        warnings.addAll(scenario.assumptions());
        RunInfo info = new RunInfo(version, threads, elapsedMs, System.getProperty("java.version"), started);
        return new Simulated(plan, scenario, run, PlanResult.build(plan, run, doctrinal, warnings, info));
    }
}
