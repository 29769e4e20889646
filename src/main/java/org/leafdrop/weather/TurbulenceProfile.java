package org.leafdrop.weather;

import org.leafdrop.model.Turbulence;

/**
 * Turbulent velocity sigmas against height above ground (PHYSICS.md section 5). For the
 * boundary-layer model, below the mixing height Zi with f = (1 - z/Zi)^(3/4):
 * sigma_along = 2.0 u* f, sigma_cross = sqrt(4.5) u* f, sigma_w = sqrt(3.0) u* f (HYSPLIT's
 * Kantha-Clayson variances), never below the free-troposphere sigmas. Immutable, thread-safe.
 */
public final class TurbulenceProfile {
    private final Turbulence model;

    public TurbulenceProfile(Turbulence model) {
        this.model = model;
    }

    public Turbulence model() {
        return model;
    }

    public boolean isNone() {
        return model instanceof Turbulence.None
                || (model instanceof Turbulence.Constant c && c.sigmaHorizontalMps() == 0 && c.sigmaVerticalMps() == 0);
    }

    /** True when sigmas vary with height (the boundary-layer model). */
    public boolean variesWithHeight() {
        return model instanceof Turbulence.BoundaryLayer;
    }

    /** Lagrangian time scale of the horizontal components (s). */
    public double lagrangianTimeHorizontalS() {
        if (model instanceof Turbulence.Constant c) {
            return c.lagrangianTimeS();
        }
        if (model instanceof Turbulence.BoundaryLayer b) {
            return b.lagrangianTimeHorizontalS();
        }
        return Turbulence.DEFAULT_TL_HORIZONTAL_S;
    }

    /** Lagrangian time scale of the vertical component (s). */
    public double lagrangianTimeVerticalS() {
        if (model instanceof Turbulence.Constant c) {
            return c.lagrangianTimeS();
        }
        if (model instanceof Turbulence.BoundaryLayer b) {
            return b.lagrangianTimeVerticalS();
        }
        return Turbulence.DEFAULT_TL_VERTICAL_S;
    }

    /** Along-wind sigma (m/s) at {@code zAglM} above ground. */
    public double sigmaAlongMps(double zAglM) {
        if (model instanceof Turbulence.Constant c) {
            return c.sigmaHorizontalMps();
        }
        if (model instanceof Turbulence.BoundaryLayer b) {
            return Math.max(2.0 * b.frictionVelocityMps() * scale(b, zAglM), b.freeSigmaHorizontalMps());
        }
        return 0;
    }

    /** Cross-wind sigma (m/s) at {@code zAglM} above ground. */
    public double sigmaCrossMps(double zAglM) {
        if (model instanceof Turbulence.Constant c) {
            return c.sigmaHorizontalMps();
        }
        if (model instanceof Turbulence.BoundaryLayer b) {
            return Math.max(Math.sqrt(4.5) * b.frictionVelocityMps() * scale(b, zAglM), b.freeSigmaHorizontalMps());
        }
        return 0;
    }

    /** Vertical sigma (m/s) at {@code zAglM} above ground. */
    public double sigmaVerticalMps(double zAglM) {
        if (model instanceof Turbulence.Constant c) {
            return c.sigmaVerticalMps();
        }
        if (model instanceof Turbulence.BoundaryLayer b) {
            return Math.max(Math.sqrt(3.0) * b.frictionVelocityMps() * scale(b, zAglM), b.freeSigmaVerticalMps());
        }
        return 0;
    }

    /** The Kantha-Clayson scale factor f = (1 - z/Zi)^(3/4) below Zi, 0 above. */
    static double scale(Turbulence.BoundaryLayer b, double zAglM) {
        double z = Math.max(zAglM, 0);
        if (z >= b.mixingHeightAglM()) {
            return 0;
        }
        return StrictMath.pow(1 - z / b.mixingHeightAglM(), 0.75);
    }

    /**
     * Spread (m, one component) of particle positions after {@code tS} seconds of a stationary
     * Ornstein-Uhlenbeck velocity with sigma and Lagrangian time T_L (Taylor 1921):
     * sigma_x^2 = 2 sigma^2 T_L (t - T_L (1 - exp(-t/T_L))).
     */
    public static double taylorSpreadM(double sigmaMps, double lagrangianTimeS, double tS) {
        // with x = t/T_L: 2 sigma^2 T_L^2 (x - 1 + exp(-x)); expm1 keeps the digits when t << T_L,
        // where the plain form cancels to noise (even below 0). StrictMath: the engine draws
        // landings with it, and a seed must give the same on every machine.
        double x = tS / lagrangianTimeS;
        double bracket = x < 1e-4 ? x * x / 2 * (1 - x / 3) : x + StrictMath.expm1(-x);
        return sigmaMps * lagrangianTimeS * Math.sqrt(2 * Math.max(bracket, 0));
    }
}
