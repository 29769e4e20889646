package org.leafdrop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.coverage.RunInfo;
import org.leafdrop.io.AtomicFiles;
import org.leafdrop.io.ResultJson;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Severity;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.sim.DoctrinalDrift;
import org.leafdrop.sim.DoctrinalMethod;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.PreparedSortie;
import org.leafdrop.sim.Scenario;
import org.leafdrop.sim.SimulationRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code leafdrop simulate PLAN}: the Monte Carlo run, a summary table, and the result file with -o. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate where the leaflets land; print a summary table.",
            "The result JSON is written only with -o."})
final class SimulateCommand extends PlanCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "RESULT",
            description = "Write the result JSON here ('-' for standard output; the summary then goes to stderr).")
    Path output;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the plan's).")
    Long seed;

    @Option(names = "--particles", paramLabel = "N",
            description = "Particles per sortie, 1 to 10,000,000 (default: the plan's).")
    Integer particles;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per processor).")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        checkOptions();
        boolean toStdout = output != null && output.toString().equals("-");
        if (output != null && !toStdout) {
            PlanLoading.checkOutput(output, plan, "-o");
        }
        Loaded<Plan> loaded = PlanLoading.read(plan);
        PlanLoading.print(loaded, err);
        if (loaded.hasErrors()) {
            return ExitCodes.INVALID_INPUT;
        }
        Plan p = loaded.value().orElseThrow();
        if (p.sorties().isEmpty()) {
            Problem where = loaded.warnings().stream().filter(w -> w.jsonPath().equals("$.sorties")).findFirst()
                    .orElse(Problem.warning("$.sorties", "").inFile(plan, 1, 1));
            err.println(new Problem(Severity.ERROR, Optional.of(plan), "$.sorties", where.line(), where.column(),
                    "nothing to simulate (the plan has no sorties)").format());
            return ExitCodes.INVALID_INPUT;
        }
        SimulationSettings settings = p.simulation();
        int n = particles != null ? particles : settings.particlesPerSortie();
        long s = seed != null ? seed : settings.seed();
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Scenario scenario;
        try {
            scenario = Scenario.prepare(p);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserInputException(plan + ": " + e.getMessage());
        }
        if ((long) n * p.sorties().size() > ParticleEngine.MAX_TOTAL_PARTICLES) {
            throw new UserInputException(String.format(java.util.Locale.ROOT,
                    "%s: %,d particles per sortie x %d sorties is more than the %,d one run can hold; "
                            + "lower --particles", plan, n, p.sorties().size(), ParticleEngine.MAX_TOTAL_PARTICLES));
        }
        long needed = ParticleEngine.bytesNeeded(p.sorties().size(), n);
        long available = Runtime.getRuntime().maxMemory();
        if (needed > available) {
            throw new UserInputException(String.format(java.util.Locale.ROOT,
                    "%s: %,d particles per sortie x %d sorties need about %.1f GB of memory, more than the %.1f GB "
                            + "Java may use here: lower --particles, or give Java more (e.g. LEAFDROP_JAVA_OPTS=-Xmx%dg)",
                    plan, n, p.sorties().size(), needed / 1e9, available / 1e9, (long) Math.ceil(needed / 1e9) + 1));
        }
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        CliProgress progress = new CliProgress(err, System.console() != null);
        SimulationRun run;
        try {
            run = new ParticleEngine(t).run(scenario, n, s, settings.timeStepS(), progress);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(plan + ": " + e.getMessage());
        }
        List<DoctrinalDrift> doctrinal = new ArrayList<>();
        for (PreparedSortie ps : scenario.sorties()) {
            doctrinal.add(DoctrinalMethod.forSortie(scenario, ps));
        }
        List<String> warnings = new ArrayList<>();
        for (Problem w : loaded.warnings()) {
            warnings.add(w.jsonPath() + ": " + w.message());
        }
        warnings.addAll(scenario.assumptions());
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        RunInfo info = new RunInfo(LeafdropCli.Version.version(), t, elapsedMs, System.getProperty("java.version"),
                started);
        PlanResult result = PlanResult.build(p, run, doctrinal, warnings, info);
        if (toStdout) {
            err.print(SummaryTable.format(result));
            err.flush();
            out.print(ResultJson.toJson(result));
            out.flush();
            return ExitCodes.OK;
        }
        out.print(SummaryTable.format(result));
        out.flush();
        if (output != null) {
            try {
                AtomicFiles.writeString(PlanLoading.writeTarget(output), ResultJson.toJson(result));
            } catch (java.io.IOException e) {
                throw new UserInputException("-o " + output + ": cannot write the result (" + e.getMessage() + ")");
            }
            err.println("Result written to " + output);
        }
        return ExitCodes.OK;
    }

    private void checkOptions() {
        if (particles != null && (particles < 1 || particles > SimulationSettings.MAX_PARTICLES_PER_SORTIE)) {
            throw new UserInputException("--particles " + particles + ": must be from 1 to 10,000,000");
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new UserInputException("--threads " + threads + ": must be from 1 to 1024");
        }
    }
}
