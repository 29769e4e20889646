package org.leafdrop.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.leafdrop.coverage.CoverageFixtures;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LeafletTypeDef;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.ProgressMonitor;

class ReleaseOptimizerTest {
    /**
     * A 3 km x 1 km target lying east-west with a river along its south edge; a short track
     * across it, too high, with a wind from the north-west. Count and altitude may vary.
     */
    private static Plan plan(Map<String, Object> limits) {
        LeafletTypeDef leaflet = new LeafletTypeDef("l", Optional.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(1.0), Optional.empty(),
                OptionalDouble.of(0.1), Extras.NONE);
        Weather weather = Weather.steady(List.of(new WindLevel(0, 315, 4)), new Turbulence.Constant(0.4, 0, 100));
        double[] a = CoverageFixtures.MOSUL.toLonLat(-3000, 3000);
        double[] b = CoverageFixtures.MOSUL.toLonLat(-3000, 3600);
        Sortie s = new Sortie("s1", Optional.empty(), Optional.empty(), Optional.of("t"), new ReleaseMethod.FreeFall(),
                TrackGeometry.line(List.of(new LonLat(a[0], a[1]), new LonLat(b[0], b[1]))), OptionalDouble.empty(),
                1500, OptionalDouble.of(70), "l", OptionalLong.of(100_000), OptionalDouble.empty(), Optional.empty(),
                new Extras(limits));
        return new Plan(1, "optimiser test", Optional.empty(), 0,
                List.of(CoverageFixtures.target("t", "strip", 0,
                        CoverageFixtures.rectangle(CoverageFixtures.MOSUL, -1500, -500, 1500, 500))),
                List.of(CoverageFixtures.exclusion("river", "River",
                        CoverageFixtures.rectangle(CoverageFixtures.MOSUL, -3000, -900, 3000, -550))),
                List.of(leaflet), weather, List.of(s), new SimulationSettings(1000, 1, 1.0, 100, 1000), Extras.NONE);
    }

    @Test
    void theOptimisedPlanIsNeverWorseAndHereClearlyBetter() {
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("minAltitudeAglM", 300);
        limits.put("maxAltitudeAglM", 1500);
        limits.put("minLeafletCount", 50_000);
        limits.put("maxLeafletCount", 200_000);
        ReleaseOptimizer optimizer = new ReleaseOptimizer(new ParticleEngine(2));
        ReleaseOptimizer.Result r = optimizer.optimize(plan(limits), 800, 1, 600_000, ProgressMonitor.NONE);
        assertThat(r.scoreAfter()).isGreaterThanOrEqualTo(r.scoreBefore());
        assertThat(r.scoreAfter()).isGreaterThan(r.scoreBefore() + 0.1);
        assertThat(r.stoppedByBudget()).isFalse();
        Sortie chosen = r.plan().sorties().get(0);
        assertThat(chosen.altitudeAglM()).isBetween(300.0, 1500.0);
        assertThat(chosen.leafletCount().getAsLong()).isBetween(50_000L, 200_000L);
        // deterministic for a seed
        assertThat(optimizer.optimize(plan(limits), 800, 1, 600_000, ProgressMonitor.NONE).plan())
                .isEqualTo(r.plan());
    }

    @Test
    void withoutLimitsOnlyTheTrackMovesAndTheStartIsKeptIfNothingBeatsIt() {
        ReleaseOptimizer.Result r = new ReleaseOptimizer(new ParticleEngine(2)).optimize(plan(Map.of()), 500, 1,
                600_000, ProgressMonitor.NONE);
        assertThat(r.scoreAfter()).isGreaterThanOrEqualTo(r.scoreBefore());
        assertThat(r.plan().sorties().get(0).altitudeAglM()).isEqualTo(1500);
        assertThat(r.plan().sorties().get(0).leafletCount()).hasValue(100_000);
    }

    @Test
    void impossibleLimitsAreRefusedNamingTheSortie() {
        assertThatThrownBy(() -> new ReleaseOptimizer(new ParticleEngine(1)).optimize(
                plan(Map.of("minAltitudeAglM", 2000, "maxAltitudeAglM", 1000)), 100, 1, 1000, ProgressMonitor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$.sorties[0]")
                .hasMessageContaining("impossible altitude limits");
        assertThatThrownBy(() -> new ReleaseOptimizer(new ParticleEngine(1)).optimize(
                plan(Map.of("minLeafletCount", "many")), 100, 1, 1000, ProgressMonitor.NONE))
                .hasMessageContaining("$.sorties[0].minLeafletCount: must be a number");
    }

    @Test
    void aTinyBudgetStopsTheSearchAndKeepsTheBestSoFar() {
        ReleaseOptimizer.Result r = new ReleaseOptimizer(new ParticleEngine(1)).optimize(plan(Map.of()), 300, 1, 1,
                ProgressMonitor.NONE);
        assertThat(r.stoppedByBudget()).isTrue();
        assertThat(r.scoreAfter()).isGreaterThanOrEqualTo(r.scoreBefore());
    }
}
