package org.leafdrop.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.leafdrop.coverage.CoverageFixtures.MOSUL;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.sim.SortieLandings;

class SortieStatisticsTest {
    private static final int N = 200_000;

    private static SortieLandings cloud(long seed, double sigmaMajorM, double sigmaMinorM, double axisBearingDeg,
                                        double centreEastM, double centreNorthM) {
        Random rng = new Random(seed);
        double b = Math.toRadians(axisBearingDeg);
        double[] east = new double[N];
        double[] north = new double[N];
        double[] fall = new double[N];
        for (int i = 0; i < N; i++) {
            double u = sigmaMajorM * rng.nextGaussian();
            double v = sigmaMinorM * rng.nextGaussian();
            east[i] = centreEastM + u * Math.sin(b) + v * Math.cos(b);
            north[i] = centreNorthM + u * Math.cos(b) - v * Math.sin(b);
            fall[i] = 1500 + 100 * rng.nextGaussian();
        }
        return new SortieLandings("s1", 500_000, N, 0, 0, east, north, fall);
    }

    @Test
    void rotatedGaussianCloudGivesBackItsSigmasAndAxisBearing() {
        SortieStatistics s = SortieStatistics.of(cloud(20161017L, 900, 300, 20, 3000, -1000), MOSUL).orElseThrow();

        // the SD of a sample SD is sigma / sqrt(2N), 0.16 % here: 1 % is over 6 standard errors
        assertThat(s.ellipse().sigmaMajorM()).isCloseTo(900, within(9.0));
        assertThat(s.ellipse().sigmaMinorM()).isCloseTo(300, within(3.0));
        // the axis angle's sampling error is about 0.1 degree at this N and aspect ratio
        assertThat(s.ellipse().majorAxisBearingDeg()).isCloseTo(20, within(0.5));
        // the mean's standard error is under 2 m
        assertThat(s.landingCentroid().eastM()).isCloseTo(3000, within(10.0));
        assertThat(s.landingCentroid().northM()).isCloseTo(-1000, within(10.0));
    }

    @Test
    void axisBearingStaysInHalfCircleForAxesWestOfNorth() {
        SortieStatistics s = SortieStatistics.of(cloud(7, 500, 100, 150, 0, 0), MOSUL).orElseThrow();

        assertThat(s.ellipse().majorAxisBearingDeg()).isCloseTo(150, within(0.5));
    }

    @Test
    void isotropicGaussianHasRayleighR50AndR90() {
        SortieStatistics s = SortieStatistics.of(cloud(42, 400, 400, 0, 0, 0), MOSUL).orElseThrow();

        // Rayleigh quantiles: sigma sqrt(2 ln 2) and sigma sqrt(2 ln 10); 1 % is several standard errors
        assertThat(s.r50M()).isCloseTo(1.1774 * 400, within(0.01 * 1.1774 * 400));
        assertThat(s.r90M()).isCloseTo(2.1460 * 400, within(0.01 * 2.1460 * 400));
    }

    @Test
    void percentilesFollowNumpyLinearDefinition() {
        // numpy.percentile([1, 2, 3, 4], [5, 50, 95]) == [1.15, 2.5, 3.85]
        double[] v = {1, 2, 3, 4};
        assertThat(Percentiles.ofSorted(v, 5)).isCloseTo(1.15, within(1e-12));
        assertThat(Percentiles.ofSorted(v, 50)).isCloseTo(2.5, within(1e-12));
        assertThat(Percentiles.ofSorted(v, 95)).isCloseTo(3.85, within(1e-12));
        // numpy.percentile([10, 20, 30, 40, 50], 90) == 46.0; the ends are the extremes
        double[] w = {10, 20, 30, 40, 50};
        assertThat(Percentiles.ofSorted(w, 90)).isCloseTo(46, within(1e-12));
        assertThat(Percentiles.ofSorted(w, 0)).isEqualTo(10);
        assertThat(Percentiles.ofSorted(w, 100)).isEqualTo(50);
        assertThat(Percentiles.ofSorted(new double[] {7}, 95)).isEqualTo(7);
    }

    @Test
    void fallTimesAndRadiiOfSmallCloudMatchHandValues() {
        // (+-1, 0) and (0, +-3): centroid at the origin, radii 1, 1, 3, 3
        SortieLandings l = new SortieLandings("s1", 4, 4, 0, 0, new double[] {1, -1, 0, 0},
                new double[] {0, 0, 3, -3}, new double[] {4, 1, 3, 2});

        SortieStatistics s = SortieStatistics.of(l, MOSUL).orElseThrow();

        assertThat(s.fallTime().meanS()).isCloseTo(2.5, within(1e-12));
        assertThat(s.fallTime().p05S()).isCloseTo(1.15, within(1e-12));
        assertThat(s.fallTime().p95S()).isCloseTo(3.85, within(1e-12));
        assertThat(s.r50M()).isCloseTo(2.0, within(1e-12));
        assertThat(s.r90M()).isCloseTo(3.0, within(1e-12));
        // numpy.cov: var east 2/3, var north 18/3 = 6, no covariance: the major axis runs north
        assertThat(s.ellipse().sigmaMajorM()).isCloseTo(Math.sqrt(6), within(1e-12));
        assertThat(s.ellipse().sigmaMinorM()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-12));
        assertThat(s.ellipse().majorAxisBearingDeg()).isCloseTo(0, within(1e-9));
    }

    @Test
    void pointsOnALineGiveZeroMinorSigmaAndTheLinesBearing() {
        SortieStatistics ne = SortieStatistics.of(new SortieLandings("a", 3, 3, 0, 0, new double[] {0, 1, 2},
                new double[] {0, 1, 2}, new double[] {1, 1, 1}), MOSUL).orElseThrow();
        SortieStatistics se = SortieStatistics.of(new SortieLandings("b", 3, 3, 0, 0, new double[] {0, 1e5, 2e5},
                new double[] {0, -1e5, -2e5}, new double[] {1, 1, 1}), MOSUL).orElseThrow();
        SortieStatistics ew = SortieStatistics.of(new SortieLandings("c", 2, 2, 0, 0, new double[] {0, 2},
                new double[] {5, 5}, new double[] {1, 1}), MOSUL).orElseThrow();

        assertThat(ne.ellipse().majorAxisBearingDeg()).isCloseTo(45, within(1e-9));
        assertThat(ne.ellipse().sigmaMajorM()).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(ne.ellipse().sigmaMinorM()).isCloseTo(0, within(1e-6));
        assertThat(se.ellipse().majorAxisBearingDeg()).isCloseTo(135, within(1e-9));
        assertThat(se.ellipse().sigmaMinorM()).isCloseTo(0, within(1e-3));
        assertThat(ew.ellipse().majorAxisBearingDeg()).isCloseTo(90, within(1e-9));
        assertThat(ew.ellipse().sigmaMajorM()).isCloseTo(Math.sqrt(2), within(1e-12));
    }

    @Test
    void covarianceEllipseOfRoundCloudHasBearingZero() {
        SortieStatistics.Ellipse e = SortieStatistics.Ellipse.ofCovariance(4, 0, 4);

        assertThat(e.sigmaMajorM()).isEqualTo(2);
        assertThat(e.sigmaMinorM()).isEqualTo(2);
        assertThat(e.majorAxisBearingDeg()).isZero();
    }

    @Test
    void landingDueEastOfReleaseDriftsOnBearingNinety() {
        double[] east = {4900, 5100, 5000, 5000};
        double[] north = {0, 0, -100, 100};
        SortieLandings l = new SortieLandings("s1", 4, 4, 0, 0, east, north, new double[] {1, 1, 1, 1});

        SortieStatistics s = SortieStatistics.of(l, MOSUL).orElseThrow();

        // the frame's east at its origin is true east; the plane departs from the ellipsoid by
        // millimetres over 5 km
        assertThat(s.driftBearingDeg()).isCloseTo(90, within(0.01));
        assertThat(s.driftM()).isCloseTo(5000, within(0.5));
        Geodesy.DistanceBearing check = Geodesy.inverse(s.releaseCentroid().lonLat().lonDeg(),
                s.releaseCentroid().lonLat().latDeg(), s.landingCentroid().lonLat().lonDeg(),
                s.landingCentroid().lonLat().latDeg());
        assertThat(s.driftM()).isEqualTo(check.distanceM());
    }

    @Test
    void oneParticleHasNoSpread() {
        SortieLandings l = new SortieLandings("s1", 100, 1, 0, 0, new double[] {250}, new double[] {-75},
                new double[] {812});

        SortieStatistics s = SortieStatistics.of(l, MOSUL).orElseThrow();

        assertThat(s.ellipse()).isEqualTo(new SortieStatistics.Ellipse(0, 0, 0));
        assertThat(s.r50M()).isZero();
        assertThat(s.r90M()).isZero();
        assertThat(s.fallTime()).isEqualTo(new SortieStatistics.FallTimes(812, 812, 812));
        assertThat(s.landingCentroid().eastM()).isEqualTo(250);
    }

    @Test
    void noLandedParticleGivesNoStatistics() {
        SortieLandings l = new SortieLandings("s1", 100, 10, 0, 0, new double[0], new double[0], new double[0]);

        assertThat(SortieStatistics.of(l, MOSUL)).isEmpty();
    }
}
