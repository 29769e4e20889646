package org.leafdrop.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.leafdrop.coverage.CoverageFixtures;
import org.leafdrop.coverage.CoverageReport;
import org.leafdrop.coverage.DensityContours;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Target;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.SortieLandings;
import org.locationtech.jts.geom.Geometry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Coverage of 10^6 landed particles (16 sorties of 62,500 in clouds over a city): the density
 * grid (100 m cells), contours at two levels and the metrics against four targets and an
 * exclusion, as after a city campaign's run (issue 4's target: under 1 s on two cores).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(1)
public class CoverageBenchmark {
    private SimulationRun run;
    private Plan plan;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(17);
        List<SortieLandings> sorties = new ArrayList<>();
        for (int s = 0; s < 16; s++) {
            int n = 62_500;
            double ce = rng.nextDouble(-6000, 6000);
            double cn = rng.nextDouble(-6000, 6000);
            double[] e = new double[n];
            double[] no = new double[n];
            for (int i = 0; i < n; i++) {
                e[i] = ce + 800 * rng.nextGaussian();
                no[i] = cn + 500 * rng.nextGaussian();
            }
            sorties.add(CoverageFixtures.landings("s" + s, 125_000, n, 0, 0, e, no, 900));
        }
        run = new SimulationRun(CoverageFixtures.MOSUL, 17, 62_500, sorties);
        List<Target> targets = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            double w = -7000 + 3500 * t;
            targets.add(CoverageFixtures.target("t" + t, null, 100_000,
                    CoverageFixtures.rectangle(CoverageFixtures.MOSUL, w, -7000, w + 3000, 7000)));
        }
        plan = CoverageFixtures.plan("city", targets, List.of(CoverageFixtures.exclusion("river", null,
                CoverageFixtures.rectangle(CoverageFixtures.MOSUL, -300, -8000, 300, 8000))));
    }

    @Benchmark
    public Object gridContoursAndMetrics() {
        DensityGrid grid = DensityGrid.of(run, 100);
        Geometry low = DensityContours.atOrAbove(grid, 1000);
        Geometry high = DensityContours.atOrAbove(grid, 10_000);
        return new Object[] {CoverageReport.analyse(plan, run), low, high};
    }
}
