package org.leafdrop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.WindLevel;

/**
 * Above the mixing height the engine draws the horizontal walk whole and takes long steps with
 * the vertical velocity's sum drawn exactly (ChunkKernel.stepHomogeneous). These tests hold that
 * to the plain time stepper, which steps every particle everywhere: the same landings in
 * distribution, and the sums' formulas against the sums themselves.
 */
class HomogeneousLayerTest {

    /** The stepped sums of an OU velocity, summed directly: {E X(m)/X0, E S/X0, Var X(m), Var S, Cov}. */
    private static double[] directSums(double q, int m) {
        double c2 = 1 - q * q;
        double varX = 0;
        double varS = 0;
        double cov = 0;
        double meanS = 0;
        for (int j = 0; j < m; j++) {
            meanS += Math.pow(q, j);
        }
        // X(m) and S as sums of the noises n(k), k = 0..m-1: weights q^(m-1-k) and (1 - q^(m-1-k)) / (1 - q)
        for (int k = 0; k < m; k++) {
            double wx = Math.pow(q, m - 1 - k);
            double ws = (1 - Math.pow(q, m - 1 - k)) / (1 - q);
            varX += c2 * wx * wx;
            varS += c2 * ws * ws;
            cov += c2 * wx * ws;
        }
        return new double[] {Math.pow(q, m), meanS, varX, varS, cov};
    }

    @ParameterizedTest(name = "dt/T_L = {0}, m = {1}")
    @CsvSource({"0.01, 1", "0.01, 2", "0.01, 7", "0.01, 100", "0.01, 1500", "0.2, 3", "0.2, 60", "1.0, 16",
        "0.0001, 2", "0.0001, 900"})
    void theSumsFormulasAreTheSumsOfTheSteppedUpdates(double dtOverT, int m) {
        double[] c = ChunkKernel.ouSums(-dtOverT, m);
        double[] d = directSums(Math.exp(-dtOverT), m);
        double varX = c[3] * c[3];
        double cov = c[2] * varX;
        double varS = c[4] * c[4] + cov * c[2];
        double scale = Math.max(d[3], 1e-12);
        assertThat(c[0]).isCloseTo(d[0], within(1e-12));
        assertThat(c[1]).isCloseTo(d[1], within(1e-9 * m));
        assertThat(varX).isCloseTo(d[2], within(1e-10));
        assertThat(cov).isCloseTo(d[4], within(1e-7 * Math.max(1, Math.abs(d[4]))));
        assertThat(varS).isCloseTo(d[3], within(1e-6 * scale + 1e-12));
    }

    static Stream<Arguments> columns() {
        // winds from one direction (where stepping and drawing are the same model), and turning winds
        return Stream.of(
                Arguments.of("one direction", List.of(new WindLevel(223, 270, 3), new WindLevel(1000, 270, 6),
                        new WindLevel(2000, 270, 11), new WindLevel(3500, 270, 14)), 0.30, 100.0),
                Arguments.of("turning 320 to 280", List.of(new WindLevel(223, 320, 3), new WindLevel(1000, 310, 6),
                        new WindLevel(2000, 295, 9), new WindLevel(3500, 280, 13)), 0.30, 100.0),
                Arguments.of("strong free turbulence, short T_L", List.of(new WindLevel(223, 270, 4),
                        new WindLevel(3500, 270, 12)), 1.0, 20.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void landingsMatchThePlainTimeStepperInDistribution(String name, List<WindLevel> winds, double freeSigmaH,
                                                        double tlH) {
        Turbulence bl = new Turbulence.BoundaryLayer(0.25, 400, freeSigmaH, 0.15, tlH, 30, false);
        Plan plan = TestPlans.plan(223, TestPlans.leaflet(0.8, 0.0), TestPlans.steadyProfile(winds, bl),
                TestPlans.pointSortie(1500));
        Scenario sc = Scenario.prepare(plan);
        int n = 30_000;
        SortieLandings fast = new ParticleEngine(2, true).run(sc, n, 11, 1.0, ProgressMonitor.NONE).sorties().get(0);
        SortieLandings stepped = new ParticleEngine(2, false).run(sc, n, 12, 1.0, ProgressMonitor.NONE).sorties().get(0);
        assertThat(fast.landedCount()).isEqualTo(n);
        assertThat(stepped.landedCount()).isEqualTo(n);
        double[][] a = {fast.copyEastM(), fast.copyNorthM(), fast.copyFallTimeS()};
        double[][] b = {stepped.copyEastM(), stepped.copyNorthM(), stepped.copyFallTimeS()};
        for (int q = 0; q < 3; q++) {
            double[] ma = meanSd(a[q]);
            double[] mb = meanSd(b[q]);
            double se = Math.sqrt((ma[1] * ma[1] + mb[1] * mb[1]) / n);
            // means within 4.5 standard errors (plus 0.5 m or 0.05 s for the long steps' mean-wind rule)
            assertThat(ma[0]).as("%s mean of %d", name, q).isCloseTo(mb[0], within(4.5 * se + 0.5));
            // spreads within 4 % (their sampling error is about 0.6 %)
            assertThat(ma[1]).as("%s spread of %d", name, q).isCloseTo(mb[1], within(0.04 * mb[1]));
        }
        // and the turbulence is really there: spread well beyond a point release's none
        assertThat(meanSd(a[0])[1]).isGreaterThan(50);
    }

    @ParameterizedTest(name = "{0} threads")
    @CsvSource({"1", "2"})
    void aSeedGivesTheSameLandingsOnAnyThreadCount(int threads) {
        Turbulence bl = new Turbulence.BoundaryLayer(0.25, 400, 0.3, 0.15, 100, 30, false);
        Plan plan = TestPlans.plan(223, TestPlans.leaflet(0.8, 0.1), TestPlans.steadyProfile(List.of(
                new WindLevel(223, 300, 3), new WindLevel(3000, 280, 12)), bl), TestPlans.pointSortie(1500));
        Scenario sc = Scenario.prepare(plan);
        SortieLandings one = new ParticleEngine(1).run(sc, 5000, 5, 1.0, ProgressMonitor.NONE).sorties().get(0);
        SortieLandings many = new ParticleEngine(threads).run(sc, 5000, 5, 1.0, ProgressMonitor.NONE).sorties().get(0);
        assertThat(many.copyEastM()).containsExactly(one.copyEastM());
        assertThat(many.copyNorthM()).containsExactly(one.copyNorthM());
        assertThat(many.copyFallTimeS()).containsExactly(one.copyFallTimeS());
    }

    private static double[] meanSd(double[] v) {
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= v.length;
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return new double[] {m, Math.sqrt(s / (v.length - 1))};
    }
}
