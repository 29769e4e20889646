package org.leafdrop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leafdrop.geo.Coordinates;
import org.leafdrop.io.PlanWriter;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.planning.ReleasePointSolver;
import org.leafdrop.sim.ParticleEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code leafdrop solve PLAN}: move each sortie's track so its leaflets land on its target's centroid. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Move each sortie's release track (same heading, length and altitude) so that its landing",
            "centroid falls on its target's centroid; print the moves. The solved plan is written only with -o."})
final class SolveCommand extends PlanCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "PLAN2", description = "Write the solved plan here.")
    Path output;

    @Option(names = "--sortie", paramLabel = "ID", description = "Solve only this sortie.")
    String sortie;

    @Option(names = "--optimize", description = "Also choose heading, altitude, length and count (not built yet).")
    boolean optimize;

    @Mixin
    SimulationOptions options;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (optimize) {
            throw new UserInputException("--optimize: not built yet in this version; solve without it moves the "
                    + "tracks onto their targets");
        }
        options.check();
        if (output != null) {
            PlanLoading.checkOutput(output, plan, "-o");
        }
        Optional<Loaded<Plan>> loaded = PlanSimulation.load(plan, err);
        if (loaded.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        Plan p = loaded.get().value().orElseThrow();
        int n = options.particles != null ? options.particles : p.simulation().particlesPerSortie();
        long seed = options.seed != null ? options.seed : p.simulation().seed();
        int threads = options.threads != null ? options.threads : Runtime.getRuntime().availableProcessors();
        ReleasePointSolver.Solution solution;
        try {
            solution = new ReleasePointSolver(new ParticleEngine(threads)).solve(p, Optional.ofNullable(sortie), n, seed,
                    new CliProgress(err, System.console() != null));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserInputException(plan + ": " + e.getMessage());
        }
        print(solution, out);
        solution.skipped().forEach(s -> err.println(plan + ": warning: " + s));
        if (output != null) {
            try {
                new PlanWriter().write(solution.plan(), PlanLoading.writeTarget(output));
            } catch (IOException e) {
                throw new UserInputException("-o " + output + ": cannot write the plan (" + e.getMessage() + ")");
            }
            err.println("Solved plan written to " + output);
        }
        return ExitCodes.OK;
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
