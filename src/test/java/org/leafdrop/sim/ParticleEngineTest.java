package org.leafdrop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leafdrop.model.Atmosphere;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;

class ParticleEngineTest {
    private static final List<WindLevel> SHEAR = List.of(new WindLevel(223, 300, 3), new WindLevel(1200, 290, 7),
            new WindLevel(2500, 280, 10));

    private static Plan shearPlan(Turbulence t, double spread, org.leafdrop.model.Sortie... sorties) {
        return TestPlans.plan(223, TestPlans.leaflet(0.762, spread), TestPlans.steadyProfile(SHEAR, t), sorties);
    }

    private static org.leafdrop.model.Sortie line(String id, double altitudeAglM, ReleaseMethod m) {
        return TestPlans.sortie(id, TrackGeometry.line(List.of(new LonLat(43.05, 36.33), new LonLat(43.06, 36.35))),
                altitudeAglM, m, OptionalDouble.of(72), OptionalDouble.empty());
    }

    @ParameterizedTest(name = "{0} m AGL")
    @ValueSource(doubles = {300, 2000, 6000})
    void timeStepperAgreesWithTheDirectHeightIntegralWithoutTurbulence(double altitudeAglM) {
        Plan plan = shearPlan(new Turbulence.None(), 0, TestPlans.pointSortie(altitudeAglM));
        Scenario sc = Scenario.prepare(plan);
        // 5,000 particles: the 5 m release cloud then shifts the mean fall time by under 0.02 s
        SortieLandings l = new ParticleEngine(2).run(sc, 5000, 5, 1.0, ProgressMonitor.NONE).sorties().get(0);
        double[] direct = DirectIntegrator.sortieLanding(sc, sc.sorties().get(0));
        double drift = Math.hypot(direct[0] - l.releaseCentroidEastM(), direct[1] - l.releaseCentroidNorthM());
        double meanE = mean(l, 0);
        double meanN = mean(l, 1);
        // PHYSICS.md section 7: within 0.1 % of the drift distance
        assertThat(Math.hypot(meanE - direct[0], meanN - direct[1])).isLessThan(0.001 * drift);
        assertThat(mean(l, 2)).isCloseTo(direct[2], within(direct[2] * 0.001));
    }

    @Test
    void sameSeedGivesSameLandingsOnAnyThreadCount() {
        Plan plan = shearPlan(Turbulence.BoundaryLayer.assumedDefault(), 0.15, line("a", 800, new ReleaseMethod.FreeFall()),
                line("b", 1500, new ReleaseMethod.LeafletBomb(600, Optional.empty(), OptionalDouble.empty())));
        Scenario sc = Scenario.prepare(plan);
        SimulationRun one = new ParticleEngine(1).run(sc, 10_000, 42, 1.0, ProgressMonitor.NONE);
        SimulationRun four = new ParticleEngine(4).run(sc, 10_000, 42, 1.0, ProgressMonitor.NONE);
        for (int s = 0; s < 2; s++) {
            assertThat(four.sorties().get(s).copyEastM()).containsExactly(one.sorties().get(s).copyEastM());
            assertThat(four.sorties().get(s).copyNorthM()).containsExactly(one.sorties().get(s).copyNorthM());
            assertThat(four.sorties().get(s).copyFallTimeS()).containsExactly(one.sorties().get(s).copyFallTimeS());
        }
    }

    @Test
    void differentSeedsGiveDifferentLandings() {
        Plan plan = shearPlan(new Turbulence.Constant(0.5, 0.1, 100), 0.1, TestPlans.pointSortie(1000));
        Scenario sc = Scenario.prepare(plan);
        double[] a = new ParticleEngine(1).run(sc, 100, 1, 1.0, ProgressMonitor.NONE).sorties().get(0).copyEastM();
        double[] b = new ParticleEngine(1).run(sc, 100, 2, 1.0, ProgressMonitor.NONE).sorties().get(0).copyEastM();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void leafletBombIsThrownForwardBeforeItBursts() {
        // calm air: only the store's forward throw moves the landing, along the heading (east)
        Plan plan = TestPlans.plan(0, TestPlans.leaflet(0.762, 0), TestPlans.uniformWind(0, 0, new Turbulence.None()),
                TestPlans.sortie("bomb", TrackGeometry.point(TestPlans.MOSUL), 3000,
                        new ReleaseMethod.LeafletBomb(1219, Optional.empty(), OptionalDouble.empty()),
                        OptionalDouble.of(150), OptionalDouble.of(90)));
        Scenario sc = Scenario.prepare(plan);
        Ballistics.Opening o = sc.sorties().get(0).openings().get(0);
        assertThat(o.hMslM()).isEqualTo(1219);
        // a 91 kg store at 150 m/s keeps going for a kilometre or more before bursting
        assertThat(o.eastM() - sc.sorties().get(0).track().centroid()[0]).isGreaterThan(1000);
        assertThat(Math.abs(o.northM() - sc.sorties().get(0).track().centroid()[1])).isLessThan(1);
        SortieLandings l = new ParticleEngine(2).run(sc, 2000, 1, 1.0, ProgressMonitor.NONE).sorties().get(0);
        // the burst cloud (radius 100 m) is centred on the burst point
        assertThat(mean(l, 0)).isCloseTo(o.eastM(), within(10.0));
        // fall time counts from leaving the aircraft: ballistic fall included
        assertThat(mean(l, 2)).isGreaterThan(o.timeOfFlightS() + 1219 / 0.762 * 0.9);
    }

    @Test
    void bombsAreSpreadEvenlyAlongTheTrackByCapacity() {
        org.leafdrop.model.Sortie s = line("b", 2000,
                new ReleaseMethod.LeafletBomb(1200, Optional.of("PDU-5/B"), OptionalDouble.empty()));
        Plan plan = shearPlan(new Turbulence.None(), 0, s);
        // 100,000 leaflets in 60,000-leaflet canisters: 2 stores
        assertThat(Scenario.prepare(plan).sorties().get(0).openings()).hasSize(2);
    }

    @Test
    void staticLineBoxesOpenFifteenMetresBelowTheAircraft() {
        Plan plan = shearPlan(new Turbulence.None(), 0,
                line("box", 600, new ReleaseMethod.StaticLineBox(java.util.OptionalLong.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty())));
        Scenario sc = Scenario.prepare(plan);
        PreparedSortie ps = sc.sorties().get(0);
        assertThat(ps.openings()).hasSize(20); // 100,000 leaflets / 5,000 per box
        assertThat(ps.openings().get(0).hMslM()).isCloseTo(223 + 600 - 15, within(1e-9));
        assertThat(ps.initialRadiusM()).isEqualTo(30);
        assertThat(sc.assumptions()).anyMatch(a -> a.contains("5,000 leaflets per box assumed"));
    }

    @Test
    void timeVaryingWindsAreFollowedDuringTheFall() {
        Instant t0 = Instant.parse("2016-10-15T22:00:00Z");
        Weather w = new Weather(Optional.empty(), Optional.empty(), Optional.empty(), List.of(
                new WindProfile(Optional.of(t0), List.of(new WindLevel(0, 270, 10))),
                new WindProfile(Optional.of(t0.plusSeconds(3600)), List.of(new WindLevel(0, 90, 10)))),
                true, List.of(), new Atmosphere.Isa(), new Turbulence.None());
        org.leafdrop.model.Sortie s = new org.leafdrop.model.Sortie("s", Optional.empty(), Optional.empty(),
                Optional.empty(), new ReleaseMethod.FreeFall(), TrackGeometry.point(TestPlans.MOSUL),
                OptionalDouble.empty(), 1000, OptionalDouble.empty(), "test", java.util.OptionalLong.of(1000),
                OptionalDouble.empty(), Optional.of(t0), org.leafdrop.model.Extras.NONE);
        Plan plan = TestPlans.plan(0, TestPlans.leaflet(1.0, 0), w, s);
        Scenario sc = Scenario.prepare(plan);
        double[] direct = DirectIntegrator.sortieLanding(sc, sc.sorties().get(0));
        SortieLandings l = new ParticleEngine(1).run(sc, 50, 1, 1.0, ProgressMonitor.NONE).sorties().get(0);
        // wind turns from eastward to westward over the hour; a fall of ~1000 s drifts east, but less than 10 km
        assertThat(direct[0]).isBetween(1000.0, 9000.0);
        assertThat(mean(l, 0)).isCloseTo(direct[0], within(Math.abs(direct[0]) * 0.002));
    }

    @Test
    void doctrinalBoxesStartFromTheReleaseHeightAndBombsFromTheBurst() {
        Plan plan = shearPlan(new Turbulence.None(), 0,
                line("box", 900, new ReleaseMethod.StaticLineBox(java.util.OptionalLong.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty())),
                line("bomb", 3000, new ReleaseMethod.LeafletBomb(900, Optional.empty(), OptionalDouble.empty())));
        Scenario sc = Scenario.prepare(plan);
        DoctrinalDrift box = DoctrinalMethod.forSortie(sc, sc.sorties().get(0));
        DoctrinalDrift fromRelease = DoctrinalMethod.layerSum(sc.atmosphere(), sc.wind(), 0.762, 223 + 900, 223, 0);
        assertThat(box.driftEastM()).isEqualTo(fromRelease.driftEastM());
        assertThat(box.fallTimeS()).isEqualTo(fromRelease.fallTimeS());
        DoctrinalDrift bomb = DoctrinalMethod.forSortie(sc, sc.sorties().get(1));
        // the bomb bursts at 900 m AGL, where the box is released, after a ballistic fall and a throw of
        // several hundred metres along the track: the same layer sum, plus the throw
        assertThat(bomb.fallTimeS()).isGreaterThan(fromRelease.fallTimeS());
        assertThat(Math.hypot(bomb.driftEastM() - fromRelease.driftEastM(),
                bomb.driftNorthM() - fromRelease.driftNorthM())).isGreaterThan(500);
    }

    @Test
    void aTimeStepTooShortForTheFallIsRefused() {
        Plan plan = TestPlans.plan(0, TestPlans.leaflet(0.06, 0), TestPlans.uniformWind(0, 0, new Turbulence.None()),
                TestPlans.pointSortie(8000));
        assertThatThrownBy(() -> new ParticleEngine(1).run(Scenario.prepare(plan), 10, 1, 0.01, ProgressMonitor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use a longer timeStepS");
    }

    @Test
    void cancellingStopsTheRun() {
        Plan plan = shearPlan(new Turbulence.Constant(0.5, 0.1, 100), 0.1, TestPlans.pointSortie(2000));
        Scenario sc = Scenario.prepare(plan);
        AtomicLong done = new AtomicLong();
        ProgressMonitor m = new ProgressMonitor() {
            @Override
            public void worked(long units) {
                done.addAndGet(units);
            }

            @Override
            public boolean isCancelled() {
                return done.get() > 0;
            }
        };
        assertThatThrownBy(() -> new ParticleEngine(1).run(sc, 100_000, 1, 1.0, m))
                .isInstanceOf(CancelledException.class);
        assertThat(done.get()).isLessThan(100_000);
    }

    @Test
    void progressCountsEveryParticle() {
        Plan plan = shearPlan(new Turbulence.None(), 0, TestPlans.pointSortie(300), line("b", 300,
                new ReleaseMethod.FreeFall()));
        AtomicLong total = new AtomicLong();
        AtomicLong done = new AtomicLong();
        ProgressMonitor m = new ProgressMonitor() {
            @Override
            public void begin(String task, long units) {
                total.set(units);
            }

            @Override
            public void worked(long units) {
                done.addAndGet(units);
            }
        };
        new ParticleEngine(2).run(Scenario.prepare(plan), 10_000, 1, 1.0, m);
        assertThat(total.get()).isEqualTo(20_000);
        assertThat(done.get()).isEqualTo(20_000);
    }

    @Test
    void boundaryLayerTurbulenceSpreadsLeafletsMoreThanNone() {
        SortieLandings calm = new ParticleEngine(2).run(Scenario.prepare(shearPlan(new Turbulence.None(), 0,
                TestPlans.pointSortie(800))), 4000, 1, 1.0, ProgressMonitor.NONE).sorties().get(0);
        SortieLandings turbulent = new ParticleEngine(2).run(Scenario.prepare(shearPlan(
                Turbulence.BoundaryLayer.assumedDefault(), 0, TestPlans.pointSortie(800))), 4000, 1, 1.0,
                ProgressMonitor.NONE).sorties().get(0);
        assertThat(PhysicsValidationTest.sd(turbulent, true)).isGreaterThan(10 * PhysicsValidationTest.sd(calm, true));
        // and every particle still lands
        assertThat(turbulent.particlesNotLanded()).isZero();
    }

    @Test
    void refusesMoreParticlesThanOneRunCanHold() {
        Plan plan = shearPlan(new Turbulence.None(), 0, TestPlans.pointSortie(300), line("b", 300,
                new ReleaseMethod.FreeFall()), line("c", 300, new ReleaseMethod.FreeFall()),
                line("d", 300, new ReleaseMethod.FreeFall()), line("e", 300, new ReleaseMethod.FreeFall()),
                line("f", 300, new ReleaseMethod.FreeFall()));
        assertThatThrownBy(() -> new ParticleEngine(1).run(Scenario.prepare(plan), 10_000_000, 1, 1.0,
                ProgressMonitor.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("particles");
    }

    /** Mean of east (0), north (1) or fall time (2). */
    static double mean(SortieLandings l, int what) {
        double s = 0;
        for (int i = 0; i < l.landedCount(); i++) {
            s += what == 0 ? l.eastM(i) : what == 1 ? l.northM(i) : l.fallTimeS(i);
        }
        return s / l.landedCount();
    }
}
