package org.leafdrop.coverage;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.LonLat;
import org.leafdrop.sim.SortieLandings;

/**
 * Where and when one sortie's landed particles came down (PHYSICS.md section 8). All particles
 * of a sortie carry the same number of leaflets, so the leaflet-weighted statistics are the plain
 * particle statistics. Conventions follow the NumPy reference in {@code bench/}: percentiles as
 * {@link Percentiles}, sample covariance with n - 1 (as {@code numpy.cov}). Immutable.
 *
 * @param fallTime        fall times of the landed particles
 * @param releaseCentroid the mean release point
 * @param landingCentroid the mean landing point
 * @param driftM          geodesic distance from the release centroid to the landing centroid
 * @param driftBearingDeg initial geodesic bearing of that line, degrees true in [0, 360)
 * @param ellipse         1-sigma covariance ellipse of the landing points
 * @param r50M            radius around the landing centroid holding 50 % of the landing points
 * @param r90M            radius around the landing centroid holding 90 % of the landing points
 */
public record SortieStatistics(FallTimes fallTime, Centroid releaseCentroid, Centroid landingCentroid,
                               double driftM, double driftBearingDeg, Ellipse ellipse, double r50M, double r90M) {
    public SortieStatistics {
        Objects.requireNonNull(fallTime, "fallTime");
        Objects.requireNonNull(releaseCentroid, "releaseCentroid");
        Objects.requireNonNull(landingCentroid, "landingCentroid");
        Objects.requireNonNull(ellipse, "ellipse");
        requireNonNegative("driftM", driftM);
        requireBearing("driftBearingDeg", driftBearingDeg, 360);
        requireNonNegative("r50M", r50M);
        requireNonNegative("r90M", r90M);
    }

    /**
     * The statistics of a sortie's landed particles, or empty when none landed.
     *
     * @param frame the frame the landings are expressed in
     */
    public static Optional<SortieStatistics> of(SortieLandings landings, LocalFrame frame) {
        int n = landings.landedCount();
        if (n == 0) {
            return Optional.empty();
        }
        double sumE = 0;
        double sumN = 0;
        for (int i = 0; i < n; i++) {
            sumE += landings.eastM(i);
            sumN += landings.northM(i);
        }
        double meanE = sumE / n;
        double meanN = sumN / n;
        Centroid release = Centroid.at(frame, landings.releaseCentroidEastM(), landings.releaseCentroidNorthM());
        Centroid landing = Centroid.at(frame, meanE, meanN);
        Geodesy.DistanceBearing drift = geodesicDrift(release.lonLat(), landing.lonLat());

        // second pass about the mean: no cancellation when the cloud sits far from the origin
        double see = 0;
        double snn = 0;
        double sen = 0;
        double[] radius = new double[n];
        for (int i = 0; i < n; i++) {
            double de = landings.eastM(i) - meanE;
            double dn = landings.northM(i) - meanN;
            see += de * de;
            snn += dn * dn;
            sen += de * dn;
            radius[i] = Math.sqrt(de * de + dn * dn);
        }
        Ellipse ellipse = n > 1
                ? Ellipse.ofCovariance(see / (n - 1), sen / (n - 1), snn / (n - 1))
                : new Ellipse(0, 0, 0);

        double[] fall = landings.copyFallTimeS();
        Arrays.sort(fall);
        Arrays.sort(radius);
        FallTimes fallTimes = new FallTimes(mean(fall), Percentiles.ofSorted(fall, 5), Percentiles.ofSorted(fall, 95));
        return Optional.of(new SortieStatistics(fallTimes, release, landing, drift.distanceM(), drift.bearingDeg(),
                ellipse, Percentiles.ofSorted(radius, 50), Percentiles.ofSorted(radius, 90)));
    }

    /**
     * Geodesic distance and initial bearing between two points, the definition of drift in
     * PLAN-FORMAT.md; shared by the simulated and the doctrinal drift so both compare alike.
     */
    static Geodesy.DistanceBearing geodesicDrift(LonLat from, LonLat to) {
        return Geodesy.inverse(from.lonDeg(), from.latDeg(), to.lonDeg(), to.latDeg());
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static void requireNonNegative(String name, double v) {
        if (!(v >= 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + v);
        }
    }

    private static void requireBearing(String name, double v, int limit) {
        if (!(v >= 0 && v < limit)) {
            throw new IllegalArgumentException(name + " must be in [0, " + limit + "), was " + v);
        }
    }

    /** Fall times (s, from leaving the aircraft): mean, 5th and 95th percentile. */
    public record FallTimes(double meanS, double p05S, double p95S) {
        public FallTimes {
            requireNonNegative("meanS", meanS);
            requireNonNegative("p05S", p05S);
            requireNonNegative("p95S", p95S);
        }
    }

    /** A point both in the plan's local frame (m east and north of its origin) and in WGS84. */
    public record Centroid(double eastM, double northM, LonLat lonLat) {
        public Centroid {
            Objects.requireNonNull(lonLat, "lonLat");
            if (!Double.isFinite(eastM) || !Double.isFinite(northM)) {
                throw new IllegalArgumentException("centroid must be finite, was " + eastM + ", " + northM);
            }
        }

        /** The point (east, north) of a frame with its longitude and latitude. */
        public static Centroid at(LocalFrame frame, double eastM, double northM) {
            double[] ll = frame.toLonLat(eastM, northM);
            return new Centroid(eastM, northM, new LonLat(ll[0], ll[1]));
        }
    }

    /**
     * A 1-sigma covariance ellipse (2 sigma is twice as large).
     *
     * @param sigmaMajorM         square root of the larger eigenvalue of the covariance
     * @param sigmaMinorM         square root of the smaller eigenvalue
     * @param majorAxisBearingDeg bearing of the major axis, degrees east of true north in [0, 180);
     *                            0 when the spread is the same in every direction
     */
    public record Ellipse(double sigmaMajorM, double sigmaMinorM, double majorAxisBearingDeg) {
        public Ellipse {
            requireNonNegative("sigmaMajorM", sigmaMajorM);
            requireNonNegative("sigmaMinorM", sigmaMinorM);
            requireBearing("majorAxisBearingDeg", majorAxisBearingDeg, 180);
            if (sigmaMinorM > sigmaMajorM) {
                throw new IllegalArgumentException("sigmaMinorM must not exceed sigmaMajorM");
            }
        }

        /**
         * The ellipse of a covariance matrix [[varEast, covEastNorth], [covEastNorth, varNorth]]
         * (m2), by the closed-form eigen-decomposition of a symmetric 2x2 matrix. The half
         * difference of the eigenvalues is taken with {@code hypot} (no overflow, no negative
         * root), and the smaller eigenvalue as determinant / larger one, which avoids subtracting
         * two nearly equal numbers for thin clouds.
         */
        public static Ellipse ofCovariance(double varEastM2, double covEastNorthM2, double varNorthM2) {
            double half = 0.5 * (varEastM2 + varNorthM2);
            double spread = Math.hypot(0.5 * (varEastM2 - varNorthM2), covEastNorthM2);
            double major = Math.max(half + spread, 0);
            double minor = major > 0
                    ? Math.min(Math.max((varEastM2 * varNorthM2 - covEastNorthM2 * covEastNorthM2) / major, 0), major)
                    : 0;
            double bearing = 0;
            if (spread > 0) {
                // angle of the major axis counter-clockwise from east, turned into degrees east of north
                double fromEastDeg = 0.5 * Math.toDegrees(Math.atan2(2 * covEastNorthM2, varEastM2 - varNorthM2));
                bearing = axisBearing(90 - fromEastDeg);
            }
            return new Ellipse(Math.sqrt(major), Math.sqrt(minor), bearing);
        }

        private static double axisBearing(double deg) {
            double b = deg % 180;
            if (b < 0) {
                b += 180;
            }
            return b >= 180 ? 0 : b;
        }
    }
}
