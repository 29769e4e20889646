package org.leafdrop.weather;

/**
 * The International Standard Atmosphere (PHYSICS.md section 2): troposphere with a lapse rate of
 * 0.0065 K/m to 11,000 m, isothermal 216.65 K above (continued past 20 km). Uses StrictMath so
 * that results are identical on every machine.
 */
public final class Isa implements AtmosphereModel {
    public static final Isa INSTANCE = new Isa();
    public static final double P0_PA = 101325.0;
    public static final double T0_K = 288.15;
    public static final double LAPSE_K_PER_M = 0.0065;
    public static final double G0 = 9.80665;
    public static final double R_AIR = 287.053;
    public static final double TROPOPAUSE_M = 11000.0;
    public static final double T_STRATOSPHERE_K = 216.65;
    /** Sea-level density p0 / (R T0) = 1.22500 kg/m3. */
    public static final double RHO0 = P0_PA / (R_AIR * T0_K);
    private static final double EXPONENT = G0 / (R_AIR * LAPSE_K_PER_M);
    private static final double P_TROPOPAUSE = P0_PA * StrictMath.pow(T_STRATOSPHERE_K / T0_K, EXPONENT);

    private Isa() {
    }

    /** Temperature (K) at a height above mean sea level. */
    public static double temperatureK(double hMslM) {
        return hMslM <= TROPOPAUSE_M ? T0_K - LAPSE_K_PER_M * hMslM : T_STRATOSPHERE_K;
    }

    /** Pressure (Pa) at a height above mean sea level. */
    public static double pressurePa(double hMslM) {
        if (hMslM <= TROPOPAUSE_M) {
            return P0_PA * StrictMath.pow(temperatureK(hMslM) / T0_K, EXPONENT);
        }
        return P_TROPOPAUSE * StrictMath.exp(-G0 * (hMslM - TROPOPAUSE_M) / (R_AIR * T_STRATOSPHERE_K));
    }

    @Override
    public double densityKgM3(double hMslM) {
        return pressurePa(hMslM) / (R_AIR * temperatureK(hMslM));
    }
}
