package org.leafdrop.sim;

import org.leafdrop.weather.AtmosphereModel;
import org.leafdrop.weather.TurbulenceProfile;
import org.leafdrop.weather.WindField;

/**
 * The air sampled on a uniform 1 m height grid for the particle loop: per wind profile the
 * descent factor w/w0 and the wind components, interleaved per node, and the turbulence sigmas.
 * Linear interpolation between nodes reproduces the piecewise-linear wind exactly except inside
 * the one-metre cells that hold a wind level (error below slope change x 0.25 m), and the smooth
 * density factor to about 1e-9; heights off the grid are evaluated exactly. Immutable.
 */
final class AirTable {
    static final double STEP_M = 1.0;
    final double baseM;
    final int nodes;
    /** Per profile: [f, u, v] per node. */
    final double[][] fuv;
    /** [sigmaAlong, sigmaCross, sigmaW, dSigmaW/dz] per node, or null without height-varying turbulence. */
    final double[] sigma;
    /**
     * For a steady wind with height-varying turbulence, per node {a, b, c, d, sigmaW, dSigmaW/dz}
     * such that the turbulent velocity east is a X_along - b X_cross and north c X_along + d X_cross
     * for normalised velocities X along and across the mean wind: a = sigmaAlong e_east,
     * b = sigmaCross e_north, c = sigmaAlong e_north, d = sigmaCross e_east with e the wind's
     * unit vector, or a = d = the sigmas' mean and b = c = 0 below 0.5 m/s of wind. Null otherwise.
     */
    final double[] turbulent;
    private final AtmosphereModel air;
    private final WindField wind;
    private final TurbulenceProfile turbulence;
    private final double groundMslM;

    AirTable(AtmosphereModel air, WindField wind, TurbulenceProfile turbulence, double groundMslM, double topMslM) {
        this.air = air;
        this.wind = wind;
        this.turbulence = turbulence;
        this.groundMslM = groundMslM;
        baseM = Math.floor(groundMslM) - 2;
        nodes = (int) Math.ceil((topMslM - baseM) / STEP_M) + 2;
        fuv = new double[wind.profileCount()][3 * nodes];
        double[] f = new double[nodes];
        for (int j = 0; j < nodes; j++) {
            f[j] = air.descentFactor(baseM + j * STEP_M);
        }
        for (int p = 0; p < fuv.length; p++) {
            double[] t = fuv[p];
            for (int j = 0; j < nodes; j++) {
                double h = baseM + j * STEP_M;
                t[3 * j] = f[j];
                t[3 * j + 1] = wind.profileU(p, h);
                t[3 * j + 2] = wind.profileV(p, h);
            }
        }
        if (turbulence.variesWithHeight()) {
            sigma = new double[4 * nodes];
            for (int j = 0; j < nodes; j++) {
                double z = baseM + j * STEP_M - groundMslM;
                sigma[4 * j] = turbulence.sigmaAlongMps(z);
                sigma[4 * j + 1] = turbulence.sigmaCrossMps(z);
                sigma[4 * j + 2] = turbulence.sigmaVerticalMps(z);
            }
            for (int j = 0; j < nodes; j++) {
                int a = Math.max(j - 1, 0);
                int b = Math.min(j + 1, nodes - 1);
                sigma[4 * j + 3] = (sigma[4 * b + 2] - sigma[4 * a + 2]) / ((b - a) * STEP_M);
            }
        } else {
            sigma = null;
        }
        turbulent = sigma != null && wind.isSteady() ? turbulentTable(fuv[0], sigma, nodes) : null;
    }

    private static double[] turbulentTable(double[] fuv, double[] sigma, int nodes) {
        double[] t = new double[6 * nodes];
        for (int j = 0; j < nodes; j++) {
            rotation(fuv[3 * j + 1], fuv[3 * j + 2], sigma[4 * j], sigma[4 * j + 1], t, 6 * j);
            t[6 * j + 4] = sigma[4 * j + 2];
            t[6 * j + 5] = sigma[4 * j + 3];
        }
        return t;
    }

    /**
     * Writes {a, b, c, d} of {@link #turbulent} for a mean wind (u, v) and the sigmas along and
     * across it to out[at..at + 4).
     */
    static void rotation(double u, double v, double sigmaAlong, double sigmaCross, double[] out, int at) {
        double speed = Math.sqrt(u * u + v * v);
        if (speed < 0.5) {
            double mean = 0.5 * (sigmaAlong + sigmaCross);
            out[at] = mean;
            out[at + 1] = 0;
            out[at + 2] = 0;
            out[at + 3] = mean;
        } else {
            double eu = u / speed;
            double ev = v / speed;
            out[at] = sigmaAlong * eu;
            out[at + 1] = sigmaCross * ev;
            out[at + 2] = sigmaAlong * ev;
            out[at + 3] = sigmaCross * eu;
        }
    }

    /** Highest height (m MSL) on the grid. */
    double topM() {
        return baseM + (nodes - 1) * STEP_M;
    }

    /** Exact descent factor, for heights off the grid. */
    double exactFactor(double hMslM) {
        return air.descentFactor(hMslM);
    }

    double exactU(int profile, double hMslM) {
        return wind.profileU(profile, hMslM);
    }

    double exactV(int profile, double hMslM) {
        return wind.profileV(profile, hMslM);
    }

    /** Exact sigmas at a height off the grid: {along, cross, w, dSigmaW/dz}. */
    double[] exactSigma(double hMslM) {
        double z = hMslM - groundMslM;
        double d = 0.5;
        return new double[] {turbulence.sigmaAlongMps(z), turbulence.sigmaCrossMps(z), turbulence.sigmaVerticalMps(z),
            (turbulence.sigmaVerticalMps(z + d) - turbulence.sigmaVerticalMps(z - d)) / (2 * d)};
    }
}
