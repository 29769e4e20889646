package org.leafdrop.sim;

import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.units.Units;
import org.leafdrop.weather.AtmosphereModel;
import org.leafdrop.weather.WindField;

/**
 * The doctrinal hand method (GTA 33-01-003; PHYSICS.md section 8), for comparison beside the
 * simulation: layers of 1,000 ft from the ground up (the top one partial) to the release height,
 * or to the burst height for bombs, whose ballistic throw is then added; in each layer the wind
 * at its mid-height (u and v) times the layer's fall time at mid-height density, summed head to
 * tail. Thread-safe.
 */
public final class DoctrinalMethod {
    /** Layer thickness of the hand method. */
    public static final double LAYER_M = 1000 * Units.M_PER_FT;

    private DoctrinalMethod() {
    }

    /**
     * Fall time (s) through one layer at the mid-height descent rate: thickness / (w0 sqrt(rho0/rho(mid))).
     * In hours this is the doctrinal "time factor" of a layer.
     */
    public static double layerFallTimeS(AtmosphereModel air, double w0Mps, double bottomMslM, double topMslM) {
        double mid = (bottomMslM + topMslM) / 2;
        return (topMslM - bottomMslM) / (w0Mps * air.descentFactor(mid));
    }

    /** The layer sum from {@code startMslM} down to the ground, winds at {@code timeS}. */
    public static DoctrinalDrift layerSum(AtmosphereModel air, WindField wind, double w0Mps, double startMslM,
                                          double groundMslM, double timeS) {
        double t = 0;
        double e = 0;
        double n = 0;
        for (double bottom = groundMslM; bottom < startMslM - 1e-9; bottom += LAYER_M) {
            double top = Math.min(bottom + LAYER_M, startMslM);
            double mid = (bottom + top) / 2;
            double dt = layerFallTimeS(air, w0Mps, bottom, top);
            t += dt;
            e += wind.uMps(mid, timeS) * dt;
            n += wind.vMps(mid, timeS) * dt;
        }
        return new DoctrinalDrift(t, e, n);
    }

    /**
     * The hand method for a sortie, as a drift vector from its release centroid: free-fall and
     * static-line boxes from the release height; bombs from their (mean) burst point and height,
     * their throw and ballistic fall time added.
     */
    public static DoctrinalDrift forSortie(Scenario scenario, PreparedSortie ps) {
        double w0 = ps.leaflet().descentRateMps();
        double g = scenario.groundMslM();
        if (!(ps.sortie().releaseMethod() instanceof ReleaseMethod.LeafletBomb)) {
            // free-fall and static-line boxes: from the release height (PHYSICS.md section 8)
            return layerSum(scenario.atmosphere(), scenario.wind(), w0, ps.releaseMslM(), g, ps.releaseTimeS());
        }
        double[] rc = ps.track().centroid();
        double oe = 0;
        double on = 0;
        double oh = 0;
        double tof = 0;
        int m = ps.openings().size();
        for (Ballistics.Opening o : ps.openings()) {
            oe += o.eastM() / m;
            on += o.northM() / m;
            oh += o.hMslM() / m;
            tof += o.timeOfFlightS() / m;
        }
        DoctrinalDrift layers = layerSum(scenario.atmosphere(), scenario.wind(), w0, oh, g, ps.releaseTimeS() + tof);
        return new DoctrinalDrift(tof + layers.fallTimeS(), oe - rc[0] + layers.driftEastM(),
                on - rc[1] + layers.driftNorthM());
    }
}
