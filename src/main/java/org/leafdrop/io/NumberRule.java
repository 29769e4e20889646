package org.leafdrop.io;

import java.util.function.DoublePredicate;

/**
 * What a number field must satisfy, with the wording used when it does not, e.g.
 * {@code must be above 0 m}. Every rule also requires a finite value.
 *
 * @param requirement the message before {@code (got ...)}
 */
record NumberRule(DoublePredicate test, String requirement) {
    /** Any finite number. */
    static NumberRule finite() {
        return new NumberRule(v -> true, "must be a finite number");
    }

    /** Strictly above {@code min}. */
    static NumberRule above(double min, String unit) {
        return new NumberRule(v -> v > min, "must be above " + Numbers.format(min) + unitSuffix(unit));
    }

    /** At least {@code min}. */
    static NumberRule atLeast(double min, String unit) {
        return new NumberRule(v -> v >= min, "must be " + Numbers.format(min) + unitSuffix(unit) + " or more");
    }

    /** In the closed interval [min, max]. */
    static NumberRule between(double min, double max) {
        return new NumberRule(v -> v >= min && v <= max,
                "must be in [" + Numbers.format(min) + ", " + Numbers.format(max) + "]");
    }

    /** In the closed interval [min, max], with a unit. */
    static NumberRule between(double min, double max, String unit) {
        return new NumberRule(v -> v >= min && v <= max,
                "must be in [" + Numbers.format(min) + ", " + Numbers.format(max) + "]" + unitSuffix(unit));
    }

    /** In [min, max). */
    static NumberRule fromUpTo(double min, double max) {
        return new NumberRule(v -> v >= min && v < max,
                "must be in [" + Numbers.format(min) + ", " + Numbers.format(max) + ")");
    }

    /** In (min, max]. */
    static NumberRule aboveUpTo(double min, double max, String unit) {
        return new NumberRule(v -> v > min && v <= max,
                "must be in (" + Numbers.format(min) + ", " + Numbers.format(max) + "]" + unitSuffix(unit));
    }

    /** True when {@code v} is finite and passes the rule. */
    boolean accepts(double v) {
        return Double.isFinite(v) && test.test(v);
    }

    private static String unitSuffix(String unit) {
        return unit.isEmpty() ? "" : " " + unit;
    }
}
