package org.leafdrop.weather;

import java.util.List;
import org.leafdrop.model.Atmosphere;

/**
 * Density from a sounding (rho = p / (R T) per level), interpolated linearly in height on
 * ln(rho); ISA fills heights the sounding does not reach (PHYSICS.md section 2).
 */
public final class SoundingAtmosphere implements AtmosphereModel {
    private final double[] heightsM;
    private final double[] lnRho;

    public SoundingAtmosphere(Atmosphere.Sounding sounding) {
        List<Atmosphere.SoundingLevel> levels = sounding.levels();
        heightsM = new double[levels.size()];
        lnRho = new double[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            heightsM[i] = levels.get(i).altitudeMslM();
            lnRho[i] = StrictMath.log(levels.get(i).densityKgM3());
        }
    }

    @Override
    public double densityKgM3(double hMslM) {
        int n = heightsM.length;
        if (hMslM < heightsM[0] || hMslM > heightsM[n - 1]) {
            return Isa.INSTANCE.densityKgM3(hMslM);
        }
        if (n == 1) {
            return StrictMath.exp(lnRho[0]);
        }
        int j = Interpolation.segment(heightsM, hMslM);
        double t = (hMslM - heightsM[j]) / (heightsM[j + 1] - heightsM[j]);
        return StrictMath.exp(lnRho[j] + t * (lnRho[j + 1] - lnRho[j]));
    }
}
