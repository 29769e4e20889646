package org.leafdrop.sim;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.leafdrop.weather.AtmosphereModel;
import org.leafdrop.weather.Isa;
import org.leafdrop.weather.WindField;

/**
 * The deterministic fast path (PHYSICS.md section 4): a leaflet with a fixed sea-level descent
 * rate and no turbulence, integrated over height rather than time,
 * T = integral dh / w(h), drift = integral (u, v) / w dh, as an ODE in the distance fallen with
 * the time as a state (so time-varying winds are followed), classic Runge-Kutta with steps of at
 * most {@link #MAX_STEP_M}, split at every wind level and the tropopause where the integrand has
 * kinks. Microseconds per fall: serves the doctrinal comparison, the solver and the live preview.
 * Thread-safe.
 */
public final class DirectIntegrator {
    static final double MAX_STEP_M = 5.0;
    private final AtmosphereModel air;
    private final WindField wind;
    private final double[] breaksM;

    public DirectIntegrator(AtmosphereModel air, WindField wind) {
        this.air = air;
        this.wind = wind;
        TreeSet<Double> b = new TreeSet<>();
        for (int p = 0; p < wind.profileCount(); p++) {
            for (double h : wind.levelHeightsM(p)) {
                b.add(h);
            }
        }
        b.add(Isa.TROPOPAUSE_M);
        breaksM = b.stream().mapToDouble(Double::doubleValue).toArray();
    }

    public static DirectIntegrator of(Scenario s) {
        return new DirectIntegrator(s.atmosphere(), s.wind());
    }

    /** Fall time (s) and drift (m east, north) of one deterministic fall. */
    public record Fall(double fallTimeS, double driftEastM, double driftNorthM) {
        public double driftM() {
            return Math.hypot(driftEastM, driftNorthM);
        }
    }

    /**
     * Falls a leaflet with sea-level descent rate {@code w0Mps} from {@code startMslM} to the
     * ground at {@code groundMslM}, starting at {@code startTimeS} (s since epoch).
     */
    public Fall fall(double w0Mps, double startMslM, double groundMslM, double startTimeS) {
        if (!(w0Mps > 0)) {
            throw new IllegalArgumentException("descent rate must be above 0");
        }
        if (startMslM <= groundMslM) {
            return new Fall(0, 0, 0);
        }
        double[] cuts = cuts(startMslM, groundMslM);
        double t = 0;
        double x = 0;
        double y = 0;
        for (int c = 0; c + 1 < cuts.length; c++) {
            double top = cuts[c];
            double bottom = cuts[c + 1];
            int steps = (int) Math.ceil((top - bottom) / MAX_STEP_M);
            double ds = (top - bottom) / steps;
            for (int k = 0; k < steps; k++) {
                double h = top - k * ds;
                double abs = startTimeS + t;
                double[] k1 = rate(w0Mps, h, abs);
                double[] k2 = rate(w0Mps, h - ds / 2, abs + ds / 2 * k1[0]);
                double[] k3 = rate(w0Mps, h - ds / 2, abs + ds / 2 * k2[0]);
                double[] k4 = rate(w0Mps, h - ds, abs + ds * k3[0]);
                t += ds / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
                x += ds / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
                y += ds / 6 * (k1[2] + 2 * k2[2] + 2 * k3[2] + k4[2]);
            }
        }
        return new Fall(t, x, y);
    }

    /** {dt/ds, dx/ds, dy/ds} at height h and absolute time. */
    private double[] rate(double w0, double h, double timeS) {
        double inv = 1 / (w0 * air.descentFactor(h));
        return new double[] {inv, wind.uMps(h, timeS) * inv, wind.vMps(h, timeS) * inv};
    }

    private double[] cuts(double top, double bottom) {
        double[] inner = Arrays.stream(breaksM).filter(b -> b > bottom && b < top).toArray();
        double[] out = new double[inner.length + 2];
        out[0] = top;
        for (int i = 0; i < inner.length; i++) {
            out[i + 1] = inner[inner.length - 1 - i];
        }
        out[out.length - 1] = bottom;
        return out;
    }

    /**
     * The deterministic landing of a whole sortie (no turbulence, no descent spread, no initial
     * cloud): the mean over release points along the track (each with its own release time) or
     * over its stores' openings, with the stores' ballistic fall included.
     *
     * @return {east, north, mean fall time}
     */
    public static double[] sortieLanding(Scenario scenario, PreparedSortie ps) {
        DirectIntegrator di = of(scenario);
        double w0 = ps.leaflet().descentRateMps();
        double g = scenario.groundMslM();
        double se = 0;
        double sn = 0;
        double st = 0;
        int m;
        if (ps.usesStores()) {
            List<Ballistics.Opening> openings = ps.openings();
            m = openings.size();
            for (int k = 0; k < m; k++) {
                Ballistics.Opening o = openings.get(k);
                Fall f = di.fall(w0, o.hMslM(), g, ps.storeReleaseTimesS().get(k) + o.timeOfFlightS());
                se += o.eastM() + f.driftEastM();
                sn += o.northM() + f.driftNorthM();
                st += o.timeOfFlightS() + f.fallTimeS();
            }
        } else {
            boolean varies = !scenario.wind().isSteady() && !ps.track().isPoint();
            m = varies ? 16 : 1;
            for (int j = 0; j < m; j++) {
                double along = varies ? (j + 0.5) / m * ps.track().lengthM() : 0;
                double[] p = varies ? ps.track().at(along) : ps.track().centroid();
                double t0 = ps.releaseTimeS() + (ps.groundSpeedMps() > 0 ? along / ps.groundSpeedMps() : 0);
                Fall f = di.fall(w0, ps.releaseMslM(), g, t0);
                se += p[0] + f.driftEastM();
                sn += p[1] + f.driftNorthM();
                st += f.fallTimeS();
            }
        }
        return new double[] {se / m, sn / m, st / m};
    }
}
