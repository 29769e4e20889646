package org.leafdrop.io;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Checks single JSON values (numbers, whole numbers) against rules, logging located problems. */
final class Values {
    private Values() {
    }

    /** The value as a double satisfying {@code rule}, or empty after logging. */
    static OptionalDouble number(String path, JsonValue v, NumberRule rule, ProblemLog log) {
        if (!(v instanceof JsonValue.JsonNumber n)) {
            log.error(path, v, "must be a number (got " + v.describe() + ")");
            return OptionalDouble.empty();
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            log.error(path, v, "must be a finite number (got " + n.text() + ")");
            return OptionalDouble.empty();
        }
        if (!rule.accepts(d)) {
            log.error(path, v, rule.requirement() + " (got " + n.text() + ")");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(d);
    }

    /** The value as a whole number in [min, max] (5e5 accepted), or empty after logging. */
    static OptionalLong whole(String path, JsonValue v, long min, long max, ProblemLog log) {
        if (!(v instanceof JsonValue.JsonNumber n)) {
            log.error(path, v, "must be a whole number (got " + v.describe() + ")");
            return OptionalLong.empty();
        }
        if (!n.isWhole()) {
            log.error(path, v, "must be a whole number (got " + n.text() + ")");
            return OptionalLong.empty();
        }
        BigDecimal d = n.decimal();
        if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            String range;
            if (max != Long.MAX_VALUE) {
                range = String.format(Locale.ROOT, "must be from %,d to %,d", min, max);
            } else if (d.compareTo(BigDecimal.valueOf(min)) < 0) {
                range = String.format(Locale.ROOT, "must be %,d or more", min);
            } else {
                range = String.format(Locale.ROOT, "is too large: at most %,d", max);
            }
            log.error(path, v, range + " (got " + n.text() + ")");
            return OptionalLong.empty();
        }
        return OptionalLong.of(d.longValueExact());
    }
}
