package org.leafdrop.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.leafdrop.coverage.CoverageFixtures;
import org.leafdrop.model.Atmosphere;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LeafletTypeDef;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.ProgressMonitor;
import org.leafdrop.sim.Scenario;
import org.leafdrop.sim.SortieLandings;

class ReleasePointSolverTest {
    private static final Target TARGET = CoverageFixtures.target("t", "Old City", 0,
            CoverageFixtures.rectangle(CoverageFixtures.MOSUL, -800, -600, 900, 700));

    /** Wind from the north-west turning west and strengthening with height: a sheared profile. */
    private static Plan plan(ReleaseMethod method, TrackGeometry track, Turbulence turbulence) {
        LeafletTypeDef leaflet = new LeafletTypeDef("l", Optional.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(0.9), Optional.empty(),
                OptionalDouble.of(0.15), Extras.NONE);
        Weather weather = new Weather(Optional.empty(), Optional.empty(), Optional.empty(), List.of(new WindProfile(
                Optional.empty(), List.of(new WindLevel(223, 320, 3), new WindLevel(1500, 290, 9),
                        new WindLevel(3500, 270, 15)))), false, List.of(), new Atmosphere.Isa(), turbulence);
        Sortie s = new Sortie("s1", Optional.empty(), Optional.empty(), Optional.of("t"), method, track,
                OptionalDouble.of(100), 2500, OptionalDouble.of(90), "l", OptionalLong.of(100_000),
                OptionalDouble.empty(), Optional.empty(), Extras.NONE);
        Sortie untargeted = new Sortie("s2", Optional.empty(), Optional.empty(), Optional.empty(),
                new ReleaseMethod.FreeFall(), TrackGeometry.point(new LonLat(43.0, 36.4)), OptionalDouble.empty(),
                1000, OptionalDouble.empty(), "l", OptionalLong.of(1000), OptionalDouble.empty(), Optional.empty(),
                Extras.NONE);
        return new Plan(1, "solver test", Optional.empty(), 223, List.of(TARGET), List.of(), List.of(leaflet), weather,
                List.of(s, untargeted), SimulationSettings.DEFAULTS, Extras.NONE);
    }

    private static double missM(Plan plan, long seed) {
        Scenario sc = Scenario.prepare(plan);
        SortieLandings l = new ParticleEngine(2).run(sc, 6000, seed, 1.0, ProgressMonitor.NONE).sorties().get(0);
        double[] c = ReleasePointSolver.centroid(l).orElseThrow();
        double[] aim = ReleasePointSolver.targetCentroid(TARGET, sc.frame());
        return Math.hypot(c[0] - aim[0], c[1] - aim[1]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"free-fall line", "leaflet bomb on a point"})
    void theSolvedPlanLandsOnTheTargetCentroidInShearedWind(String what) {
        boolean bomb = what.startsWith("leaflet bomb");
        TrackGeometry track = bomb ? TrackGeometry.point(new LonLat(43.0, 36.3))
                : TrackGeometry.line(List.of(new LonLat(43.0, 36.3), new LonLat(43.02, 36.31)));
        ReleaseMethod method = bomb ? new ReleaseMethod.LeafletBomb(1200, Optional.empty(), OptionalDouble.empty())
                : new ReleaseMethod.FreeFall();
        Plan plan = plan(method, track, Turbulence.BoundaryLayer.assumedDefault());
        assertThat(missM(plan, 3)).isGreaterThan(1000);
        ReleasePointSolver.Solution solved = new ReleasePointSolver(new ParticleEngine(2))
                .solve(plan, Optional.empty(), 6000, 1, ProgressMonitor.NONE);
        assertThat(solved.moves()).hasSize(1);
        assertThat(solved.moves().get(0).missAfterM()).isLessThan(1);
        // simulated again with another seed: within 50 m of the target centroid (issue 4's check)
        assertThat(missM(solved.plan(), 99)).isLessThan(50);
        // same heading and length: the track moved rigidly
        List<LonLat> before = plan.sorties().get(0).track().positions();
        List<LonLat> after = solved.plan().sorties().get(0).track().positions();
        assertThat(after).hasSameSizeAs(before);
        if (!bomb) {
            double[] b0 = CoverageFixtures.MOSUL.toLocal(before.get(0).lonDeg(), before.get(0).latDeg());
            double[] b1 = CoverageFixtures.MOSUL.toLocal(before.get(1).lonDeg(), before.get(1).latDeg());
            double[] a0 = CoverageFixtures.MOSUL.toLocal(after.get(0).lonDeg(), after.get(0).latDeg());
            double[] a1 = CoverageFixtures.MOSUL.toLocal(after.get(1).lonDeg(), after.get(1).latDeg());
            assertThat(a1[0] - a0[0]).isCloseTo(b1[0] - b0[0], org.assertj.core.api.Assertions.within(0.5));
            assertThat(a1[1] - a0[1]).isCloseTo(b1[1] - b0[1], org.assertj.core.api.Assertions.within(0.5));
        }
        // the sortie without a target is left where it was, and said so
        assertThat(solved.plan().sorties().get(1)).isEqualTo(plan.sorties().get(1));
        assertThat(solved.skipped()).singleElement().asString().contains("s2");
    }

    @Test
    void anUnknownSortieIsRefused() {
        Plan plan = plan(new ReleaseMethod.FreeFall(), TrackGeometry.point(new LonLat(43.0, 36.3)),
                new Turbulence.None());
        assertThatThrownBy(() -> new ReleasePointSolver(new ParticleEngine(1)).solve(plan, Optional.of("nope"), 100, 1,
                ProgressMonitor.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }
}
