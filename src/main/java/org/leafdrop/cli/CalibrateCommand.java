package org.leafdrop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leafdrop.model.CampaignFacts;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Severity;
import org.leafdrop.model.Turbulence;
import org.leafdrop.planning.Calibration;
import org.leafdrop.sim.ParticleEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code leafdrop calibrate PLAN}: fit the descent spread and the turbulence strength to the
 * plan's {@code observations} and print the fit; with -o, write the plan with the fitted values.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit the descent spread and the turbulence strength to the plan's observations and print the fit. With -o, write a copy of the plan carrying the fitted values: each leaflet type the sorties use as a plan-local leafletTypes entry with the fitted descentSpreadFraction, and the scaled turbulence in weather.turbulence.")
final class CalibrateCommand extends PlanCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "PLAN2", description = "Write the calibrated plan here.")
    Path output;

    @Option(names = "--particles", paramLabel = "N",
            description = "Particles per sortie of every candidate run (default ${DEFAULT-VALUE}).")
    int particles = Calibration.Options.DEFAULT.particlesPerSortie();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per processor).")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (particles < 1 || particles > 1_000_000) {
            throw new UserInputException("--particles " + particles + ": must be from 1 to 1,000,000");
        }
        SimulationOptions.checkThreads(threads);
        if (output != null) {
            PlanLoading.checkOutput(output, plan, "-o");
        }
        Optional<Loaded<Plan>> loaded = PlanSimulation.load(plan, err);
        if (loaded.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        Plan p = loaded.get().value().orElseThrow();
        if (CampaignFacts.of(p).observations().isEmpty()) {
            err.println(new Problem(Severity.ERROR, Optional.of(plan), "$.observations", 1, 1,
                    "nothing to calibrate against: the plan has no `observations`").format());
            return ExitCodes.INVALID_INPUT;
        }
        if (!ParticleEngine.fitsInOneRun(p.sorties().size(), particles)) {
            throw new UserInputException(String.format(Locale.ROOT, "%s: %,d particles per sortie x %d sorties is "
                    + "more than one run can hold; lower --particles", plan, particles, p.sorties().size()));
        }
        int t = SimulationOptions.threadsOrProcessors(threads);
        Calibration.Result result;
        try {
            result = new Calibration(new ParticleEngine(t)).fit(p,
                    Calibration.Options.DEFAULT.withParticlesPerSortie(particles),
                    new CliProgress(err, System.console() != null));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserInputException(plan + ": " + e.getMessage());
        }
        print(p, result, out);
        if (output != null) {
            PlanLoading.writePlan(result.fittedPlan(), output, "Calibrated plan", err);
        }
        return ExitCodes.OK;
    }

    private static void print(Plan plan, Calibration.Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "Calibration of %s against %d observations%n",
                plan.name().isBlank() ? "the plan" : "\"" + plan.name() + "\"", r.observations().size());
        out.printf(Locale.ROOT, "  %d runs of %,d particles per sortie, seed %d (the same for every run)%n",
                r.runs(), r.particlesPerSortie(), r.seed());
        out.println();
        out.println("Descent spread (descentSpreadFraction, every leaflet type the sorties use)");
        out.printf(Locale.ROOT, "  plan     %s%n", startSpread(r));
        parameter(r.spread(), "%.3f", "the descent spread", out);
        out.println();
        Turbulence turbulence = plan.weather().turbulence();
        out.println("Turbulence strength (factor k on the plan's turbulence sigmas)");
        if (r.turbulence().isEmpty()) {
            out.println("  not fitted: the plan's turbulence (" + describe(turbulence) + ") has no sigma to scale;");
            out.println("  only the descent spread was fitted");
        } else {
            out.printf(Locale.ROOT, "  plan     1.00  (%s)%n", describe(turbulence));
            parameter(r.turbulence().get(), "%.2f", "the turbulence strength", out);
            out.printf(Locale.ROOT, "  fitted turbulence: %s%n",
                    describe(Calibration.scaled(turbulence, r.turbulenceFactor())));
        }
        out.println();
        out.printf(Locale.ROOT, "Objective (sum of squared ln(1 + density) differences): %.4f with the plan's values, "
                + "%.4f at the fit%n", r.objectiveAtStart(), r.objectiveAtFit());
        if (r.objectiveAtFit() >= r.objectiveAtStart()) {
            out.println("  no candidate fits better than the plan's own values; they are kept");
        }
        out.println();
        out.println("Observations (leaflets per km2)");
        out.printf(Locale.ROOT, "  %-3s %-13s %10s %12s %12s  %s%n", "#", "observed", "area km2", "plan", "fit", "note");
        for (Calibration.ObservationFit o : r.observations()) {
            String observed = o.found() ? "found" : String.format(Locale.ROOT, "%,.0f", o.observedPerKm2().getAsDouble());
            out.printf(Locale.ROOT, "  %-3d %-13s %10.3f %,12.0f %,12.0f  %s%n", o.index(), observed, o.areaKm2(),
                    o.simulatedAtStartPerKm2(), o.simulatedAtFitPerKm2(), o.note().orElse(""));
        }
        out.println("  (a Point counts the circle of its radiusM, 250 m when not given; \"found\" fits where at least");
        out.println("   1 leaflet per km2 is simulated)");
        for (Calibration.ObservationFit o : r.observations()) {
            if (o.particlesAtFit() < Calibration.FEW_PARTICLES && !(o.found() && o.particlesAtFit() > 0)) {
                out.printf(Locale.ROOT, "  note: only %d particles land in observation %d at the fit: its simulated density "
                        + "is noisy; raise --particles or observe a larger area%n", o.particlesAtFit(), o.index());
            }
        }
        out.flush();
    }

    private static String startSpread(Calibration.Result r) {
        if (r.spread().startValue().isPresent()) {
            return String.format(Locale.ROOT, "%.3f", r.spread().startValue().getAsDouble());
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Double> e : r.startSpreadByType().entrySet()) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue()));
        }
        return b.toString();
    }

    private static void parameter(Calibration.ParameterFit f, String format, String what, PrintWriter out) {
        out.printf(Locale.ROOT, "  fitted   " + format + "%n", f.fittedValue());
        if (f.constrained()) {
            out.printf(Locale.ROOT, "  values from " + format + " to " + format + " fit within %.2f of the best "
                    + "objective%n", f.lowValue(), f.highValue(), Calibration.FLAT_RISE);
        } else {
            out.printf(Locale.ROOT, "  the observations do not constrain %s: the objective changes by less than %.2f "
                    + "over the whole range searched%n", what, Calibration.FLAT_RISE);
        }
    }

    private static String describe(Turbulence t) {
        if (t instanceof Turbulence.Constant c) {
            return String.format(Locale.ROOT, "constant, sigmas %.3f / %.3f m/s", c.sigmaHorizontalMps(),
                    c.sigmaVerticalMps());
        }
        if (t instanceof Turbulence.BoundaryLayer b) {
            return String.format(Locale.ROOT, "boundary-layer, u* %.3f m/s, free sigmas %.3f / %.3f m/s%s",
                    b.frictionVelocityMps(), b.freeSigmaHorizontalMps(), b.freeSigmaVerticalMps(),
                    b.assumed() ? ", assumed" : "");
        }
        return "none";
    }
}
