package org.leafdrop.model;

/**
 * Wind at one height.
 *
 * @param altitudeMslM height above mean sea level
 * @param fromDeg      where the wind blows FROM, degrees true, in [0, 360); 360 is stored as 0
 * @param speedMps     wind speed, non-negative
 */
public record WindLevel(double altitudeMslM, double fromDeg, double speedMps) {
    public WindLevel {
        if (!Double.isFinite(altitudeMslM)) {
            throw new IllegalArgumentException("altitudeMslM must be finite, was " + altitudeMslM);
        }
        if (!(fromDeg >= 0 && fromDeg <= 360)) {
            throw new IllegalArgumentException("fromDeg must be in [0, 360], was " + fromDeg);
        }
        if (!(speedMps >= 0 && Double.isFinite(speedMps))) {
            throw new IllegalArgumentException("speedMps must be >= 0, was " + speedMps);
        }
        if (fromDeg == 360) {
            fromDeg = 0;
        }
    }

    /** East component (m/s) of the air's motion: u = -speed sin(from). */
    public double uMps() {
        return -speedMps * Math.sin(Math.toRadians(fromDeg));
    }

    /** North component (m/s) of the air's motion: v = -speed cos(from). */
    public double vMps() {
        return -speedMps * Math.cos(Math.toRadians(fromDeg));
    }
}
