package org.leafdrop.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leafdrop.coverage.CoverageFixtures.MOSUL;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.Target;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.SortieLandings;

class CoveragePropertyTest {
    static Stream<Arguments> scenarios() {
        SplittableRandom rng = new SplittableRandom(20161017L);
        return IntStream.range(0, 60).mapToObj(i -> Arguments.of(i, rng.nextLong()));
    }

    /** Random overlapping rectangles, clouds and leaflet counts (some not divisible by the particles). */
    @ParameterizedTest(name = "seed 20161017 case {0}")
    @MethodSource("scenarios")
    void fractionsStayInZeroToOneAndTargetsHoldNoMoreThanAllLeaflets(int i, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Target> targets = new ArrayList<>();
        int targetCount = rng.nextInt(0, 5);
        for (int t = 0; t < targetCount; t++) {
            targets.add(CoverageFixtures.target("t" + t, null, rng.nextInt(0, 3) * 1000L, randomRectangle(rng)));
        }
        List<Exclusion> exclusions = new ArrayList<>();
        int exclusionCount = rng.nextInt(0, 3);
        for (int e = 0; e < exclusionCount; e++) {
            exclusions.add(CoverageFixtures.exclusion("x" + e, null, randomRectangle(rng)));
        }
        List<SortieLandings> sorties = new ArrayList<>();
        int sortieCount = rng.nextInt(1, 4);
        for (int s = 0; s < sortieCount; s++) {
            int particles = rng.nextInt(1, 3000);
            int landed = rng.nextInt(0, particles + 1);
            double cx = rng.nextDouble(-3000, 3000);
            double cy = rng.nextDouble(-3000, 3000);
            double sd = rng.nextDouble(10, 2000);
            double[] east = new double[landed];
            double[] north = new double[landed];
            for (int p = 0; p < landed; p++) {
                east[p] = cx + sd * (rng.nextDouble() - 0.5) * 3.4;
                north[p] = cy + sd * (rng.nextDouble() - 0.5) * 3.4;
            }
            sorties.add(CoverageFixtures.landings("s" + s, rng.nextLong(0, 2_000_000), particles, 0, 0, east, north, 100));
        }
        CoverageReport r = CoverageReport.analyse(CoverageFixtures.plan("p", targets, exclusions),
                new SimulationRun(MOSUL, seed, 1, sorties));

        CoverageTotals totals = r.totals();
        assertThat(totals.fractionInTargets()).isBetween(0.0, 1.0);
        assertThat(totals.leafletsInTargets()).isLessThanOrEqualTo(totals.leaflets());
        assertThat(totals.leafletsInExclusions()).isLessThanOrEqualTo(totals.leaflets());
        long sumOverTargets = 0;
        for (TargetCoverage t : r.targets()) {
            assertThat(t.fractionOfLeafletsInside()).isBetween(0.0, 1.0);
            assertThat(t.leafletsInside()).isLessThanOrEqualTo(totals.leafletsInTargets());
            sumOverTargets += t.leafletsInside();
        }
        // rounding each target separately may add half a leaflet per target
        assertThat(totals.leafletsInTargets()).isLessThanOrEqualTo(sumOverTargets + r.targets().size());
        for (SortieExclusionCoverage c : r.sortieExclusions()) {
            assertThat(c.fractionOfSortieLeaflets()).isBetween(0.0, 1.0);
        }
        assertThat(r.targets()).hasSize(targets.size());
        assertThat(r.exclusions()).hasSize(exclusions.size());
    }

    private static AreaGeometry randomRectangle(SplittableRandom rng) {
        double w = rng.nextDouble(-4000, 3000);
        double s = rng.nextDouble(-4000, 3000);
        return CoverageFixtures.rectangle(MOSUL, w, s, w + rng.nextDouble(50, 4000), s + rng.nextDouble(50, 4000));
    }
}
