package org.leafdrop.sim;

/**
 * The doctrinal hand method's answer for one sortie (PHYSICS.md section 8): 1,000 ft layers from
 * the ground up, wind at each layer's mid-height times the layer's fall time, summed head to
 * tail; for bombs from the burst height, with the store's throw added.
 *
 * @param fallTimeS  sum of the layer fall times (plus the store's ballistic fall for bombs)
 * @param driftEastM drift vector east, from the release point
 * @param driftNorthM drift vector north
 */
public record DoctrinalDrift(double fallTimeS, double driftEastM, double driftNorthM) {
    public double driftM() {
        return Math.hypot(driftEastM, driftNorthM);
    }

    /** Bearing of the drift vector in the local frame, degrees true in [0, 360). */
    public double driftBearingDeg() {
        double b = Math.toDegrees(Math.atan2(driftEastM, driftNorthM));
        return b < 0 ? b + 360 : b;
    }
}
