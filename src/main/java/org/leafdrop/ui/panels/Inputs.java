package org.leafdrop.ui.panels;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.leafdrop.ui.panels.UnitSystem.Quantity;

/**
 * Reading typed text for the panels' fields, with messages that say what is wrong in the units
 * the user sees ("must be above 0 ft"). The field adds its own name in front.
 */
final class Inputs {
    private Inputs() {
    }

    /** Blank text is no value. */
    static Optional<String> text(String typed) {
        String t = typed.strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /** A number in the system's unit, returned in SI. */
    static double quantity(String typed, UnitSystem units, Quantity q) throws InvalidInputException {
        OptionalDouble v = units.parse(q, typed);
        if (v.isEmpty()) {
            throw notANumber(typed);
        }
        return v.getAsDouble();
    }

    /** A mass in the system's unit, returned in pounds (the plan's unit for payloads). */
    static double pounds(String typed, UnitSystem units) throws InvalidInputException {
        OptionalDouble v = units.parsePounds(typed);
        if (v.isEmpty()) {
            throw notANumber(typed);
        }
        return v.getAsDouble();
    }

    /** A plain number (degrees, seconds, densities). */
    static double number(String typed) throws InvalidInputException {
        OptionalDouble v = DisplayNumbers.parse(typed);
        if (v.isEmpty()) {
            throw notANumber(typed);
        }
        return v.getAsDouble();
    }

    static long whole(String typed) throws InvalidInputException {
        OptionalLong v = DisplayNumbers.parseWhole(typed);
        if (v.isEmpty()) {
            OptionalDouble number = DisplayNumbers.parse(typed);
            if (number.isPresent() && number.getAsDouble() == Math.rint(number.getAsDouble())
                    && Math.abs(number.getAsDouble()) >= Long.MAX_VALUE) {
                throw new InvalidInputException("'" + typed.strip() + "' is too large");
            }
            if (number.isPresent()) {
                throw new InvalidInputException("'" + typed.strip() + "' is not a whole number");
            }
            throw notANumber(typed);
        }
        return v.getAsLong();
    }

    /** Fails unless min <= v <= max; the bounds are shown as given (already in display form). */
    static void requireBetween(double v, double min, double max, String shownMin, String shownMax)
            throws InvalidInputException {
        if (!(v >= min && v <= max)) {
            throw new InvalidInputException("must be " + shownMin + " to " + shownMax);
        }
    }

    static void requireAtLeast(double v, double min, String shownMin) throws InvalidInputException {
        if (!(v >= min)) {
            throw new InvalidInputException("must be at least " + shownMin);
        }
    }

    static void requireAbove(double v, double min, String shownMin) throws InvalidInputException {
        if (!(v > min)) {
            throw new InvalidInputException("must be above " + shownMin);
        }
    }

    static void requireAtMost(double v, double max, String shownMax) throws InvalidInputException {
        if (!(v <= max)) {
            throw new InvalidInputException("must be at most " + shownMax);
        }
    }

    private static InvalidInputException notANumber(String typed) {
        String t = typed.strip();
        return new InvalidInputException(t.isEmpty() ? "a value is needed" : "'" + t + "' is not a number");
    }
}
