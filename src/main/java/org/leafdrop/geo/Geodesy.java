package org.leafdrop.geo;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;

/** Geodesic distance, bearing and area on WGS84 (GeographicLib). Thread-safe. */
public final class Geodesy {
    private Geodesy() {
    }

    /** Distance (m) and initial bearing (degrees true, [0, 360)) from one point to another. */
    public static DistanceBearing inverse(double lon1Deg, double lat1Deg, double lon2Deg, double lat2Deg) {
        GeodesicData g = Geodesic.WGS84.Inverse(lat1Deg, lon1Deg, lat2Deg, lon2Deg);
        double az = g.azi1;
        if (g.s12 == 0) {
            az = 0;
        }
        return new DistanceBearing(g.s12, normalizeDeg(az));
    }

    /** The point at a distance (m) and bearing (degrees true) from a start point: {lon, lat}. */
    public static double[] direct(double lonDeg, double latDeg, double bearingDeg, double distanceM) {
        GeodesicData g = Geodesic.WGS84.Direct(latDeg, lonDeg, bearingDeg, distanceM);
        return new double[] {g.lon2, g.lat2};
    }

    /**
     * Geodesic area (m2) of a polygon with holes, given as rings of {lon, lat} pairs (closed or
     * not); orientation does not matter.
     */
    public static double areaM2(List<double[][]> rings) {
        double total = 0;
        for (int r = 0; r < rings.size(); r++) {
            PolygonArea pa = new PolygonArea(Geodesic.WGS84, false);
            double[][] ring = rings.get(r);
            int n = ring.length;
            if (n > 1 && ring[0][0] == ring[n - 1][0] && ring[0][1] == ring[n - 1][1]) {
                n--;
            }
            for (int i = 0; i < n; i++) {
                pa.AddPoint(ring[i][1], ring[i][0]);
            }
            PolygonResult res = pa.Compute(false, true);
            double a = Math.abs(res.area);
            total += r == 0 ? a : -a;
        }
        return total;
    }

    public static double normalizeDeg(double deg) {
        double d = deg % 360.0;
        if (d < 0) {
            d += 360.0;
        }
        return d == 360.0 ? 0 : d;
    }

    /** A geodesic distance (m) and initial bearing (degrees true). */
    public record DistanceBearing(double distanceM, double bearingDeg) {
    }
}
