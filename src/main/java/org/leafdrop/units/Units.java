package org.leafdrop.units;

/**
 * Exact conversion factors between the units analysts use and SI. Only readers, the command
 * line and display code call these; the model, weather and sim packages are SI throughout.
 */
public final class Units {
    /** International foot, exact. */
    public static final double M_PER_FT = 0.3048;
    /** International nautical mile, exact. */
    public static final double M_PER_NM = 1852.0;
    /** Knot = 1 NM per hour. */
    public static final double MPS_PER_KT = M_PER_NM / 3600.0;
    /** Statute mile per hour. */
    public static final double MPS_PER_MPH = 1609.344 / 3600.0;
    /** Avoirdupois pound, exact. */
    public static final double KG_PER_LB = 0.45359237;
    /** Inch, exact. */
    public static final double M_PER_IN = 0.0254;

    private Units() {
    }

    public static double ftToM(double ft) {
        return ft * M_PER_FT;
    }

    public static double mToFt(double m) {
        return m / M_PER_FT;
    }

    public static double ktToMps(double kt) {
        return kt * MPS_PER_KT;
    }

    public static double mpsToKt(double mps) {
        return mps / MPS_PER_KT;
    }

    public static double mphToMps(double mph) {
        return mph * MPS_PER_MPH;
    }

    public static double mpsToMph(double mps) {
        return mps / MPS_PER_MPH;
    }

    public static double lbToKg(double lb) {
        return lb * KG_PER_LB;
    }

    public static double kgToLb(double kg) {
        return kg / KG_PER_LB;
    }

    public static double inToM(double in) {
        return in * M_PER_IN;
    }

    public static double mToNm(double m) {
        return m / M_PER_NM;
    }
}
