package org.leafdrop.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import javafx.beans.property.ObjectProperty;
import org.junit.jupiter.api.Test;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.ui.edit.PlanEditor;
import org.leafdrop.ui.edit.PlanElement;

class PropertiesViewModelTest {
    private final PlanEditor editor = PanelFixtures.editor();
    private final ObjectProperty<UnitSystem> units = PanelFixtures.units(UnitSystem.IMPERIAL);
    private final PropertiesViewModel vm = new PropertiesViewModel(editor, units);

    private Sortie sortie(String id) {
        return editor.plan().sorties().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void saysNothingIsSelectedWhenNothingIs() {
        assertThat(vm.isEmpty()).isTrue();
        assertThat(vm.fields()).isEmpty();
        assertThat(vm.titleProperty().get()).isEmpty();
        assertThat(PropertiesViewModel.NOTHING_SELECTED)
                .isEqualTo("Nothing selected — click a shape on the map or pick one in the plan tree");
    }

    @Test
    void switchingUnitsShowsTenThousandFeetAsThreeThousandFortyEightMetres() {
        editor.select(Optional.of(PlanElement.sortie("s2")));
        ValueField altitude = vm.valueField("Altitude AGL");
        assertThat(altitude.text()).isEqualTo("10,000");
        assertThat(altitude.unit()).isEqualTo("ft");

        units.set(UnitSystem.METRIC);
        assertThat(altitude.text()).isEqualTo("3048");
        assertThat(altitude.unit()).isEqualTo("m");
        assertThat(vm.valueField("Ground speed").text()).isEqualTo("180");
        assertThat(vm.valueField("Ground speed").unit()).isEqualTo("m/s");

        units.set(UnitSystem.IMPERIAL);
        assertThat(altitude.text()).isEqualTo("10,000");
        // 180 m/s = 349.89 kt
        assertThat(vm.valueField("Ground speed").text()).isEqualTo("349.9");
    }

    @Test
    void rejectsNegativeAltitudeNamingTheFieldAndKeepsThePlan() {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        Plan before = editor.plan();
        ValueField altitude = vm.valueField("Altitude AGL");

        assertThat(altitude.commit("-300")).isFalse();

        assertThat(altitude.error()).isEqualTo("Altitude AGL: must be above 0 ft");
        assertThat(editor.plan()).isSameAs(before);
        assertThat(editor.canUndo()).isFalse();
        assertThat(altitude.text()).isEqualTo("3937");
    }

    @Test
    void rejectsTextThatIsNotANumberNamingTheField() {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        ValueField altitude = vm.valueField("Altitude AGL");

        assertThat(altitude.commit("12OO")).isFalse();
        assertThat(altitude.error()).isEqualTo("Altitude AGL: '12OO' is not a number");
        assertThat(altitude.commit("3,5")).isFalse();
        assertThat(altitude.error()).isEqualTo("Altitude AGL: '3,5' is not a number");
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void rejectsAReleaseAboveTheModelsCeiling() {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        units.set(UnitSystem.METRIC);
        ValueField altitude = vm.valueField("Altitude AGL");

        // ground is at 223 m MSL: 19,777 m AGL is the highest release
        assertThat(altitude.commit("19777")).isTrue();
        assertThat(altitude.commit("19778")).isFalse();
        assertThat(altitude.error())
                .isEqualTo("Altitude AGL: must be at most 19,777 m (the model's ceiling is 20,000 m MSL)");
        assertThat(sortie("s1").altitudeAglM()).isEqualTo(19777);
    }

    @Test
    void aLeafletBombMustBeReleasedAboveItsBurstHeight() {
        editor.select(Optional.of(PlanElement.sortie("s2")));
        ValueField altitude = vm.valueField("Altitude AGL");

        assertThat(altitude.commit("3000")).isFalse();

        assertThat(altitude.error()).isEqualTo("Altitude AGL: must be above the bomb's burst height, 3999 ft AGL");
        assertThat(sortie("s2").altitudeAglM()).isEqualTo(3048);
    }

    @Test
    void aValidAltitudeIsOneUndoableNamedCommand() {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        ValueField altitude = vm.valueField("Altitude AGL");
        long revision = editor.revision();

        assertThat(altitude.commit("5,000")).isTrue();

        assertThat(sortie("s1").altitudeAglM()).isEqualTo(1524.0);
        assertThat(editor.revision()).isEqualTo(revision + 1);
        assertThat(editor.undoNameProperty().get()).isEqualTo("Change altitude of s1");
        assertThat(altitude.text()).isEqualTo("5000");
        assertThat(altitude.error()).isEmpty();

        editor.undo();
        assertThat(sortie("s1").altitudeAglM()).isEqualTo(1200.0);
        assertThat(altitude.text()).isEqualTo("3937");
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void theShownRoundedValueIsNeverWrittenBack() {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        ValueField altitude = vm.valueField("Altitude AGL");

        // 1200 m shows as 3937 ft; committing the shown text must not store 3937 ft = 1199.99 m
        assertThat(altitude.commit("3937")).isTrue();

        assertThat(sortie("s1").altitudeAglM()).isEqualTo(1200.0);
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void aRefusedInputsMessageClearsOnTheNextGoodOne() {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        ValueField altitude = vm.valueField("Altitude AGL");
        altitude.commit("-1");

        altitude.commit("4000");

        assertThat(altitude.error()).isEmpty();
        assertThat(sortie("s1").altitudeAglM()).isEqualTo(1219.2);
    }

    @Test
    void groundSpeedIsBoundedByTheLimits() {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        ValueField speed = vm.valueField("Ground speed");

        assertThat(speed.commit("2000")).isFalse();
        assertThat(speed.error()).isEqualTo("Ground speed: must be 0 to 1943.8 kt");

        assertThat(speed.commit("150")).isTrue();
        assertThat(sortie("s1").groundSpeedMps().getAsDouble()).isEqualTo(77.166667);
        assertThat(editor.undoNameProperty().get()).isEqualTo("Change ground speed of s1");

        assertThat(speed.commit("")).isTrue();
        assertThat(sortie("s1").groundSpeedMps()).isEmpty();
        assertThat(speed.promptProperty().get()).isEqualTo("not given: 136.1 kt assumed");
    }

    @Test
    void anEmptyHeadingFliesAlongTheTrackButABombAtAPointNeedsOne() {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        ValueField heading = vm.valueField("Heading");
        assertThat(heading.text()).isEmpty();
        assertThat(heading.promptProperty().get()).matches("along track \\(\\d{3}°\\)");
        assertThat(heading.commit("95")).isTrue();
        assertThat(sortie("s1").headingDeg()).isEqualTo(OptionalDouble.of(95));
        assertThat(heading.commit("361")).isFalse();
        assertThat(heading.error()).isEqualTo("Heading: must be 0° to 360°");

        editor.select(Optional.of(PlanElement.sortie("s2")));
        assertThat(heading.text()).isEqualTo("120");
        assertThat(heading.commit("")).isFalse();
        assertThat(heading.error()).isEqualTo("Heading: a leaflet bomb released at a point needs a heading");
        assertThat(sortie("s2").headingDeg()).isEqualTo(OptionalDouble.of(120));
    }

    @Test
    void releaseTimeIsReadAsIsoUtc() {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        ValueField time = vm.valueField("Release time");
        assertThat(time.text()).isEqualTo("2016-10-15T22:30:00Z");

        assertThat(time.commit("2016-10-15T23:05")).isTrue();
        assertThat(sortie("s1").releaseTimeUtc()).contains(Instant.parse("2016-10-15T23:05:00Z"));

        assertThat(time.commit("2016-10-16T02:00+03:00")).isTrue();
        assertThat(sortie("s1").releaseTimeUtc()).contains(Instant.parse("2016-10-15T23:00:00Z"));

        assertThat(time.commit("tonight")).isFalse();
        assertThat(time.error()).startsWith("Release time: 'tonight' is not a time");
    }

    @Test
    void leafletTypeIsPickedFromThePlanAndTheCatalog() {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        ChoiceField type = vm.choiceField("Leaflet type");
        assertThat(type.selected().id()).contains("newspaper-4p");
        assertThat(type.options()).extracting(c -> c.id().orElseThrow()).contains("newspaper-4p", "6x3-20lb");

        assertThat(type.choose(Optional.of("6x3-20lb"))).isTrue();

        assertThat(sortie("s1").leafletType()).isEqualTo("6x3-20lb");
        assertThat(editor.undoNameProperty().get()).isEqualTo("Change leaflet type of s1");
        assertThat(type.selected().id()).contains("6x3-20lb");
    }

    @Test
    void targetIsPickedFromThePlansTargets() {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        ChoiceField target = vm.choiceField("Target");
        assertThat(target.options()).extracting(c -> c.id().orElse("none"))
                .containsExactly("none", "old-city", "west-mosul");

        assertThat(target.choose(Optional.of("west-mosul"))).isTrue();
        assertThat(sortie("s1").targetId()).contains("west-mosul");
        assertThat(target.choose(Optional.empty())).isTrue();
        assertThat(sortie("s1").targetId()).isEmpty();
    }

    @Test
    void aPayloadInKilogramsReplacesTheCount() {
        editor.select(Optional.of(PlanElement.sortie("s2")));
        units.set(UnitSystem.METRIC);
        ValueField payload = vm.valueField("Payload");
        ValueField count = vm.valueField("Leaflets");
        assertThat(count.text()).isEqualTo("60,000");
        assertThat(payload.text()).isEmpty();
        assertThat(payload.unit()).isEqualTo("kg");

        assertThat(payload.commit("45.4")).isTrue();

        Sortie s2 = sortie("s2");
        assertThat(s2.leafletCount()).isEmpty();
        // 45.4 kg = 100.089867 lb, kept to the micro-pound
        assertThat(s2.payloadLb().getAsDouble()).isCloseTo(100.089867, within(1e-6));
        assertThat(count.text()).isEmpty();
        assertThat(count.promptProperty().get()).startsWith("≈ ").endsWith(" from the payload");
        assertThat(editor.undoNameProperty().get()).isEqualTo("Change payload of s2");

        assertThat(count.commit("50000")).isTrue();
        assertThat(sortie("s2").leafletCount()).isEqualTo(OptionalLong.of(50_000));
        assertThat(sortie("s2").payloadLb()).isEmpty();
    }

    @Test
    void poundsTypedInImperialGoToThePlanUnconverted() {
        editor.select(Optional.of(PlanElement.sortie("s2")));
        assertThat(vm.valueField("Payload").commit("100")).isTrue();
        assertThat(sortie("s2").payloadLb()).isEqualTo(OptionalDouble.of(100));
    }

    @Test
    void aSortieNeedsItsLeafletsAsACountOrAPayload() {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        ValueField count = vm.valueField("Leaflets");

        assertThat(count.commit("")).isFalse();
        assertThat(count.error()).isEqualTo("Leaflets: give the leaflets or a payload");
        assertThat(count.commit("1.5")).isFalse();
        assertThat(count.error()).isEqualTo("Leaflets: '1.5' is not a whole number");
        assertThat(count.commit("20,000,000,000")).isFalse();
        assertThat(count.error()).isEqualTo("Leaflets: must be at most 10,000,000,000 leaflets");
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void readOnlyFieldsDescribeTheTrackAndTheReleaseMethod() {
        editor.select(Optional.of(PlanElement.sortie("s2")));
        assertThat(vm.valueField("Track length").text()).isEqualTo("point release");
        assertThat(vm.valueField("Track length").isEditable()).isFalse();
        assertThat(vm.valueField("Release method").text()).isEqualTo("leaflet bomb M129, bursts at 3999 ft AGL");
        assertThat(vm.valueField("Release method").commit("x")).isFalse();

        editor.select(Optional.of(PlanElement.sortie("s1")));
        assertThat(vm.valueField("Release method").text()).isEqualTo("free fall");
        assertThat(vm.valueField("Track length").unit()).isEqualTo("NM");
        assertThat(Double.parseDouble(vm.valueField("Track length").text())).isPositive();
    }

    @Test
    void targetFieldsEditPopulationAndDesiredDensity() {
        editor.select(Optional.of(PlanElement.target("old-city")));
        assertThat(vm.titleProperty().get()).isEqualTo("Target old-city — Old City, west bank (approximate)");
        ValueField population = vm.valueField("Population");
        ValueField density = vm.valueField("Desired density");
        assertThat(population.text()).isEmpty();
        assertThat(density.text()).isEqualTo("10,000");

        assertThat(population.commit("150,000")).isTrue();
        assertThat(editor.plan().target("old-city").orElseThrow().population()).isEqualTo(OptionalLong.of(150_000));
        assertThat(editor.undoNameProperty().get()).isEqualTo("Change population of old-city");

        assertThat(density.commit("-5")).isFalse();
        assertThat(density.error()).isEqualTo("Desired density: must be at least 0 per km²");
        assertThat(density.commit("")).isTrue();
        assertThat(editor.plan().target("old-city").orElseThrow().desiredDensityPerKm2()).isEmpty();
        assertThat(density.promptProperty().get()).isEqualTo("plan threshold, 1000");
    }

    @Test
    void anExclusionCanBeRenamed() {
        editor.select(Optional.of(PlanElement.exclusion("tigris")));
        assertThat(vm.fields()).extracting(PanelField::label).containsExactly("Id", "Name", "Area");

        assertThat(vm.valueField("Name").commit("Tigris")).isTrue();

        assertThat(editor.plan().exclusions().get(0).name()).contains("Tigris");
        assertThat(editor.undoNameProperty().get()).isEqualTo("Change name of tigris");
    }

    @Test
    void followsTheSelectionAndUndo() {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        ValueField name = vm.valueField("Name");
        name.commit("Pass 1");
        editor.select(Optional.of(PlanElement.sortie("s2")));
        assertThat(vm.valueField("Name")).isSameAs(name);
        assertThat(name.text()).isEqualTo("M129 leaflet bomb over West Mosul");

        editor.select(Optional.empty());
        assertThat(vm.isEmpty()).isTrue();
        assertThat(vm.fields()).isEmpty();
    }
}
