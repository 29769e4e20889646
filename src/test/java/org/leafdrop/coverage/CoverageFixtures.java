package org.leafdrop.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
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
