package org.leafdrop.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import org.junit.jupiter.api.Test;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;
import org.leafdrop.ui.edit.PlanEditor;

/** The sample's winds: 233 m 320° 3 m/s, 1000 m 310° 6, 2000 m 295° 9, 3500 m 285° 13, 5000 m 280° 16. */
class WindViewModelTest {
    private final PlanEditor editor = PanelFixtures.editor();
    private final ObjectProperty<UnitSystem> units = PanelFixtures.units(UnitSystem.METRIC);
    private final WindViewModel vm = new WindViewModel(editor, units);

    private List<WindLevel> levels() {
        return editor.plan().weather().firstProfile().levels();
    }

    @Test
    void showsTheLevelsInTheUnitSystem() {
        assertThat(vm.rows()).hasSize(5);
        WindRow second = vm.rows().get(1);
        assertThat(List.of(second.height(), second.from(), second.speed())).containsExactly("1000", "310", "6");
        assertThat(vm.sourceProperty().get())
                .isEqualTo("assumed (no observation): plausible mid-October night profile, station ORBM");
        assertThat(vm.validTimeProperty().get()).isEqualTo("2016-10-15T22:00:00Z");
        assertThat(vm.timeVaryingProperty().get()).isFalse();

        units.set(UnitSystem.IMPERIAL);
        second = vm.rows().get(1);
        // 1000 m = 3280.8 ft; 6 m/s = 11.66 kt
        assertThat(List.of(second.height(), second.from(), second.speed())).containsExactly("3281", "310", "11.7");
        assertThat(vm.heightUnitProperty().get()).isEqualTo("ft");
        assertThat(vm.speedUnitProperty().get()).isEqualTo("kt");
    }

    @Test
    void aWindEditChangesThePlansProfileAsOneNamedCommand() {
        assertThat(vm.editSpeed(1, "8")).isTrue();

        assertThat(levels().get(1)).isEqualTo(new WindLevel(1000, 310, 8));
        assertThat(levels().get(0)).isEqualTo(new WindLevel(233, 320, 3));
        assertThat(editor.undoNameProperty().get()).isEqualTo("Change wind speed at 1000 m MSL");
        assertThat(vm.rows().get(1).speed()).isEqualTo("8");

        editor.undo();
        assertThat(levels().get(1).speedMps()).isEqualTo(6);
        assertThat(vm.rows().get(1).speed()).isEqualTo("6");
    }

    @Test
    void speedsTypedInKnotsAreStoredInMetresPerSecond() {
        units.set(UnitSystem.IMPERIAL);
        assertThat(vm.editSpeed(2, "20")).isTrue();
        // 20 kt = 20 x 1852 / 3600 m/s
        assertThat(levels().get(2).speedMps()).isCloseTo(10.288889, within(1e-6));
    }

    @Test
    void refusedInputLeavesTheWindsAndSaysWhy() {
        Plan before = editor.plan();

        assertThat(vm.editSpeed(1, "151")).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Speed at 1000 m MSL: must be 0 to 150 m/s");
        assertThat(vm.editFromDeg(1, "400")).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("From at 1000 m MSL: must be 0° to 360°");
        assertThat(vm.editHeight(0, "1000")).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Height at 233 m MSL: another level is at 1000 m MSL");
        assertThat(vm.editHeight(0, "low")).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Height at 233 m MSL: 'low' is not a number");

        assertThat(editor.plan()).isSameAs(before);
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void aNewHeightKeepsTheLevelsInHeightOrder() {
        assertThat(vm.editHeight(0, "6000")).isTrue();

        assertThat(levels()).extracting(WindLevel::altitudeMslM).containsExactly(1000.0, 2000.0, 3500.0, 5000.0, 6000.0);
        assertThat(levels().get(4)).isEqualTo(new WindLevel(6000, 320, 3));
        assertThat(vm.rows().get(4).height()).isEqualTo("6000");
    }

    @Test
    void theShownRoundedHeightIsNeverWrittenBack() {
        units.set(UnitSystem.IMPERIAL);
        assertThat(vm.editHeight(1, "3281")).isTrue();
        assertThat(editor.canUndo()).isFalse();
        assertThat(levels().get(1).altitudeMslM()).isEqualTo(1000);
    }

    @Test
    void addsALevelAboveTheTopAndRemovesAnyButTheLast() {
        vm.addLevel();
        assertThat(levels()).hasSize(6);
        assertThat(levels().get(5)).isEqualTo(new WindLevel(5500, 280, 16));
        assertThat(editor.undoNameProperty().get()).isEqualTo("Add wind level at 5500 m MSL");

        assertThat(vm.removeLevel(0)).isTrue();
        assertThat(levels()).extracting(WindLevel::altitudeMslM).startsWith(1000.0);
        assertThat(editor.undoNameProperty().get()).isEqualTo("Remove wind level at 233 m MSL");

        while (levels().size() > 1) {
            vm.removeLevel(0);
        }
        assertThat(vm.removeLevel(0)).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("A wind profile needs at least one level");
        assertThat(levels()).hasSize(1);
    }

    @Test
    void timeVaryingWindsAreShownAndEditedOneProfileAtATime() {
        Instant t0 = Instant.parse("2016-10-15T18:00:00Z");
        Instant t1 = Instant.parse("2016-10-16T00:00:00Z");
        Weather w = editor.plan().weather();
        Weather varying = new Weather(w.validTimeUtc(), w.source(), w.station(),
                List.of(new WindProfile(Optional.of(t0), List.of(new WindLevel(300, 90, 5))),
                        new WindProfile(Optional.of(t1), List.of(new WindLevel(300, 180, 7), new WindLevel(2000, 200, 12)))),
                true, w.ensemble(), w.atmosphere(), w.turbulence());
        editor.replace(editor.plan().withWeather(varying), Optional.empty(), true);

        assertThat(vm.timeVaryingProperty().get()).isTrue();
        assertThat(vm.profileLabels()).containsExactly("2016-10-15T18:00:00Z", "2016-10-16T00:00:00Z");
        assertThat(vm.rows()).hasSize(1);

        vm.selectedProfileProperty().set(1);
        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.validTimeProperty().get()).isEqualTo("2016-10-16T00:00:00Z");
        assertThat(vm.editFromDeg(1, "210")).isTrue();

        List<WindProfile> profiles = editor.plan().weather().profiles();
        assertThat(profiles.get(1).levels().get(1)).isEqualTo(new WindLevel(2000, 210, 12));
        assertThat(profiles.get(0).levels()).containsExactly(new WindLevel(300, 90, 5));
        assertThat(editor.plan().weather().timeVarying()).isTrue();
    }

    @Test
    void theHodographFollowsTheWinds() {
        Hodograph before = vm.hodograph();
        assertThat(before.points()).hasSize(5);

        vm.editFromDeg(4, "270");
        vm.editSpeed(4, "20");

        Hodograph after = vm.hodograph();
        // from the west at 20 m/s: the air moves east
        assertThat(after.points().get(4).east()).isCloseTo(20, within(1e-9));
        assertThat(after.points().get(4).north()).isCloseTo(0, within(1e-9));
        assertThat(after.points().get(4).heightLabel()).isEqualTo("5000");
        assertThat(after.ringStep()).isEqualTo(5);
        assertThat(after.rings()).isEqualTo(4);
    }
}
