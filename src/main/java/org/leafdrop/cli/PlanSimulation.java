package org.leafdrop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Severity;
import org.leafdrop.io.ProgramVersion;
import org.leafdrop.planning.PlanSimulator;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.Scenario;
import org.leafdrop.sim.SimulationRun;

/**
 * Reads a plan, simulates it and assembles the result: what {@code simulate} and {@code export}
 * share. Problems of the plan are printed as they are found; a plan that cannot be simulated gives
 * an empty result (exit code 2), an option or a size that cannot be honoured a
 * {@link UserInputException}.
 */
final class PlanSimulation {
    /** A simulated plan: the plan, its scenario, the landings and the assembled result. */
    record Simulated(Plan plan, Scenario scenario, SimulationRun run, PlanResult result) {
    }

    private PlanSimulation() {
    }

    /**
     * Reads a plan that has something to simulate, printing its problems; empty (exit code 2)
     * when it has errors or no sortie.
     */
    static Optional<Loaded<Plan>> load(Path planFile, PrintWriter err) {
        Loaded<Plan> loaded = PlanLoading.read(planFile);
        PlanLoading.print(loaded, err);
        if (loaded.hasErrors()) {
            return Optional.empty();
        }
        if (loaded.value().orElseThrow().sorties().isEmpty()) {
            Problem where = loaded.warnings().stream().filter(w -> w.jsonPath().equals("$.sorties")).findFirst()
                    .orElse(Problem.warning("$.sorties", "").inFile(planFile, 1, 1));
            err.println(new Problem(Severity.ERROR, Optional.of(planFile), "$.sorties", where.line(), where.column(),
                    "nothing to simulate (the plan has no sorties)").format());
            return Optional.empty();
        }
        return Optional.of(loaded);
    }

    /** A plan read and prepared for a run with the options applied. */
    record Prepared(Plan plan, Scenario scenario, int particles, long seed, int threads, List<String> warnings) {
    }

    /** Reads and prepares a plan; empty (exit code 2) when it has errors or no sortie (printed). */
    static Optional<Prepared> prepare(Path planFile, SimulationOptions options, PrintWriter err) {
        options.check();
        Optional<Loaded<Plan>> read = load(planFile, err);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Loaded<Plan> loaded = read.get();
        Plan p = loaded.value().orElseThrow();
        Scenario scenario;
        try {
            scenario = Scenario.prepare(p);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserInputException(planFile + ": " + e.getMessage());
        }
        int n = options.particlesOr(p.simulation());
        checkSize(planFile, p, n);
        List<String> warnings = new ArrayList<>();
        for (Problem w : loaded.warnings()) {
            warnings.add(w.jsonPath() + ": " + w.message());
        }
        return Optional.of(new Prepared(p, scenario, n, options.seedOr(p.simulation()), options.threadsOrProcessors(),
                warnings));
    }

    /**
     * Replays a campaign plan (the run of {@link #run} with paths recorded); empty (exit code 2)
     * when the plan has errors, no sortie, or no release time (printed).
     */
    static Optional<org.leafdrop.planning.CampaignReplay> replay(Path planFile, SimulationOptions options,
                                                               PrintWriter err) {
        Optional<Prepared> prepared = prepare(planFile, options, err);
        if (prepared.isEmpty()) {
            return Optional.empty();
        }
        Prepared p = prepared.get();
        Optional<String> why = org.leafdrop.planning.CampaignReplay.whyNotReplayable(p.plan());
        if (why.isPresent()) {
            notReplayable(planFile, why.get(), err);
            return Optional.empty();
        }
        try {
            return Optional.of(org.leafdrop.planning.CampaignReplay.run(p.scenario(), p.particles(), p.seed(),
                    p.threads(), org.leafdrop.planning.CampaignReplay.DEFAULT_TRACED_PER_SORTIE, p.warnings(),
                    ProgramVersion.current(), new CliProgress(err, System.console() != null)));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(planFile + ": " + e.getMessage());
        }
    }

    /** Says why a plan cannot be replayed, at its {@code "sorties"}. */
    static void notReplayable(Path planFile, String why, PrintWriter err) {
        int[] at = where(planFile, "\"sorties\"");
        err.println(new Problem(Severity.ERROR, Optional.of(planFile), "$.sorties", at[0], at[1], why).format());
        err.flush();
    }

    /** Line and column (1-based) of the first occurrence of a text in a file, or 1:1. */
    private static int[] where(Path file, String text) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                int c = lines.get(i).indexOf(text);
                if (c >= 0) {
                    return new int[] {i + 1, c + 1};
                }
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // the plan was read a moment ago; if it cannot be read again, point at its start
        }
        return new int[] {1, 1};
    }

    static Optional<Simulated> run(Path planFile, SimulationOptions options, PrintWriter err) {
        Optional<Prepared> prepared = prepare(planFile, options, err);
        if (prepared.isEmpty()) {
            return Optional.empty();
        }
        Prepared p = prepared.get();
        CliProgress progress = new CliProgress(err, System.console() != null);
        PlanSimulator.Simulated done;
        try {
            done = PlanSimulator.simulate(p.scenario(), p.particles(), p.seed(), p.threads(), p.warnings(),
                    ProgramVersion.current(), progress);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(planFile + ": " + e.getMessage());
        }
        return Optional.of(new Simulated(p.plan(), done.scenario(), done.run(), done.result()));
    }

    /** Runs a simulated plan's weather ensemble with the same seed, particles and threads. */
    static org.leafdrop.planning.EnsembleRun.Summary ensemble(Simulated s, SimulationOptions options,
                                                              PrintWriter err) {
        return new org.leafdrop.planning.EnsembleRun(new ParticleEngine(options.threadsOrProcessors())).run(s.plan(),
                s.run().particlesPerSortie(), s.run().seed(), new CliProgress(err, System.console() != null));
    }

    /** Particles the run can hold, and memory Java may use for them. */
    private static void checkSize(Path planFile, Plan p, int n) {
        if (!ParticleEngine.fitsInOneRun(p.sorties().size(), n)) {
            throw new UserInputException(String.format(Locale.ROOT,
                    "%s: %,d particles per sortie x %d sorties is more than the %,d one run can hold; "
                            + "lower --particles", planFile, n, p.sorties().size(), ParticleEngine.MAX_TOTAL_PARTICLES));
        }
        long needed = ParticleEngine.bytesNeeded(p.sorties().size(), n);
        long available = Runtime.getRuntime().maxMemory();
        if (needed > available) {
            throw new UserInputException(String.format(Locale.ROOT,
                    "%s: %,d particles per sortie x %d sorties need about %.1f GB of memory, more than the %.1f GB "
                            + "Java may use here: lower --particles, or give Java more (e.g. LEAFDROP_JAVA_OPTS=-Xmx%dg)",
                    planFile, n, p.sorties().size(), needed / 1e9, available / 1e9,
                    (long) Math.ceil(needed / 1e9) + 1));
        }
    }
}
