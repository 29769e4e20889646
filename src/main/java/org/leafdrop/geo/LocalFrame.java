package org.leafdrop.geo;

/**
 * A WGS84 local tangent plane (east, north, up) at an origin on the ellipsoid: the construction
 * of GeographicLib's LocalCartesian (ECEF, rotated to the origin's east-north-up axes), which
 * GeographicLib-Java does not ship. Coordinates in metres. Immutable and thread-safe.
 *
 * <p>{@link #toLonLat} maps plane coordinates back to the point of the ellipsoid (height 0)
 * whose projection they are, so a landing point on flat ground round-trips exactly; this is
 * also what the NumPy reference in {@code bench/} does. StrictMath throughout, so positions are
 * the same bits on every machine.
 */
public final class LocalFrame {
    static final double A = 6378137.0;
    static final double F = 1.0 / 298.257223563;
    static final double E2 = F * (2.0 - F);

    private final double lon0Deg;
    private final double lat0Deg;
    private final double x0;
    private final double y0;
    private final double z0;
    /** Rows: east, north, up unit vectors in ECEF. */
    private final double[][] rot;

    public LocalFrame(double lon0Deg, double lat0Deg) {
        if (!(lat0Deg >= -90 && lat0Deg <= 90 && lon0Deg >= -180 && lon0Deg <= 180)) {
            throw new IllegalArgumentException("origin out of range: " + lon0Deg + ", " + lat0Deg);
        }
        this.lon0Deg = lon0Deg;
        this.lat0Deg = lat0Deg;
        double[] o = ecef(lon0Deg, lat0Deg, 0);
        x0 = o[0];
        y0 = o[1];
        z0 = o[2];
        double lam = Math.toRadians(lon0Deg);
        double phi = Math.toRadians(lat0Deg);
        double sl = StrictMath.sin(lam);
        double cl = StrictMath.cos(lam);
        double sp = StrictMath.sin(phi);
        double cp = StrictMath.cos(phi);
        rot = new double[][] {{-sl, cl, 0}, {-sp * cl, -sp * sl, cp}, {cp * cl, cp * sl, sp}};
    }

    public double originLonDeg() {
        return lon0Deg;
    }

    public double originLatDeg() {
        return lat0Deg;
    }

    /** East and north (m) of a point on the ellipsoid. */
    public double[] toLocal(double lonDeg, double latDeg) {
        double[] p = ecef(lonDeg, latDeg, 0);
        double dx = p[0] - x0;
        double dy = p[1] - y0;
        double dz = p[2] - z0;
        return new double[] {
            rot[0][0] * dx + rot[0][1] * dy + rot[0][2] * dz,
            rot[1][0] * dx + rot[1][1] * dy + rot[1][2] * dz};
    }

    /** Longitude and latitude (degrees) of the ellipsoid point whose projection is (east, north). */
    public double[] toLonLat(double eastM, double northM) {
        double up = 0;
        double[] llh = null;
        for (int i = 0; i < 4; i++) {
            double x = rot[0][0] * eastM + rot[1][0] * northM + rot[2][0] * up + x0;
            double y = rot[0][1] * eastM + rot[1][1] * northM + rot[2][1] * up + y0;
            double z = rot[0][2] * eastM + rot[1][2] * northM + rot[2][2] * up + z0;
            llh = geodetic(x, y, z);
            up -= llh[2];
        }
        return new double[] {llh[0], llh[1]};
    }

    static double[] ecef(double lonDeg, double latDeg, double h) {
        double lam = Math.toRadians(lonDeg);
        double phi = Math.toRadians(latDeg);
        double s = StrictMath.sin(phi);
        double n = A / Math.sqrt(1 - E2 * s * s);
        return new double[] {
            (n + h) * StrictMath.cos(phi) * StrictMath.cos(lam),
            (n + h) * StrictMath.cos(phi) * StrictMath.sin(lam),
            (n * (1 - E2) + h) * s};
    }

    /** ECEF to longitude, latitude (degrees) and height (m), by fixed-point iteration. */
    static double[] geodetic(double x, double y, double z) {
        double lon = StrictMath.atan2(y, x);
        double p = StrictMath.hypot(x, y);
        double lat = StrictMath.atan2(z, p * (1 - E2));
        double h = 0;
        for (int i = 0; i < 10; i++) {
            double s = StrictMath.sin(lat);
            double n = A / Math.sqrt(1 - E2 * s * s);
            h = p / StrictMath.cos(lat) - n;
            lat = StrictMath.atan2(z, p * (1 - E2 * n / (n + h)));
        }
        return new double[] {Math.toDegrees(lon), Math.toDegrees(lat), h};
    }
}
