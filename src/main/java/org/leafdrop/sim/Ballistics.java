package org.leafdrop.sim;

import org.leafdrop.model.Device;
import org.leafdrop.weather.AtmosphereModel;
import org.leafdrop.weather.Isa;
import org.leafdrop.weather.WindField;

/**
 * Ballistic fall of a leaflet store (bomb or static-line box) from the aircraft to its opening
 * height (PHYSICS.md section 6): quadratic drag on the velocity relative to the air (wind
 * included), a = -(rho Cd A / 2m) |v_rel| v_rel - g. Classic Runge-Kutta with a 0.02 s step, the
 * last step interpolated to the opening height. Deterministic and thread-safe.
 */
public final class Ballistics {
    static final double STEP_S = 0.02;
    /** A store that has not reached its opening height after this long is reported as an error. */
    static final double MAX_TIME_S = 600;

    private Ballistics() {
    }

    /** Where and when a store opens. Heights MSL; time of flight from leaving the aircraft. */
    public record Opening(double eastM, double northM, double hMslM, double timeOfFlightS) {
    }

    /**
     * Integrates a store leaving the aircraft at (east, north, hMsl) with the aircraft's ground
     * velocity (m/s east and north), down to {@code openMslM}.
     *
     * @param releaseTimeS absolute time (s since epoch) the store leaves the aircraft, for the winds
     */
    public static Opening fall(Device store, AtmosphereModel air, WindField wind, double eastM, double northM,
                               double hMslM, double velEastMps, double velNorthMps, double releaseTimeS,
                               double openMslM) {
        double k = store.dragCoefficient() * store.frontalAreaM2() / (2 * store.loadedMassKg());
        double[] s = {eastM, northM, hMslM, velEastMps, velNorthMps, 0};
        double t = 0;
        if (hMslM <= openMslM) {
            return new Opening(eastM, northM, hMslM, 0);
        }
        while (t < MAX_TIME_S) {
            double[] next = rk4(s, t, releaseTimeS, k, air, wind);
            if (next[2] <= openMslM) {
                double frac = (s[2] - openMslM) / (s[2] - next[2]);
                return new Opening(s[0] + frac * (next[0] - s[0]), s[1] + frac * (next[1] - s[1]), openMslM,
                        t + frac * STEP_S);
            }
            s = next;
            t += STEP_S;
        }
        throw new IllegalStateException("store did not reach its opening height within " + MAX_TIME_S + " s");
    }

    private static double[] rk4(double[] s, double t, double t0, double k, AtmosphereModel air, WindField wind) {
        double h = STEP_S;
        double[] k1 = deriv(s, t0 + t, k, air, wind);
        double[] k2 = deriv(add(s, k1, h / 2), t0 + t + h / 2, k, air, wind);
        double[] k3 = deriv(add(s, k2, h / 2), t0 + t + h / 2, k, air, wind);
        double[] k4 = deriv(add(s, k3, h), t0 + t + h, k, air, wind);
        double[] out = new double[6];
        for (int i = 0; i < 6; i++) {
            out[i] = s[i] + h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
        return out;
    }

    private static double[] add(double[] s, double[] d, double f) {
        double[] out = new double[6];
        for (int i = 0; i < 6; i++) {
            out[i] = s[i] + f * d[i];
        }
        return out;
    }

    private static double[] deriv(double[] s, double timeS, double k, AtmosphereModel air, WindField wind) {
        double h = s[2];
        double re = s[3] - wind.uMps(h, timeS);
        double rn = s[4] - wind.vMps(h, timeS);
        double rz = s[5];
        double speed = Math.sqrt(re * re + rn * rn + rz * rz);
        double c = k * air.densityKgM3(h) * speed;
        return new double[] {s[3], s[4], s[5], -c * re, -c * rn, -c * rz - Isa.G0};
    }
}
