package org.leafdrop.app;

import java.util.List;
import java.util.Locale;
import org.leafdrop.geo.Coordinates;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LeafletTypeDef;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.ProgressMonitor;
import org.leafdrop.sim.Scenario;

/**
 * Loads and initialises, on a background thread, the libraries a command needs after it has read
 * its input (catalogs, geodesy, MGRS, JTS, number formatting), while the main thread starts the
 * command line and parses the plan. On two cores this takes about a tenth of a second off every
 * run; it computes nothing that is used, has no side effects and never delays the exit (daemon).
 */
final class StartupWarmer {
    private StartupWarmer() {
    }

    static void start() {
        Thread t = new Thread(StartupWarmer::warm, "leafdrop-startup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * A tiny run through each of the engine's step loops, whose particles all land: the JIT then
     * compiles the loops with their landing branch already seen, instead of compiling them early
     * in the real run and recompiling when the first particles land.
     */
    private static void warmEngine() {
        LonLat at = new LonLat(43.13, 36.34);
        LeafletTypeDef type = new LeafletTypeDef("warm", Optional.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(1.0), Optional.empty(),
                OptionalDouble.of(0.1), Extras.NONE);
        Sortie sortie = new Sortie("warm", Optional.empty(), Optional.empty(), Optional.empty(),
                new ReleaseMethod.FreeFall(), TrackGeometry.point(at), OptionalDouble.empty(), 40,
                OptionalDouble.empty(), "warm", OptionalLong.of(1000), OptionalDouble.empty(), Optional.empty(),
                Extras.NONE);
        for (Turbulence t : List.of(new Turbulence.Constant(0.5, 0.1, 100), Turbulence.BoundaryLayer.assumedDefault())) {
            Plan plan = new Plan(1, "warm-up", Optional.empty(), 0, List.of(), List.of(), List.of(type),
                    Weather.steady(List.of(new WindLevel(0, 270, 5)), t), List.of(sortie), SimulationSettings.DEFAULTS,
                    Extras.NONE);
            new ParticleEngine(1).run(Scenario.prepare(plan), 2000, 1, 1.0, ProgressMonitor.NONE);
        }
    }

    private static void warm() {
        try {
            LeafletCatalog.bundled();
            DeviceCatalog.bundled();
            LocalFrame frame = new LocalFrame(43.13, 36.34);
            frame.toLonLat(100, 100);
            Geodesy.inverse(43.1, 36.3, 43.2, 36.4);
            Geodesy.areaM2(List.<double[][]>of(new double[][] {{43.1, 36.3}, {43.2, 36.3}, {43.2, 36.4}, {43.1, 36.3}}));
            Coordinates.mgrs(43.13, 36.34);
            String.format(Locale.ROOT, "%,d %.1f", 1000, 1.5);
            warmEngine();
            org.leafdrop.coverage.AreaCounter.of(AreaGeometry.polygon(List.of(new LonLat(43.1, 36.3),
                    new LonLat(43.2, 36.3), new LonLat(43.2, 36.4), new LonLat(43.1, 36.3))), frame).contains(0, 0);
        } catch (Throwable e) {
            // warming is an optimisation only: whatever fails here fails again, and is reported, where it is used
        }
    }
}
