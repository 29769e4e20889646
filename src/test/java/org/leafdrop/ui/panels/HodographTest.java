package org.leafdrop.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leafdrop.model.WindLevel;

class HodographTest {
    @Test
    void tipsAreWhereTheAirGoesNorthUp() {
        Hodograph h = Hodograph.of(List.of(new WindLevel(100, 0, 10), new WindLevel(1000, 90, 10)), UnitSystem.METRIC);

        // from the north: the air moves south; from the east: it moves west
        assertThat(h.points().get(0).east()).isCloseTo(0, within(1e-9));
        assertThat(h.points().get(0).north()).isCloseTo(-10, within(1e-9));
        assertThat(h.points().get(1).east()).isCloseTo(-10, within(1e-9));
        assertThat(h.points().get(1).north()).isCloseTo(0, within(1e-9));
        assertThat(h.points()).extracting(Hodograph.Point::heightLabel).containsExactly("100", "1000");
    }

    @Test
    void pointsAndRingsAreInTheUnitSystem() {
        // 16 m/s = 31.1 kt: rings of 10 kt to 40 kt
        Hodograph h = Hodograph.of(List.of(new WindLevel(3048, 180, 16)), UnitSystem.IMPERIAL);

        assertThat(h.points().get(0).north()).isCloseTo(31.101, within(1e-3));
        assertThat(h.points().get(0).heightLabel()).isEqualTo("10,000");
        assertThat(h.speedUnit()).isEqualTo("kt");
        assertThat(h.heightUnit()).isEqualTo("ft");
        assertThat(h.ringStep()).isEqualTo(10);
        assertThat(h.rings()).isEqualTo(4);
        assertThat(h.maxSpeed()).isEqualTo(40);
    }

    @Test
    void ringStepsAreRoundAndJustCoverTheStrongestWind() {
        assertThat(Hodograph.ringStep(16)).isEqualTo(5);
        assertThat(Hodograph.ringStep(20)).isEqualTo(5);
        assertThat(Hodograph.ringStep(21)).isEqualTo(10);
        assertThat(Hodograph.ringStep(3)).isEqualTo(1);
        assertThat(Hodograph.ringStep(0.5)).isEqualTo(0.2);
        assertThat(Hodograph.ringStep(0)).isEqualTo(1);
        assertThat(Hodograph.of(List.of(new WindLevel(0, 0, 0)), UnitSystem.METRIC).rings()).isEqualTo(1);
    }
}
