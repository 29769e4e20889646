package org.leafdrop.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leafdrop.model.Plan;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.ui.edit.PlanEditor;

/** The sample's settings: 20,000 particles, seed 20161016, 1 s step, 100 m cells, 1000 per km2. */
class SimulationSettingsViewModelTest {
    private final PlanEditor editor = PanelFixtures.editor();
    private final SimulationSettingsViewModel vm = new SimulationSettingsViewModel(editor);

    private SimulationSettings settings() {
        return editor.plan().simulation();
    }

    @Test
    void showsThePlansSettings() {
        assertThat(vm.fields()).extracting(ValueField::text)
                .containsExactly("20,000", "20161016", "1", "100", "1000");
        assertThat(vm.fields()).extracting(ValueField::unit).containsExactly("", "", "s", "m", "per km²");
    }

    @Test
    void eachEditIsOneNamedCommand() {
        assertThat(vm.field("Particles per sortie").commit("50,000")).isTrue();
        assertThat(settings().particlesPerSortie()).isEqualTo(50_000);
        assertThat(editor.undoNameProperty().get()).isEqualTo("Change particles per sortie");

        assertThat(vm.field("Seed").commit("-7")).isTrue();
        assertThat(settings().seed()).isEqualTo(-7);
        assertThat(vm.field("Time step").commit("0.5")).isTrue();
        assertThat(settings().timeStepS()).isEqualTo(0.5);
        assertThat(vm.field("Grid cell").commit("250")).isTrue();
        assertThat(settings().gridCellM()).isEqualTo(250);
        assertThat(vm.field("Density threshold").commit("2,500")).isTrue();
        assertThat(settings().densityThresholdPerKm2()).isEqualTo(2500);
        assertThat(editor.undoNameProperty().get()).isEqualTo("Change density threshold");

        editor.undo();
        assertThat(vm.field("Density threshold").text()).isEqualTo("1000");
    }

    @Test
    void refusesValuesOutsideTheSettingsBoundsNamingTheField() {
        Plan before = editor.plan();

        assertThat(vm.field("Particles per sortie").commit("0")).isFalse();
        assertThat(vm.field("Particles per sortie").error())
                .isEqualTo("Particles per sortie: must be 1 to 10,000,000");
        assertThat(vm.field("Particles per sortie").commit("1e6")).isFalse();
        assertThat(vm.field("Particles per sortie").error()).isEqualTo("Particles per sortie: '1e6' is not a whole number");
        assertThat(vm.field("Time step").commit("0.001")).isFalse();
        assertThat(vm.field("Time step").error()).isEqualTo("Time step: must be 0.01 s to 60 s");
        assertThat(vm.field("Grid cell").commit("0")).isFalse();
        assertThat(vm.field("Grid cell").error()).isEqualTo("Grid cell: must be above 0 m");
        assertThat(vm.field("Density threshold").commit("NaN")).isFalse();
        assertThat(vm.field("Density threshold").error()).isEqualTo("Density threshold: 'NaN' is not a number");
        assertThat(vm.field("Seed").commit("99999999999999999999")).isFalse();
        assertThat(vm.field("Seed").error()).isEqualTo("Seed: '99999999999999999999' is too large");

        assertThat(editor.plan()).isSameAs(before);
    }
}
