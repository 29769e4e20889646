package org.leafdrop.model;

/** Turbulence parameters of a plan (PHYSICS.md section 5). Speeds in m/s, times in s. */
public sealed interface Turbulence {
    /** Default Lagrangian time scales of the boundary-layer model. */
    double DEFAULT_TL_HORIZONTAL_S = 100;
    double DEFAULT_TL_VERTICAL_S = 30;

    /** No fluctuations: deterministic runs and validation. */
    record None() implements Turbulence {
    }

    /** The same sigmas everywhere. */
    record Constant(double sigmaHorizontalMps, double sigmaVerticalMps, double lagrangianTimeS)
            implements Turbulence {
        public Constant {
            requireNonNegative(sigmaHorizontalMps, "sigmaHorizontalMps");
            requireNonNegative(sigmaVerticalMps, "sigmaVerticalMps");
            requirePositive(lagrangianTimeS, "lagrangianTimeS");
        }
    }

    /**
     * HYSPLIT's Kantha-Clayson boundary layer below the mixing height, free-troposphere sigmas above.
     *
     * @param assumed true when the plan gave no turbulence and these are the stated defaults
     */
    record BoundaryLayer(double frictionVelocityMps, double mixingHeightAglM,
                         double freeSigmaHorizontalMps, double freeSigmaVerticalMps,
                         double lagrangianTimeHorizontalS, double lagrangianTimeVerticalS,
                         boolean assumed) implements Turbulence {
        public BoundaryLayer {
            requireNonNegative(frictionVelocityMps, "frictionVelocityMps");
            requirePositive(mixingHeightAglM, "mixingHeightAglM");
            requireNonNegative(freeSigmaHorizontalMps, "freeSigmaHorizontalMps");
            requireNonNegative(freeSigmaVerticalMps, "freeSigmaVerticalMps");
            requirePositive(lagrangianTimeHorizontalS, "lagrangianTimeHorizontalS");
            requirePositive(lagrangianTimeVerticalS, "lagrangianTimeVerticalS");
        }

        /** The defaults of PLAN-FORMAT.md for a plan without {@code turbulence}. */
        public static BoundaryLayer assumedDefault() {
            return new BoundaryLayer(0.3, 1000, 0.3, 0.1, DEFAULT_TL_HORIZONTAL_S, DEFAULT_TL_VERTICAL_S, true);
        }
    }

    private static void requireNonNegative(double v, String field) {
        if (!(v >= 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + v);
        }
    }

    private static void requirePositive(double v, String field) {
        if (!(v > 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException(field + " must be above 0, was " + v);
        }
    }
}
