package org.leafdrop.coverage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Random;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.model.Target;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.sim.DoctrinalDrift;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.SortieLandings;

/** Synthetic plans, areas and landings in a frame at Mosul, for coverage, io and cli tests. */
public final class CoverageFixtures {
    /** The frame of the Mosul sample's first target, roughly. */
    public static final LocalFrame MOSUL = new LocalFrame(43.13, 36.34);

    private CoverageFixtures() {
    }

    /** A lon/lat rectangle whose corners are the given frame points (m). */
    public static List<LonLat> ring(LocalFrame frame, double west, double south, double east, double north) {
        double[][] corners = {{west, south}, {east, south}, {east, north}, {west, north}, {west, south}};
        List<LonLat> ring = new ArrayList<>();
        for (double[] c : corners) {
            double[] ll = frame.toLonLat(c[0], c[1]);
            ring.add(new LonLat(ll[0], ll[1]));
        }
        return ring;
    }

    public static AreaGeometry rectangle(LocalFrame frame, double west, double south, double east, double north) {
        return AreaGeometry.polygon(ring(frame, west, south, east, north));
    }

    public static Target target(String id, String name, long population, AreaGeometry area) {
        return new Target(id, Optional.ofNullable(name), population > 0 ? OptionalLong.of(population) : OptionalLong.empty(),
                OptionalDouble.empty(), area, Extras.NONE);
    }

    public static Exclusion exclusion(String id, String name, AreaGeometry area) {
        return new Exclusion(id, Optional.ofNullable(name), area, Extras.NONE);
    }

    /** A plan with no sorties (the run brings the landings), calm steady weather. */
    public static Plan plan(String name, List<Target> targets, List<Exclusion> exclusions) {
        Weather weather = Weather.steady(List.of(new WindLevel(0, 270, 5)), new Turbulence.None());
        return new Plan(1, name, Optional.empty(), 223, targets, exclusions, List.of(), weather, List.of(),
                SimulationSettings.DEFAULTS, Extras.NONE);
    }

    /** Landings with every fall time equal to {@code fallTimeS}. */
    public static SortieLandings landings(String id, long leaflets, int particles, double releaseEastM,
                                          double releaseNorthM, double[] eastM, double[] northM, double fallTimeS) {
        double[] fall = new double[eastM.length];
        Arrays.fill(fall, fallTimeS);
        return new SortieLandings(id, leaflets, particles, releaseEastM, releaseNorthM, eastM, northM, fall);
    }

    /**
     * A small but complete result: two sorties (one with a Gaussian cloud around (6 km east,
     * 1 km north), one whose particles never landed), a target with residents, one without
     * leaflets, a river exclusion; seeded.
     */
    public static PlanResult sampleResult() {
        Random rng = new Random(20161015L);
        int n = 20_000;
        double[] east = new double[n];
        double[] north = new double[n];
        double[] fall = new double[n];
        for (int i = 0; i < n; i++) {
            east[i] = 6000 + 900 * rng.nextGaussian();
            north[i] = 1000 + 300 * rng.nextGaussian();
            fall[i] = 1550 + 100 * rng.nextGaussian();
        }
        // the last 120 particles are still aloft
        int landed = n - 120;
        SortieLandings s1 = new SortieLandings("s1", 500_000, n, -800, 200, Arrays.copyOf(east, landed),
                Arrays.copyOf(north, landed), Arrays.copyOf(fall, landed));
        SortieLandings s2 = new SortieLandings("s2", 32_400, n, 0, 0, new double[0], new double[0], new double[0]);
        Plan plan = plan("Central Mosul, night of 15-16 Oct 2016 (reconstruction)",
                List.of(target("old-city", "Old City", 150_000, rectangle(MOSUL, 5000, 0, 7000, 2000)),
                        target("east-bank", "East bank", 0, rectangle(MOSUL, -9000, -9000, -8000, -8000))),
                List.of(exclusion("river", "Tigris", rectangle(MOSUL, 3000, -5000, 4500, 5000))));
        SimulationRun run = new SimulationRun(MOSUL, 1, n, List.of(s1, s2));
        List<DoctrinalDrift> doctrinal = List.of(new DoctrinalDrift(1550, 6750, 300),
                new DoctrinalDrift(1200, 5000, -200));
        return PlanResult.build(plan, run, doctrinal, List.of("groundElevationMslM assumed"),
                new RunInfo("0.1.0-SNAPSHOT", 2, 1234, "17.0.15", Instant.parse("2026-11-24T14:00:00Z")));
    }

    /** n points at one place. */
    public static double[] repeat(double v, int n) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    public static double[] concat(double[]... parts) {
        return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    }
}
