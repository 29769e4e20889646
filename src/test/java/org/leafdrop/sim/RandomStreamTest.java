package org.leafdrop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RandomStreamTest {
    private static final int N = 2_000_000;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 20161017, -7})
    void normalDrawsHaveTheMomentsAndTailsOfAStandardNormal(long seed) {
        RandomStream r = new RandomStream(seed);
        checkStandardNormal(r::nextGaussian);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 20161017, -7})
    void filledNormalDrawsHaveTheMomentsAndTailsOfAStandardNormal(long seed) {
        RandomStream r = new RandomStream(seed);
        double[] buf = new double[3 * 1024 + 1];
        int[] next = {buf.length};
        checkStandardNormal(() -> {
            if (next[0] == buf.length) {
                r.fillGaussian(buf, buf.length);
                next[0] = 0;
            }
            return buf[next[0]++];
        });
    }

    @Test
    void filledDrawsMatchTheNormalCdfAcrossItsRange() {
        // the share below each of 13 quantiles, within 4 binomial standard errors
        RandomStream r = new RandomStream(11);
        double[] buf = new double[N];
        r.fillGaussian(buf, N);
        double[] z = {-3.5, -3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3};
        double[] cdf = {2.326e-4, 1.350e-3, 6.210e-3, 2.275e-2, 6.681e-2, 0.15866, 0.30854, 0.5, 0.69146,
            0.84134, 0.93319, 0.97725, 0.99865};
        for (int q = 0; q < z.length; q++) {
            int below = 0;
            for (double x : buf) {
                if (x < z[q]) {
                    below++;
                }
            }
            double se = Math.sqrt(cdf[q] * (1 - cdf[q]) / N);
            assertThat(below / (double) N).as("P(x < %s)", z[q]).isCloseTo(cdf[q], within(4 * se));
        }
    }

    private static void checkStandardNormal(java.util.function.DoubleSupplier draw) {
        double s1 = 0;
        double s2 = 0;
        double s4 = 0;
        int beyond2 = 0;
        int beyond37 = 0;
        for (int i = 0; i < N; i++) {
            double x = draw.getAsDouble();
            s1 += x;
            s2 += x * x;
            s4 += x * x * x * x;
            if (Math.abs(x) > 2) {
                beyond2++;
            }
            if (Math.abs(x) > 3.7) {
                beyond37++;
            }
        }
        // standard errors with 2e6 draws: mean 0.0007, variance 0.001, kurtosis 0.0035
        assertThat(s1 / N).isCloseTo(0, within(0.004));
        assertThat(s2 / N).isCloseTo(1, within(0.005));
        assertThat(s4 / N).isCloseTo(3, within(0.03));
        // P(|x| > 2) = 0.0455; P(|x| > 3.7), beyond the ziggurat's base layer, = 2.16e-4
        assertThat(beyond2 / (double) N).isCloseTo(0.0455, within(0.0007));
        assertThat(beyond37 / (double) N).isCloseTo(2.16e-4, within(0.4e-4));
    }

    @Test
    void uniformDrawsFillTheUnitInterval() {
        RandomStream r = new RandomStream(3);
        int[] bins = new int[10];
        for (int i = 0; i < 1_000_000; i++) {
            double u = r.nextDouble();
            assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
            bins[(int) (u * 10)]++;
        }
        for (int b : bins) {
            assertThat(b).isBetween(99_000, 101_000);
        }
    }

    @Test
    void aSeedAlwaysGivesTheSameStream() {
        RandomStream a = new RandomStream(99);
        RandomStream b = new RandomStream(99);
        for (int i = 0; i < 1000; i++) {
            assertThat(a.nextGaussian()).isEqualTo(b.nextGaussian());
        }
        // pinned: the stream must not change between versions, or saved results stop reproducing
        assertThat(new RandomStream(1).nextLong()).isEqualTo(new java.util.SplittableRandom(1).nextLong());
    }
}
