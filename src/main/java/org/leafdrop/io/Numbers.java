package org.leafdrop.io;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats doubles readably and exactly for files and messages: whole values without ".0"
 * ({@code 223}, {@code -300}), others in the shortest form that reads back to the same double
 * ({@code 0.0012}), very large or small magnitudes in exponent form. Locale independent.
 */
final class Numbers {
    private Numbers() {
    }

    /** The shortest exact text of {@code v}; {@code NaN} and infinities as Java spells them. */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return Double.doubleToRawLongBits(v) == 0 ? "0" : "-0.0";
        }
        double abs = Math.abs(v);
        if (abs >= 1e-6 && abs < 1e16) {
            return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v);
    }

    /** {@code v} rounded to {@code decimals} places, for computed values such as intersection points. */
    static String rounded(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        BigDecimal r = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return r.signum() == 0 ? "0" : r.toPlainString();
    }
}
