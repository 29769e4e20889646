package org.leafdrop.sim;

import java.util.List;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.LonLat;

/**
 * A release track in the plan's local frame: vertices (m east/north), cumulative distance along
 * it, and positions at a fraction of its length. A Point is a track of length 0. Immutable.
 */
public final class ReleaseTrack {
    private final double[] eastM;
    private final double[] northM;
    private final double[] cumM;

    public ReleaseTrack(List<LonLat> positions, LocalFrame frame) {
        int n = positions.size();
        eastM = new double[n];
        northM = new double[n];
        cumM = new double[n];
        for (int i = 0; i < n; i++) {
            double[] en = frame.toLocal(positions.get(i).lonDeg(), positions.get(i).latDeg());
            eastM[i] = en[0];
            northM[i] = en[1];
            if (i > 0) {
                cumM[i] = cumM[i - 1] + Math.hypot(eastM[i] - eastM[i - 1], northM[i] - northM[i - 1]);
            }
        }
    }

    public double lengthM() {
        return cumM[cumM.length - 1];
    }

    public boolean isPoint() {
        return eastM.length == 1 || lengthM() == 0;
    }

    /** {east, north} at distance {@code sM} along the track (clamped to its ends). */
    public double[] at(double sM) {
        if (isPoint()) {
            return new double[] {eastM[0], northM[0]};
        }
        int n = cumM.length;
        if (sM <= 0) {
            return new double[] {eastM[0], northM[0]};
        }
        if (sM >= cumM[n - 1]) {
            return new double[] {eastM[n - 1], northM[n - 1]};
        }
        int j = 0;
        while (j < n - 2 && cumM[j + 1] < sM) {
            j++;
        }
        double seg = cumM[j + 1] - cumM[j];
        double t = seg == 0 ? 0 : (sM - cumM[j]) / seg;
        return new double[] {eastM[j] + t * (eastM[j + 1] - eastM[j]), northM[j] + t * (northM[j + 1] - northM[j])};
    }

    /** Length-weighted centroid of the track (the mean release point), {east, north}. */
    public double[] centroid() {
        if (isPoint()) {
            return new double[] {eastM[0], northM[0]};
        }
        double se = 0;
        double sn = 0;
        double total = 0;
        for (int i = 1; i < eastM.length; i++) {
            double seg = cumM[i] - cumM[i - 1];
            se += seg * (eastM[i] + eastM[i - 1]) / 2;
            sn += seg * (northM[i] + northM[i - 1]) / 2;
            total += seg;
        }
        return new double[] {se / total, sn / total};
    }

    /** Bearing (degrees true) from the first to the last vertex in the local frame; NaN for a point. */
    public double firstToLastBearingDeg() {
        int n = eastM.length;
        double de = eastM[n - 1] - eastM[0];
        double dn = northM[n - 1] - northM[0];
        if (de == 0 && dn == 0) {
            return Double.NaN;
        }
        double b = Math.toDegrees(Math.atan2(de, dn));
        return b < 0 ? b + 360 : b;
    }
}
