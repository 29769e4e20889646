package org.leafdrop.coverage;

/**
 * Percentiles by linear interpolation between order statistics: the definition of
 * {@code numpy.percentile}'s default ("linear", Hyndman and Fan type 7), so results compare with
 * the NumPy reference in {@code bench/}. Stateless and thread-safe.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * The {@code percent}-th percentile of values sorted in ascending order.
     *
     * @param sorted  ascending, at least one value; not modified
     * @param percent in [0, 100]
     */
    public static double ofSorted(double[] sorted, double percent) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values to take a percentile of");
        }
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in [0, 100], was " + percent);
        }
        double h = (sorted.length - 1) * (percent / 100.0);
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double frac = h - lo;
        return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
    }
}
