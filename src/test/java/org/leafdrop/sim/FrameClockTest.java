package org.leafdrop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Frames around a time, exactly on frame times too, whatever the rounding of the division. */
class FrameClockTest {
    @ParameterizedTest(name = "first frame at {0} s")
    @ValueSource(doubles = {0, 1476571800.123456789, 1476571800.1, 1e9 + 0.7})
    void aFrameTimeIsItsOwnFirstAtOrAfterAndLastAtOrBefore(double firstS) {
        FrameClock clock = new FrameClock(firstS, 13, 10_000);
        for (int k = 0; k < 10_000; k += 7) {
            double t = clock.timeS(k);
            assertThat(clock.firstAtOrAfter(t)).as("frame %d", k).isEqualTo(k);
            assertThat(clock.lastAtOrBefore(t)).as("frame %d", k).isEqualTo(k);
            if (k > 0) {
                assertThat(clock.firstAtOrAfter(t - 0.001)).isEqualTo(k);
                assertThat(clock.lastAtOrBefore(t - 0.001)).isEqualTo(k - 1);
            }
        }
        assertThat(clock.firstAtOrAfter(firstS - 5)).isZero();
        assertThat(clock.lastAtOrBefore(firstS - 5)).isEqualTo(-1);
        assertThat(clock.firstAtOrAfter(clock.timeS(9_999) + 1)).isEqualTo(10_000);
        assertThat(clock.lastAtOrBefore(clock.timeS(9_999) + 1e6)).isEqualTo(9_999);
    }
}
