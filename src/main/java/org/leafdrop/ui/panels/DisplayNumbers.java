package org.leafdrop.ui.panels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Numbers as the panels show and read them, independent of the default locale: a point for
 * decimals, trailing zeros dropped, commas between thousands from 10,000 up (four-digit numbers
 * such as 3048 read better without). Parsing takes the same form back, with or without commas;
 * a comma anywhere else ("3,5") is not a number, so a decimal comma is never read as grouping.
 */
final class DisplayNumbers {
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d*)?([eE][+-]?\\d+)?|[+-]?\\.\\d+([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)");
    private static final double GROUPING_FROM = 10_000;

    private DisplayNumbers() {
    }

    /** {@code v} rounded half up to at most {@code maxDecimals} places. */
    static String format(double v, int maxDecimals) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        BigDecimal r = new BigDecimal(v).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (r.signum() == 0) {
            return "0";
        }
        String plain = r.toPlainString();
        return Math.abs(v) >= GROUPING_FROM ? group(plain) : plain;
    }

    /** {@code v} with exactly {@code decimals} places, for table columns that line up: "2.20". */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        BigDecimal r = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP);
        if (r.signum() == 0) {
            r = r.abs();
        }
        String plain = r.toPlainString();
        return Math.abs(v) >= GROUPING_FROM ? group(plain) : plain;
    }

    /** A whole number, grouped as {@link #format}. */
    static String format(long v) {
        String plain = Long.toString(v);
        return Math.abs((double) v) >= GROUPING_FROM ? group(plain) : plain;
    }

    /** A share in [0, 1] as a percentage with one decimal, without the sign: 0.425 gives "42.5", 0.12 "12.0". */
    static String percent(double fraction) {
        return fixed(fraction * 100, 1);
    }

    /** The number in {@code text}, or empty when it is not one (blank, letters, NaN, a decimal comma). */
    static OptionalDouble parse(String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(t.replace(",", ""));
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /** The whole number in {@code text}, or empty when it is not one or does not fit a long. */
    static OptionalLong parseWhole(String text) {
        String t = text.strip();
        if (!WHOLE.matcher(t).matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(t.replace(",", "").replace("+", "")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static String group(String plain) {
        int sign = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        StringBuilder out = new StringBuilder(plain.substring(0, sign));
        String digits = plain.substring(sign, end);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.append(plain.substring(end)).toString();
    }
}
