package org.leafdrop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.WindLevel;

/** The engine's replay recording: the same landings as a plain run, and positions on the engine's paths. */
class TracedRunTest {
    private static final Instant T0 = Instant.parse("2016-10-15T22:30:00Z");

    private static Sortie timed(String id, TrackGeometry track, double altitudeAglM, ReleaseMethod m, Instant at) {
        return new Sortie(id, Optional.empty(), Optional.empty(), Optional.empty(), m, track, OptionalDouble.empty(),
                altitudeAglM, OptionalDouble.of(72), "test", OptionalLong.of(100_000), OptionalDouble.empty(),
                Optional.of(at), Extras.NONE);
    }

    private static TrackGeometry line() {
        return TrackGeometry.line(List.of(new LonLat(43.05, 36.33), new LonLat(43.06, 36.35)));
    }

    static Stream<Arguments> turbulence() {
        return Stream.of(Arguments.of(new Turbulence.None(), 1), Arguments.of(new Turbulence.Constant(0.5, 0.1, 100), 2),
                Arguments.of(Turbulence.BoundaryLayer.assumedDefault(), 1),
                Arguments.of(Turbulence.BoundaryLayer.assumedDefault(), 2));
    }

    @ParameterizedTest(name = "{0} on {1} threads")
    @MethodSource("turbulence")
    void aTracedRunLandsExactlyAsAPlainRun(Turbulence turbulence, int threads) {
        Plan plan = TestPlans.plan(223, TestPlans.leaflet(0.762, 0.15), TestPlans.steadyProfile(List.of(
                new WindLevel(223, 300, 3), new WindLevel(2500, 280, 10)), turbulence),
                timed("a", line(), 800, new ReleaseMethod.FreeFall(), T0),
                timed("b", line(), 1500, new ReleaseMethod.LeafletBomb(600, Optional.empty(), OptionalDouble.empty()),
                        T0.plusSeconds(900)));
        Scenario sc = Scenario.prepare(plan);
        SimulationRun plain = new ParticleEngine(threads).run(sc, 3000, 7, 1.0, ProgressMonitor.NONE);
        TracedRun traced = new ParticleEngine(threads).trace(sc, 3000, 7, 1.0,
                new FrameClock(T0.getEpochSecond(), 10, 2000), 100, ProgressMonitor.NONE);
        for (int s = 0; s < 2; s++) {
            SortieLandings p = plain.sorties().get(s);
            SortieLandings t = traced.run().sorties().get(s);
            assertThat(t.copyEastM()).containsExactly(p.copyEastM());
            assertThat(t.copyNorthM()).containsExactly(p.copyNorthM());
            assertThat(t.copyFallTimeS()).containsExactly(p.copyFallTimeS());
            assertThat(traced.tracedCount(s)).isEqualTo(100);
        }
    }

    @Test
    void positionsAtFrameTimesLieOnEachParticlesFallToItsLanding() {
        // sea-level density everywhere and one wind: every particle falls at 1 m/s drifting 5 m/s east
        Plan plan = TestPlans.plan(0, TestPlans.leaflet(1.0, 0),
                TestPlans.withAtmosphere(TestPlans.uniformWind(270, 5, new Turbulence.None()),
                        TestPlans.constantDensity()),
                timed("a", line(), 1000, new ReleaseMethod.FreeFall(), T0));
        Scenario sc = Scenario.prepare(plan);
        FrameClock clock = new FrameClock(T0.getEpochSecond() - 37, 7, 1000);
        TracedRun traced = new ParticleEngine(1).trace(sc, 2000, 3, 1.0, clock, 50, ProgressMonitor.NONE);
        SortieLandings l = traced.run().sorties().get(0);
        assertThat(l.landedCount()).isEqualTo(2000);
        int checked = 0;
        for (int k = 0; k < traced.tracedCount(0); k++) {
            int i = traced.particleIndexOfTraced(0, k);
            double landS = traced.landingTimeS(0, i);
            double releaseS = landS - l.fallTimeS(i);
            int[] frames = traced.tracedFrames(0, k);
            // recorded from the first frame after release to the last frame before landing
            assertThat(clock.timeS(frames[0])).isGreaterThanOrEqualTo(releaseS);
            assertThat(clock.timeS(frames[0]) - clock.stepS()).isLessThan(releaseS);
            assertThat(clock.timeS(frames[0] + frames[1] - 1)).isLessThan(landS);
            assertThat(clock.timeS(frames[0] + frames[1])).isGreaterThanOrEqualTo(landS);
            for (int f = frames[0]; f < frames[0] + frames[1]; f++) {
                double before = landS - clock.timeS(f);
                double[] p = traced.tracedPosition(0, k, f);
                assertThat(p[0]).isCloseTo(l.eastM(i) - 5 * before, within(0.02));
                assertThat(p[1]).isCloseTo(l.northM(i), within(0.02));
                assertThat(p[2]).isCloseTo(before * 1.0, within(0.02));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50 * 100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turbulence")
    void pathsHaveNoJumpsWhereAWalkIsDrawnWhole(Turbulence turbulence, int threads) {
        // the homogeneous layer's walk (boundary layer, release far above the 1,000 m mixing
        // height) and the constant model's are drawn whole; the replay spreads them over their frames
        Plan plan = TestPlans.plan(223, TestPlans.leaflet(0.762, 0.15), TestPlans.steadyProfile(List.of(
                new WindLevel(223, 300, 3), new WindLevel(3500, 280, 10)), turbulence),
                timed("a", line(), 2500, new ReleaseMethod.FreeFall(), T0));
        Scenario sc = Scenario.prepare(plan);
        FrameClock clock = new FrameClock(T0.getEpochSecond(), 2, 3000);
        TracedRun traced = new ParticleEngine(threads).trace(sc, 2048, 5, 1.0, clock, 64, ProgressMonitor.NONE);
        double widest = 0;
        for (int k = 0; k < traced.tracedCount(0); k++) {
            int[] frames = traced.tracedFrames(0, k);
            for (int f = frames[0] + 1; f < frames[0] + frames[1]; f++) {
                double[] p = traced.tracedPosition(0, k, f - 1);
                double[] q = traced.tracedPosition(0, k, f);
                // 2 s at up to 10 m/s of wind plus the turbulent velocities: well under 40 m
                assertThat(Math.hypot(q[0] - p[0], q[1] - p[1])).isLessThan(40);
                widest = Math.max(widest, Math.abs(q[2] - p[2]));
            }
        }
        assertThat(widest).isLessThan(10);
    }

    @Test
    void aloftAtListsOnlyParticlesBetweenReleaseAndLanding() {
        Plan plan = TestPlans.plan(223, TestPlans.leaflet(0.762, 0.1), TestPlans.steadyProfile(List.of(
                new WindLevel(223, 300, 3), new WindLevel(2500, 280, 10)), Turbulence.BoundaryLayer.assumedDefault()),
                timed("bomb", line(), 1500, new ReleaseMethod.LeafletBomb(600, Optional.empty(), OptionalDouble.empty()),
                        T0));
        Scenario sc = Scenario.prepare(plan);
        FrameClock clock = new FrameClock(T0.getEpochSecond(), 5, 4000);
        TracedRun traced = new ParticleEngine(2).trace(sc, 2048, 11, 1.0, clock, 64, ProgressMonitor.NONE);
        double opensS = T0.getEpochSecond() + sc.sorties().get(0).openings().get(0).timeOfFlightS();
        float[] buf = new float[3 * traced.tracedCount(0)];
        // before the first bomb opens nothing is aloft: the leaflets are still in the store
        assertThat(traced.aloftAt(0, clock.lastAtOrBefore(opensS - 1), buf)).isZero();
        int f = clock.firstAtOrAfter(opensS + 60);
        int aloft = traced.aloftAt(0, f, buf);
        assertThat(aloft).isPositive();
        for (int a = 0; a < aloft; a++) {
            assertThat(buf[3 * a + 2]).isBetween(223f, 223f + 600 + 300); // burst height, cloud radius and turbulence
        }
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < traced.run().sorties().get(0).landedCount(); i++) {
            last = Math.max(last, traced.landingTimeS(0, i));
        }
        assertThat(traced.aloftAt(0, clock.firstAtOrAfter(last), buf)).isZero();
    }
}
