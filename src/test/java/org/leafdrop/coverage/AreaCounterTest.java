package org.leafdrop.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leafdrop.coverage.CoverageFixtures.MOSUL;
import static org.leafdrop.coverage.CoverageFixtures.rectangle;
import static org.leafdrop.coverage.CoverageFixtures.ring;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.LonLat;
import org.leafdrop.sim.SortieLandings;

class AreaCounterTest {
    /** Points on a 100 m grid from -1,000 to 1,000 m both ways: 441 points. */
    private static SortieLandings grid() {
        double[] east = new double[441];
        double[] north = new double[441];
        int k = 0;
        for (int i = -10; i <= 10; i++) {
            for (int j = -10; j <= 10; j++) {
                east[k] = 100 * i;
                north[k] = 100 * j;
                k++;
            }
        }
        return CoverageFixtures.landings("grid", 441, 441, 0, 0, east, north, 1);
    }

    // Areas keep 50 m between their edges and the grid points: lon/lat edges bend by centimetres.

    @Test
    void countsPointsInsideASquare() {
        AreaCounter square = AreaCounter.of(rectangle(MOSUL, -550, -550, 550, 550), MOSUL);

        assertThat(square.count(grid())).isEqualTo(11 * 11);
        assertThat(square.contains(0, 0)).isTrue();
        assertThat(square.contains(600, 0)).isFalse();
    }

    @Test
    void pointsInAHoleAreOutside() {
        AreaGeometry withHole = new AreaGeometry(List.of(List.of(ring(MOSUL, -1050, -1050, 1050, 1050),
                ring(MOSUL, -350, -350, 350, 350))), false);

        AreaCounter counter = AreaCounter.of(withHole, MOSUL);

        assertThat(counter.count(grid())).isEqualTo(21 * 21 - 7 * 7);
        assertThat(counter.contains(0, 0)).isFalse();
        assertThat(counter.contains(700, 700)).isTrue();
    }

    @Test
    void multiPolygonCountsPointsInEachPart() {
        AreaGeometry two = new AreaGeometry(List.of(List.of(ring(MOSUL, -1050, -1050, -750, -750)),
                List.of(ring(MOSUL, 450, 450, 650, 1050))), true);

        AreaCounter counter = AreaCounter.of(two, MOSUL);

        assertThat(counter.count(grid())).isEqualTo(3 * 3 + 2 * 6);
    }

    @Test
    void longEdgesKeepTheirLonLatShape() {
        // the north edge runs along the parallel 36.5 N for about 54 km; as a straight line in the
        // frame it would cut tens of metres south of the parallel at its middle
        List<LonLat> ring = List.of(new LonLat(43.0, 36.3), new LonLat(43.6, 36.3), new LonLat(43.6, 36.5),
                new LonLat(43.0, 36.5), new LonLat(43.0, 36.3));
        AreaCounter counter = AreaCounter.of(AreaGeometry.polygon(ring), MOSUL);
        double[] justSouth = MOSUL.toLocal(43.3, 36.5 - 0.0001);
        double[] justNorth = MOSUL.toLocal(43.3, 36.5 + 0.0001);

        assertThat(counter.contains(justSouth[0], justSouth[1])).isTrue();
        assertThat(counter.contains(justNorth[0], justNorth[1])).isFalse();
    }

    @Test
    void countsAMillionScatteredPointsInAPolygonWithAHole() {
        AreaGeometry withHole = new AreaGeometry(List.of(List.of(ring(MOSUL, -3000, -2000, 3000, 2500),
                ring(MOSUL, -500, -500, 500, 500))), false);
        AreaCounter counter = AreaCounter.of(withHole, MOSUL);
        int n = 1_000_000;
        SplittableRandom rng = new SplittableRandom(1);
        double[] east = new double[n];
        double[] north = new double[n];
        for (int i = 0; i < n; i++) {
            east[i] = rng.nextDouble(-5000, 5000);
            north[i] = rng.nextDouble(-5000, 5000);
        }
        SortieLandings points = CoverageFixtures.landings("many", n, n, 0, 0, east, north, 1);

        int inside = counter.count(points);
        // (6,000 x 4,500 - 1,000 x 1,000) / 10,000^2 of the points: 0.26, within 5 standard errors.
        // Its speed is measured by bench/jmh.sh CoverageBenchmark, not here.
        assertThat(inside / (double) n).isBetween(0.258, 0.262);
    }
}
