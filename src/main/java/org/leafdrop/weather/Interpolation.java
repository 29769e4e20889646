package org.leafdrop.weather;

/** Small helpers for piecewise-linear tables. */
final class Interpolation {
    private Interpolation() {
    }

    /**
     * Index j of the segment [xs[j], xs[j+1]] holding x, for sorted xs with at least two values;
     * clamped to the first and last segment.
     */
    static int segment(double[] xs, double x) {
        int lo = 0;
        int hi = xs.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Linear interpolation of ys over sorted xs, held constant beyond the ends. */
    static double linearClamped(double[] xs, double[] ys, double x) {
        int n = xs.length;
        if (n == 1 || x <= xs[0]) {
            return ys[0];
        }
        if (x >= xs[n - 1]) {
            return ys[n - 1];
        }
        int j = segment(xs, x);
        double t = (x - xs[j]) / (xs[j + 1] - xs[j]);
        return ys[j] + t * (ys[j + 1] - ys[j]);
    }
}
