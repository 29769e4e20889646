package org.leafdrop.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.SortieLandings;
import org.locationtech.jts.geom.Geometry;

class DensityGridTest {
    private static final long LEAFLETS = 1_000_000;
    private static final double SIGMA_M = 500;

    /** An isotropic Gaussian cloud of landings around the frame origin; seeded. */
    private static SimulationRun gaussianCloud(int particles, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] e = new double[particles];
        double[] n = new double[particles];
        for (int i = 0; i < particles; i++) {
            e[i] = SIGMA_M * rng.nextGaussian();
            n[i] = SIGMA_M * rng.nextGaussian();
        }
        SortieLandings l = CoverageFixtures.landings("s1", LEAFLETS, particles, 0, 0, e, n, 600);
        return new SimulationRun(CoverageFixtures.MOSUL, seed, particles, List.of(l));
    }

    private static Geometry square(double halfSideM) {
        return AreaCounter.of(CoverageFixtures.rectangle(CoverageFixtures.MOSUL, -halfSideM, -halfSideM, halfSideM,
                halfSideM), CoverageFixtures.MOSUL).localGeometry();
    }

    @Test
    void everyLeafletIsOnTheGrid() {
        DensityGrid g = DensityGrid.of(gaussianCloud(50_000, 1), 50);
        double total = 0;
        for (int y = 0; y < g.rows(); y++) {
            for (int x = 0; x < g.columns(); x++) {
                total += g.perKm2(x, y) * g.cellM() * g.cellM() / 1e6;
            }
        }
        // the kernel is cut at four sigmas and renormalised: nothing is lost
        assertThat(total).isCloseTo(LEAFLETS, within(LEAFLETS * 1e-9));
    }

    @ParameterizedTest(name = "radius {0} m")
    @ValueSource(doubles = {400, 700, 1000})
    void areaAboveAThresholdOfAGaussianCloudIsTheDiscInsideItsContour(double radiusM) {
        int particles = 200_000;
        DensityGrid g = DensityGrid.of(gaussianCloud(particles, 7), 50);
        // the estimate is the cloud convolved with the kernel and the cell: variances add
        double h = 0.9 * SIGMA_M * Math.pow(particles, -0.2); // Silverman, as the grid uses
        double s2 = SIGMA_M * SIGMA_M + h * h + 50.0 * 50.0 / 12;
        double peakPerKm2 = LEAFLETS / (2 * Math.PI * s2) * 1e6;
        double threshold = peakPerKm2 * Math.exp(-radiusM * radiusM / (2 * s2));
        Geometry target = square(5000);
        double expected = Math.PI * radiusM * radiusM / target.getArea();
        // sampling noise and 50 m cells on the contour: within 5 %
        assertThat(g.areaFractionAtOrAbove(target, threshold)).isCloseTo(expected, within(expected * 0.05));
    }

    @Test
    void aThresholdOfZeroIsMetEverywhereAndAFarTargetGetsNothing() {
        DensityGrid g = DensityGrid.of(gaussianCloud(10_000, 3), 100);
        assertThat(g.areaFractionAtOrAbove(square(2000), 0)).isEqualTo(1);
        Geometry far = AreaCounter.of(CoverageFixtures.rectangle(CoverageFixtures.MOSUL, 30_000, 30_000, 31_000,
                31_000), CoverageFixtures.MOSUL).localGeometry();
        assertThat(g.areaFractionAtOrAbove(far, 1)).isZero();
        assertThat(g.perKm2At(30_500, 30_500)).isZero();
    }

    @Test
    void cellsAreCoarsenedRatherThanExhaustMemory() {
        SortieLandings spread = CoverageFixtures.landings("s", 1000, 2, 0, 0, new double[] {-200_000, 200_000},
                new double[] {-200_000, 200_000}, 600);
        DensityGrid g = DensityGrid.of(new SimulationRun(CoverageFixtures.MOSUL, 1, 2, List.of(spread)), 10);
        assertThat((long) g.columns() * g.rows()).isLessThanOrEqualTo(DensityGrid.MAX_CELLS);
        assertThat(g.cellM()).isGreaterThan(10);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void clippedAreaMatchesTheJtsOverlay(long seed) {
        // a concave polygon with a hole against boxes straddling its edges, seeded
        SplittableRandom rng = new SplittableRandom(seed);
        org.locationtech.jts.geom.GeometryFactory gf = new org.locationtech.jts.geom.GeometryFactory();
        Geometry area = gf.createPolygon(
                gf.createLinearRing(coords(0, 0, 1000, 0, 1000, 1000, 500, 400, 0, 1000, 0, 0)),
                new org.locationtech.jts.geom.LinearRing[] {gf.createLinearRing(coords(100, 100, 300, 100, 300, 300,
                        100, 300, 100, 100))});
        for (int i = 0; i < 50; i++) {
            double x = rng.nextDouble(-200, 1100);
            double y = rng.nextDouble(-200, 1100);
            double side = rng.nextDouble(10, 400);
            Geometry box = gf.toGeometry(new org.locationtech.jts.geom.Envelope(x, x + side, y, y + side));
            assertThat(DensityGrid.clippedArea(area, x, y, x + side, y + side))
                    .isCloseTo(area.intersection(box).getArea(), within(1e-6));
        }
    }

    private static org.locationtech.jts.geom.Coordinate[] coords(double... xy) {
        org.locationtech.jts.geom.Coordinate[] c = new org.locationtech.jts.geom.Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new org.locationtech.jts.geom.Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return c;
    }

    @Test
    void contourAtALevelIsAValidPolygonEnclosingTheDenseDisc() {
        int particles = 200_000;
        DensityGrid g = DensityGrid.of(gaussianCloud(particles, 9), 50);
        double h = 0.9 * SIGMA_M * Math.pow(particles, -0.2);
        double s2 = SIGMA_M * SIGMA_M + h * h + 50.0 * 50.0 / 12;
        double radiusM = 700;
        double level = LEAFLETS / (2 * Math.PI * s2) * 1e6 * Math.exp(-radiusM * radiusM / (2 * s2));
        Geometry contour = DensityContours.atOrAbove(g, level);
        assertThat(contour.isValid()).isTrue();
        assertThat(DensityContours.polygons(contour)).hasSize(1);
        // the disc of radius 700 m, within the 5 % of the area test, plus the simplification's quarter cell
        assertThat(contour.getArea()).isCloseTo(Math.PI * radiusM * radiusM, within(Math.PI * radiusM * radiusM * 0.06));
        assertThat(contour.getCentroid().getX()).isCloseTo(0, within(25.0));
        assertThat(DensityContours.atOrAbove(g, 1e12).isEmpty()).isTrue();
    }
}
