package org.leafdrop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leafdrop.geo.Coordinates;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.planning.ReleaseOptimizer;
import org.leafdrop.planning.ReleasePointSolver;
import org.leafdrop.sim.ParticleEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code leafdrop solve PLAN}: move each sortie's track so its leaflets land on its target's centroid. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Move each sortie's release track (same heading, length and altitude) so that its landing centroid falls on its target's centroid; print the moves. The solved plan is written only with -o.")
final class SolveCommand extends PlanCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "PLAN2", description = "Write the solved plan here.")
    Path output;

    @Option(names = "--sortie", paramLabel = "ID", description = "Solve only this sortie.")
    String sortie;

    @Option(names = "--optimize", description = "Also choose heading, track length, altitude (within the sortie's minAltitudeAglM..maxAltitudeAglM) and count (minLeafletCount..maxLeafletCount) to maximise the score: target area at the desired density minus 10 x the share of leaflets in exclusions.")
    boolean optimize;

    @Option(names = "--budget", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time limit of --optimize (default ${DEFAULT-VALUE} s); the best plan so far is kept.")
    long budgetS;

    @Mixin
    SimulationOptions options;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        options.check();
        if (budgetS < 1) {
            throw new UserInputException("--budget " + budgetS + ": must be at least 1 second");
        }
        if (output != null) {
            PlanLoading.checkOutput(output, plan, "-o");
        }
        Optional<Loaded<Plan>> loaded = PlanSimulation.load(plan, err);
        if (loaded.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        Plan p = loaded.get().value().orElseThrow();
        int n = options.particlesOr(p.simulation());
        long seed = options.seedOr(p.simulation());
        int threads = options.threadsOrProcessors();
        ReleasePointSolver.Solution solution;
        ParticleEngine engine = new ParticleEngine(threads);
        try {
            Plan start = p;
            Optional<ReleaseOptimizer.Result> optimized = Optional.empty();
            if (optimize) {
                // scoring runs use at most 2,000 particles per sortie: enough to rank candidates
                int scoring = Math.min(n, 2000);
                optimized = Optional.of(new ReleaseOptimizer(engine).optimize(p, scoring, seed, budgetS * 1000,
                        new CliProgress(err, System.console() != null)));
                start = optimized.get().plan();
            }
            solution = new ReleasePointSolver(engine).solve(start, Optional.ofNullable(sortie), n, seed,
                    new CliProgress(err, System.console() != null));
            if (optimized.isPresent()) {
                printOptimization(p, optimized.get(), out);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserInputException(plan + ": " + e.getMessage());
        }
        print(solution, out);
        solution.skipped().forEach(s -> err.println(plan + ": warning: " + s));
        if (output != null) {
            PlanLoading.writePlan(solution.plan(), output, "Solved plan", err);
        }
        return ExitCodes.OK;
    }

    private static void printOptimization(Plan before, ReleaseOptimizer.Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "Optimisation: score %.4f -> %.4f (%d candidates%s)%n", r.scoreBefore(), r.scoreAfter(),
                r.candidatesScored(), r.stoppedByBudget() ? ", stopped by the time budget" : "");
        out.println("  score = share of target area at the desired density - 10 x share of leaflets in exclusions");
        for (int i = 0; i < before.sorties().size(); i++) {
            org.leafdrop.model.Sortie a = before.sorties().get(i);
            org.leafdrop.model.Sortie b = r.plan().sorties().get(i);
            if (a.equals(b)) {
                continue;
            }
            out.printf(Locale.ROOT, "  sortie %s: altitude %,.0f -> %,.0f m AGL, leaflets %,d -> %,d, %s -> %s%n", a.id(),
                    a.altitudeAglM(), b.altitudeAglM(), a.leafletCount().orElse(0), b.leafletCount().orElse(0),
                    describe(a.track()), describe(b.track()));
        }
        out.println();
    }

    /** "track 2.0 km heading 040 deg" for a line, "point release" for a point. */
    private static String describe(org.leafdrop.model.TrackGeometry t) {
        if (t.isPoint()) {
            return "point release";
        }
        LonLat a = t.positions().get(0);
        LonLat b = t.positions().get(t.positions().size() - 1);
        org.leafdrop.geo.Geodesy.DistanceBearing d = org.leafdrop.geo.Geodesy.inverse(a.lonDeg(), a.latDeg(), b.lonDeg(),
                b.latDeg());
        return String.format(Locale.ROOT, "track %.1f km heading %03.0f deg", d.distanceM() / 1000, d.bearingDeg());
    }

    private static void print(ReleasePointSolver.Solution s, PrintWriter out) {
        out.println("Release tracks moved so that each sortie's landing centroid falls on its target's centroid");
        out.println();
        for (ReleasePointSolver.Move m : s.moves()) {
            out.printf(Locale.ROOT, "Sortie %s -> target %s%n", m.sortieId(), m.targetId());
            out.printf(Locale.ROOT, "  miss before   %,10.0f m%n", m.missBeforeM());
            out.printf(Locale.ROOT, "  move          %,10.0f m toward %05.1f deg%n", m.offsetM(), m.offsetBearingDeg());
            out.printf(Locale.ROOT, "  miss after    %,10.1f m (simulated again with the same seed)%n", m.missAfterM());
            List<LonLat> after = m.after().positions();
            out.printf(Locale.ROOT, "  new start     %s   %s%n", Coordinates.decimalDegrees(after.get(0).lonDeg(),
                    after.get(0).latDeg()), Coordinates.mgrs(after.get(0).lonDeg(), after.get(0).latDeg()));
            if (after.size() > 1) {
                LonLat end = after.get(after.size() - 1);
                out.printf(Locale.ROOT, "  new end       %s   %s%n", Coordinates.decimalDegrees(end.lonDeg(),
                        end.latDeg()), Coordinates.mgrs(end.lonDeg(), end.latDeg()));
            }
        }
        if (s.moves().isEmpty()) {
            out.println("No sortie with a target to solve.");
        }
        out.flush();
    }
}
