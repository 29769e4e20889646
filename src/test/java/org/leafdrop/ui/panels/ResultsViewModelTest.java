package org.leafdrop.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.coverage.SortieResult;
import org.leafdrop.coverage.SortieStatistics;
import org.leafdrop.coverage.TargetCoverage;
import org.leafdrop.model.Plan;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.ui.edit.PlanEditor;
import org.leafdrop.ui.edit.PlanElement;

class ResultsViewModelTest {
    private static Plan plan;
    private static SimulationRun run;
    private static PlanResult result;

    private final PlanEditor editor = PanelFixtures.editor();
    private final ObjectProperty<UnitSystem> units = PanelFixtures.units(UnitSystem.IMPERIAL);
    private final ResultsViewModel vm = new ResultsViewModel(editor, units);

    @BeforeAll
    static void simulate() {
        plan = PanelFixtures.sample();
        run = PanelFixtures.run(plan, 400);
        result = PanelFixtures.result(plan, run);
    }

    @Test
    void saysWhenNothingIsSimulated() {
        assertThat(vm.state()).isEqualTo(ResultsViewModel.State.NOT_SIMULATED);
        assertThat(vm.statusProperty().get()).isEqualTo("Not simulated yet — results appear here after a run");
        assertThat(vm.sortieRows()).isEmpty();
        assertThat(vm.targetRows()).isEmpty();
    }

    @Test
    void sortieRowsShowTheResultsValues() {
        vm.setResult(Optional.of(result));

        assertThat(vm.state()).isEqualTo(ResultsViewModel.State.RESULT);
        assertThat(vm.statusProperty().get()).isEqualTo("400 particles per sortie, seed 20161016");
        assertThat(vm.sortieRows()).extracting(SortieRow::id).containsExactly("s1", "s2");
        for (int i = 0; i < 2; i++) {
            SortieStatistics st = result.sorties().get(i).statistics().orElseThrow();
            SortieRow row = vm.sortieRows().get(i);
            assertThat(row.fallTimeMeanS().getAsDouble()).isEqualTo(st.fallTime().meanS());
            assertThat(row.driftM().getAsDouble()).isEqualTo(st.driftM());
            assertThat(row.driftBearingDeg().getAsDouble()).isEqualTo(st.driftBearingDeg());
            assertThat(row.r50M().getAsDouble()).isEqualTo(st.r50M());
            assertThat(row.r90M().getAsDouble()).isEqualTo(st.r90M());
            long s = Math.round(st.fallTime().meanS());
            assertThat(row.fallTimeText()).isEqualTo(String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60));
            assertThat(row.driftText()).isEqualTo(String.format(Locale.ROOT, "%.2f", st.driftM() / 1852));
            assertThat(row.bearingText())
                    .isEqualTo(String.format(Locale.ROOT, "%03d°", Math.round(st.driftBearingDeg()) % 360));
            assertThat(row.r50Text()).isEqualTo(String.format(Locale.ROOT, "%.2f", st.r50M() / 1852));
            assertThat(row.r90Text()).isEqualTo(String.format(Locale.ROOT, "%.2f", st.r90M() / 1852));
            assertThat(row.inTargetsText()).isEqualTo("—");
        }
        assertThat(vm.sortieRows().get(0).name()).isEqualTo("C-130 free-fall pass over the Old City");
    }

    @Test
    void targetRowsTotalsAndWarningsShowTheResult() {
        vm.setResult(Optional.of(result));

        assertThat(vm.targetRows()).extracting(TargetRow::id).containsExactly("old-city", "west-mosul");
        for (int i = 0; i < 2; i++) {
            TargetCoverage t = result.targets().get(i);
            TargetRow row = vm.targetRows().get(i);
            assertThat(row.leafletsInside()).isEqualTo(t.leafletsInside());
            assertThat(row.meanDensityPerKm2()).isEqualTo(t.meanDensityPerKm2());
            assertThat(row.leafletsText()).isEqualTo(String.format(Locale.ROOT,
                    t.leafletsInside() >= 10_000 ? "%,d" : "%d", t.leafletsInside()));
            assertThat(row.aboveThresholdText()).isEqualTo(String.format(Locale.ROOT, "%.1f",
                    t.areaFractionAboveThreshold().getAsDouble() * 100));
        }
        // old-city has no population; west-mosul has 650,000 residents
        assertThat(vm.targetRows().get(0).perResidentText()).isEqualTo("—");
        assertThat(vm.targetRows().get(1).leafletsPerResident().getAsDouble())
                .isEqualTo(result.targets().get(1).leafletsInside() / 650_000.0, within(1e-12));
        assertThat(vm.totalsProperty().get())
                .startsWith("100,000 leaflets: ")
                .contains(String.format(Locale.ROOT, "%,d", result.totals().leafletsInTargets()))
                .contains("Tigris (approximate, 300 m wide band): ");
        assertThat(vm.warnings()).containsExactlyElementsOf(result.warnings()).contains("a test warning");
    }

    @Test
    void sortieSharesAddUpToThePlanWideCounts() {
        SortieShares shares = SortieShares.of(plan, run);
        vm.setResult(result, shares);

        double inTargets = 0;
        double inExclusions = 0;
        for (int i = 0; i < 2; i++) {
            SortieResult s = result.sorties().get(i);
            SortieRow row = vm.sortieRows().get(i);
            inTargets += row.fractionInTargets().getAsDouble() * s.leaflets();
            inExclusions += row.fractionInExclusions().getAsDouble() * s.leaflets();
            assertThat(row.inTargetsText()).isEqualTo(String.format(Locale.ROOT, "%.1f",
                    row.fractionInTargets().getAsDouble() * 100));
        }
        // each leaflet once per sortie and once plan-wide: the sums agree up to the rounding of the totals
        assertThat(inTargets).isCloseTo(result.totals().leafletsInTargets(), within(1.0));
        assertThat(inExclusions).isCloseTo(result.totals().leafletsInExclusions(), within(1.0));
        assertThat(inTargets).isPositive();
    }

    @Test
    void switchingUnitsReShowsTheValues() {
        vm.setResult(Optional.of(result));
        double driftM = result.sorties().get(0).statistics().orElseThrow().driftM();

        units.set(UnitSystem.METRIC);

        assertThat(vm.distanceUnitProperty().get()).isEqualTo("km");
        assertThat(vm.sortieRows().get(0).driftText()).isEqualTo(String.format(Locale.ROOT, "%.2f", driftM / 1000));
    }

    @Test
    void aPreviewShowsCentroidsOnlyUntilTheFullRun() {
        vm.setResult(Optional.of(result));
        List<SortiePreview> preview = SortiePreview.of(plan);

        vm.showPreview(preview);

        assertThat(vm.state()).isEqualTo(ResultsViewModel.State.PREVIEW);
        assertThat(vm.statusProperty().get()).isEqualTo("Preview — full run in progress");
        assertThat(vm.targetRows()).isEmpty();
        assertThat(vm.warnings()).isEmpty();
        assertThat(vm.totalsProperty().get()).isEmpty();
        SortieRow s1 = vm.sortieRows().get(0);
        assertThat(s1.fallTimeMeanS().getAsDouble()).isEqualTo(preview.get(0).fallTimeS());
        assertThat(s1.driftM().getAsDouble()).isEqualTo(preview.get(0).driftM());
        assertThat(s1.r50Text()).isEqualTo("—");
        assertThat(s1.r90Text()).isEqualTo("—");
        assertThat(s1.inTargetsText()).isEqualTo("—");
        // the fast path drifts the same way as the particles, to within the spread's effect
        SortieStatistics full = result.sorties().get(0).statistics().orElseThrow();
        assertThat(preview.get(0).driftBearingDeg()).isCloseTo(full.driftBearingDeg(), within(15.0));
        assertThat(preview.get(0).driftM()).isCloseTo(full.driftM(), within(0.3 * full.driftM()));

        vm.setResult(Optional.empty());
        assertThat(vm.state()).isEqualTo(ResultsViewModel.State.NOT_SIMULATED);
        assertThat(vm.sortieRows()).isEmpty();
    }

    @Test
    void selectingARowSelectsItsElement() {
        vm.setResult(Optional.of(result));

        vm.select(vm.sortieRows().get(1));
        assertThat(editor.selection()).contains(PlanElement.sortie("s2"));

        vm.select(vm.targetRows().get(0));
        assertThat(editor.selection()).contains(PlanElement.target("old-city"));
    }
}
