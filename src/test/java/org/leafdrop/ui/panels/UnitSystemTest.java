package org.leafdrop.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leafdrop.ui.panels.UnitSystem.IMPERIAL;
import static org.leafdrop.ui.panels.UnitSystem.METRIC;
import static org.leafdrop.ui.panels.UnitSystem.Quantity.DISTANCE;
import static org.leafdrop.ui.panels.UnitSystem.Quantity.HEIGHT;
import static org.leafdrop.ui.panels.UnitSystem.Quantity.MASS;
import static org.leafdrop.ui.panels.UnitSystem.Quantity.SPEED;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class UnitSystemTest {
    @Test
    void tenThousandFeetIsThreeThousandFortyEightMetres() {
        assertThat(IMPERIAL.format(HEIGHT, 3048)).isEqualTo("10,000");
        assertThat(METRIC.format(HEIGHT, 3048)).isEqualTo("3048");
        assertThat(IMPERIAL.formatWithUnit(HEIGHT, 3048)).isEqualTo("10,000 ft");
        assertThat(IMPERIAL.parse(HEIGHT, "10,000")).isEqualTo(OptionalDouble.of(3048));
        assertThat(IMPERIAL.parse(HEIGHT, "10000")).isEqualTo(OptionalDouble.of(3048));
    }

    @Test
    void eachQuantityHasItsUnitInEachSystem() {
        assertThat(IMPERIAL.formatWithUnit(SPEED, 72)).isEqualTo("140 kt");
        assertThat(METRIC.formatWithUnit(SPEED, 72)).isEqualTo("72 m/s");
        assertThat(IMPERIAL.formatWithUnit(DISTANCE, 1852 * 2.5)).isEqualTo("2.5 NM");
        assertThat(METRIC.formatWithUnit(DISTANCE, 1852 * 2.5)).isEqualTo("4.63 km");
        assertThat(IMPERIAL.formatWithUnit(MASS, 45.359237)).isEqualTo("100 lb");
        assertThat(METRIC.formatWithUnit(MASS, 45.359237)).isEqualTo("45.4 kg");
        assertThat(METRIC.formatFixed(DISTANCE, 2200)).isEqualTo("2.20");
    }

    @Test
    void parsingReadsTheUnitShownAndGivesSi() {
        // 1 kt = 1852/3600 m/s; the result is kept to a micro-unit
        assertThat(IMPERIAL.parse(SPEED, "140").getAsDouble()).isEqualTo(72.022222);
        assertThat(METRIC.parse(DISTANCE, "2.5").getAsDouble()).isEqualTo(2500);
        assertThat(METRIC.parsePounds("45.359237").getAsDouble()).isEqualTo(100);
        assertThat(IMPERIAL.parsePounds("100.5").getAsDouble()).isEqualTo(100.5);
        assertThat(IMPERIAL.formatPounds(100.5)).isEqualTo("100.5");
        assertThat(METRIC.formatPounds(100)).isEqualTo("45.4");
    }

    @Test
    void textThatIsNotANumberIsRefused() {
        for (String bad : new String[] {"", " ", "abc", "NaN", "Infinity", "3,5", "1,00", "12OO", "1.2.3", "--1"}) {
            assertThat(METRIC.parse(HEIGHT, bad)).as(bad).isEmpty();
        }
        assertThat(METRIC.parse(HEIGHT, " -300 ")).isEqualTo(OptionalDouble.of(-300));
        assertThat(METRIC.parse(HEIGHT, "1,234,567.5")).isEqualTo(OptionalDouble.of(1_234_567.5));
        assertThat(METRIC.parse(HEIGHT, ".5")).isEqualTo(OptionalDouble.of(0.5));
        assertThat(METRIC.parse(HEIGHT, "1e3")).isEqualTo(OptionalDouble.of(1000));
    }

    @Test
    void numbersGroupThousandsFromTenThousandAndNeverShowMinusZero() {
        assertThat(DisplayNumbers.format(9999, 0)).isEqualTo("9999");
        assertThat(DisplayNumbers.format(10_000, 0)).isEqualTo("10,000");
        assertThat(DisplayNumbers.format(-1_234_567.25, 1)).isEqualTo("-1,234,567.3");
        assertThat(DisplayNumbers.format(-0.0001, 2)).isEqualTo("0");
        assertThat(DisplayNumbers.format(10_000_000_000L)).isEqualTo("10,000,000,000");
        assertThat(DisplayNumbers.fixed(-0.001, 1)).isEqualTo("0.0");
        assertThat(DisplayNumbers.percent(1)).isEqualTo("100.0");
        assertThat(DisplayNumbers.parseWhole("9,223,372,036,854,775,807")).hasValue(Long.MAX_VALUE);
        assertThat(DisplayNumbers.parseWhole("9223372036854775808")).isEmpty();
        assertThat(DisplayNumbers.parseWhole("1.0")).isEmpty();
    }
}
