package org.leafdrop.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.leafdrop.coverage.CoverageFixtures.MOSUL;
import static org.leafdrop.coverage.CoverageFixtures.plan;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leafdrop.sim.DoctrinalDrift;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.SortieLandings;

class PlanResultTest {
    private static final RunInfo RUN = new RunInfo("test", 1, 0, "17", Instant.EPOCH);

    @Test
    void warningsComeInOrderExtraThenCoverageThenNotLanded() {
        PlanResult r = CoverageFixtures.sampleResult();

        assertThat(r.warnings()).hasSize(5);
        assertThat(r.warnings().get(0)).isEqualTo("groundElevationMslM assumed");
        assertThat(r.warnings().get(1)).matches("\\d+ % of sortie s1's leaflets land in exclusion 'Tigris'");
        assertThat(r.warnings().get(2)).isEqualTo("no leaflet lands in target 'East bank'");
        assertThat(r.warnings().subList(3, 5)).containsExactly(
                "120 particles of sortie s1 did not land within the time limit",
                "20,000 particles of sortie s2 did not land within the time limit");
    }

    @Test
    void carriesPlanRunAndSortieFigures() {
        PlanResult r = CoverageFixtures.sampleResult();

        assertThat(r.planName()).startsWith("Central Mosul");
        assertThat(r.seed()).isEqualTo(1);
        assertThat(r.particlesPerSortie()).isEqualTo(20_000);
        assertThat(r.sorties()).extracting(SortieResult::id).containsExactly("s1", "s2");
        SortieResult s1 = r.sorties().get(0);
        assertThat(s1.particlesNotLanded()).isEqualTo(120);
        assertThat(s1.statistics()).isPresent();
        assertThat(r.sorties().get(1).statistics()).isEmpty();
        assertThat(r.targets()).extracting(TargetCoverage::id).containsExactly("old-city", "east-bank");
        assertThat(r.totals().leaflets()).isEqualTo(532_400);
    }

    @Test
    void doctrinalDriftIsMeasuredGeodesicallyFromTheReleaseCentroid() {
        SortieLandings s = new SortieLandings("s1", 10, 1, 0, 0, new double[] {5000}, new double[] {0},
                new double[] {900});
        SimulationRun run = new SimulationRun(MOSUL, 3, 1, List.of(s));

        PlanResult r = PlanResult.build(plan("p", List.of(), List.of()), run,
                List.of(new DoctrinalDrift(880, 5000, 0)), List.of(), RUN);

        SortieResult.Doctrinal d = r.sorties().get(0).doctrinal();
        SortieStatistics st = r.sorties().get(0).statistics().orElseThrow();
        assertThat(d.fallTimeS()).isEqualTo(880);
        // same landing point, so the same geodesic figures as the simulated drift
        assertThat(d.driftM()).isEqualTo(st.driftM());
        assertThat(d.driftBearingDeg()).isEqualTo(st.driftBearingDeg());
        assertThat(d.driftBearingDeg()).isCloseTo(90, within(0.01));
        assertThat(r.seed()).isEqualTo(3);
    }

    @Test
    void rejectsDoctrinalListOfTheWrongLength() {
        SimulationRun run = new SimulationRun(MOSUL, 1, 1, List.of(new SortieLandings("s1", 1, 1, 0, 0,
                new double[0], new double[0], new double[0])));

        assertThatThrownBy(() -> PlanResult.build(plan("p", List.of(), List.of()), run, List.of(), List.of(), RUN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one doctrinal drift per sortie");
    }
}
