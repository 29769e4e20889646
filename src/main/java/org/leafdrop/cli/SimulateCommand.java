package org.leafdrop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.io.AtomicFiles;
import org.leafdrop.io.ResultJson;
import org.leafdrop.planning.EnsembleRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code leafdrop simulate PLAN}: the Monte Carlo run, a summary table, and the result file with -o. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate where the leaflets land; print a summary table.",
            "The result JSON is written only with -o."})
final class SimulateCommand extends PlanCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "RESULT",
            description = "Write the result JSON here ('-' for standard output; the summary then goes to stderr).")
    Path output;

    @Option(names = "--ensemble", description = "Also run every weather.ensemble member (or, without one, wind speed x0.8/1.0/1.2 with direction -15/0/+15 deg) and add probabilities to the result.")
    boolean ensemble;

    @Option(names = "--preview", description = {"Only the fast-path landing of each sortie (direct integral, no",
        "particles): what the window shows while a track is dragged."})
    boolean preview;

    @Mixin
    SimulationOptions options;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (preview) {
            return preview(out, err);
        }
        boolean toStdout = output != null && output.toString().equals("-");
        if (output != null && !toStdout) {
            PlanLoading.checkOutput(output, plan, "-o");
        }
        Optional<PlanSimulation.Simulated> simulated = PlanSimulation.run(plan, options, err);
        if (simulated.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        PlanResult result = simulated.get().result();
        Optional<EnsembleRun.Summary> odds = Optional.empty();
        if (ensemble) {
            odds = Optional.of(PlanSimulation.ensemble(simulated.get(), options, err));
        }
        String summary = SummaryTable.format(result) + odds.map(SummaryTable::ensemble).orElse("");
        if (toStdout) {
            err.print(summary);
            err.flush();
            out.print(ResultJson.toJson(result, odds));
            out.flush();
            return ExitCodes.OK;
        }
        out.print(summary);
        out.flush();
        if (output != null) {
            try {
                AtomicFiles.writeString(PlanLoading.writeTarget(output), ResultJson.toJson(result, odds));
            } catch (java.io.IOException e) {
                throw new UserInputException("-o " + output + ": cannot write the result (" + e.getMessage() + ")");
            }
            err.println("Result written to " + output);
        }
        return ExitCodes.OK;
    }

    private int preview(PrintWriter out, PrintWriter err) {
        if (output != null || ensemble) {
            throw new UserInputException("--preview prints the fast-path landings only; it takes neither -o nor --ensemble");
        }
        Optional<org.leafdrop.model.Loaded<org.leafdrop.model.Plan>> read = PlanSimulation.load(plan, err);
        if (read.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        java.util.List<org.leafdrop.planning.LandingPreview.SortiePreview> rows;
        try {
            rows = org.leafdrop.planning.LandingPreview.compute(read.get().value().orElseThrow(), Optional.empty());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserInputException(plan + ": " + e.getMessage());
        }
        out.println("Fast-path preview (no turbulence, no particles; ellipses estimated):");
        out.printf(java.util.Locale.ROOT, "%-10s %9s %9s %8s  %-22s %-17s %9s%n", "sortie", "fall", "drift km",
                "toward", "lands at", "MGRS", "1σ km");
        for (var r : rows) {
            var ll = r.landingCentroid().lonLat();
            out.printf(java.util.Locale.ROOT, "%-10s %9s %9.2f %7.0f°  %-22s %-17s %4.2f/%4.2f%n", r.sortieId(),
                    SummaryTable.minSec(r.fallTimeS()), r.driftM() / 1000, r.driftBearingDeg(),
                    org.leafdrop.geo.Coordinates.decimalDegrees(ll.lonDeg(), ll.latDeg()),
                    org.leafdrop.geo.Coordinates.mgrs(ll.lonDeg(), ll.latDeg()), r.ellipse().sigmaMajorM() / 1000,
                    r.ellipse().sigmaMinorM() / 1000);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
