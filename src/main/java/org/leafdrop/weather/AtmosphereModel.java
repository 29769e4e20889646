package org.leafdrop.weather;

import org.leafdrop.model.Atmosphere;

/** Air density against height above mean sea level. Immutable and thread-safe. */
public interface AtmosphereModel {
    /** Density (kg/m3) at {@code hMslM} metres above mean sea level. */
    double densityKgM3(double hMslM);

    /**
     * Descent-rate factor w(h)/w0 = sqrt(rho0 / rho(h)) (PHYSICS.md section 3), with rho0 the ISA
     * sea-level density.
     */
    default double descentFactor(double hMslM) {
        return Math.sqrt(Isa.RHO0 / densityKgM3(hMslM));
    }

    static AtmosphereModel of(Atmosphere a) {
        if (a instanceof Atmosphere.Sounding s) {
            return new SoundingAtmosphere(s);
        }
        return Isa.INSTANCE;
    }
}
