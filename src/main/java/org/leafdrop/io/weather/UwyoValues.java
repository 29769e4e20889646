package org.leafdrop.io.weather;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.leafdrop.units.Units;

/**
 * What both University of Wyoming readers share: plain-number parsing, the units they accept,
 * the plausibility limits with their messages, and the wording of the source text. Stateless.
 */
final class UwyoValues {
    /**
     * The fastest upper winds ever measured are about 110-120 m/s (jet-stream cores); a faster
     * value is a corrupt row, not weather.
     */
    static final double MAX_SPEED_MPS = 150.0;
    /** Kilometres per hour: not in {@code Units}, used only by these readers. */
    static final double MPS_PER_KMH = 1000.0 / 3600.0;
    /** Absolute zero in degrees Celsius. */
    static final double ZERO_KELVIN_C = -273.15;

    /** A plain decimal number; unlike {@code Double.parseDouble}, no "NaN", "Infinity" or hex. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?");

    private UwyoValues() {
    }

    /** A unit as the file names it, and how to reach SI: {@code si = value * factor + offset}. */
    record Conversion(String unit, double factor, double offset) {
        double toSi(double value) {
            return value * factor + offset;
        }
    }

    /** The number in {@code text}, or empty when it is not a plain finite decimal. */
    static OptionalDouble number(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(text);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    static String notANumber(String text) {
        return "not a number: \"" + text + "\"";
    }

    static Optional<Conversion> speedUnit(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "knot", "knots", "kt", "kts" -> Optional.of(new Conversion(unit, Units.MPS_PER_KT, 0));
            case "m/s", "mps" -> Optional.of(new Conversion(unit, 1, 0));
            case "km/h", "kmh", "kph" -> Optional.of(new Conversion(unit, MPS_PER_KMH, 0));
            default -> Optional.empty();
        };
    }

    static Optional<Conversion> heightUnit(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "m", "gpm" -> Optional.of(new Conversion(unit, 1, 0));
            case "ft" -> Optional.of(new Conversion(unit, Units.M_PER_FT, 0));
            default -> Optional.empty();
        };
    }

    static Optional<Conversion> pressureUnit(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "hpa", "mb" -> Optional.of(new Conversion(unit, 1, 0));
            default -> Optional.empty();
        };
    }

    static Optional<Conversion> temperatureUnit(String unit) {
        return switch (unit) {
            case "C", "c", "degC" -> Optional.of(new Conversion(unit, 1, 0));
            case "K" -> Optional.of(new Conversion(unit, 1, ZERO_KELVIN_C));
            default -> Optional.empty();
        };
    }

    static Optional<Conversion> directionUnit(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "deg", "degree", "degrees", "\u00b0" -> Optional.of(new Conversion(unit, 1, 0));
            default -> Optional.empty();
        };
    }

    static String unknownUnit(String quantity, String unit, String expected) {
        return "unknown " + quantity + " unit \"" + unit + "\" (expected " + expected + ")";
    }

    /** The fault of a wind direction in degrees, if any. */
    static Optional<String> directionFault(double fromDeg, String text) {
        if (fromDeg >= 0 && fromDeg <= 360) {
            return Optional.empty();
        }
        return Optional.of("wind direction must be in [0, 360] degrees (got " + text + ")");
    }

    /** The fault of a wind speed already in m/s, if any; the message quotes the file's value and unit. */
    static Optional<String> speedFault(double speedMps, String text, Conversion unit) {
        if (speedMps < 0) {
            return Optional.of("wind speed must not be negative (got " + text + " " + unit.unit() + ")");
        }
        if (speedMps > MAX_SPEED_MPS) {
            String got = unit.factor() == 1 ? text + " " + unit.unit()
                    : text + " " + unit.unit() + " = " + decimal(speedMps) + " m/s";
            return Optional.of("wind speed must be at most " + decimal(MAX_SPEED_MPS) + " m/s (got " + got + ")");
        }
        return Optional.empty();
    }

    static Optional<String> pressureFault(double pressureHpa, String text, Conversion unit) {
        return pressureHpa > 0 ? Optional.empty()
                : Optional.of("pressure must be above 0 hPa (got " + text + " " + unit.unit() + ")");
    }

    static Optional<String> temperatureFault(double temperatureC, String text, Conversion unit) {
        return temperatureC > ZERO_KELVIN_C ? Optional.empty()
                : Optional.of("temperature must be above absolute zero (got " + text + " " + unit.unit() + ")");
    }

    /**
     * A number for a message: at most one decimal, none when it is whole ("1500", "5.1"); three
     * significant digits with an exponent from ten million up ("1.00e+308", not 309 digits).
     */
    static String decimal(double v) {
        if (Math.abs(v) >= 1e7) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** "2016-10-16 12Z", or "2016-10-16 1130Z" when the minutes are not zero. */
    static String describe(Instant t) {
        ZonedDateTime z = t.atZone(ZoneOffset.UTC);
        String day = String.format(Locale.ROOT, "%04d-%02d-%02d", z.getYear(), z.getMonthValue(), z.getDayOfMonth());
        String time = z.getMinute() == 0 ? String.format(Locale.ROOT, "%02dZ", z.getHour())
                : String.format(Locale.ROOT, "%02d%02dZ", z.getHour(), z.getMinute());
        return day + " " + time;
    }

    /**
     * The reading's {@code source}, e.g. "University of Wyoming sounding 40608 ORBM, 2016-10-16 12Z",
     * or "University of Wyoming soundings 40608 ORBM, 2016-10-16 00Z to 2016-10-16 12Z".
     *
     * @param station what the station is called ("40608 ORBM"); empty when the file does not say
     * @param times   the samples' valid times, in order
     */
    static String source(String station, List<Instant> times) {
        StringBuilder sb = new StringBuilder("University of Wyoming sounding");
        if (times.size() > 1) {
            sb.append('s');
        }
        if (!station.isEmpty()) {
            sb.append(' ').append(station);
        }
        if (!times.isEmpty()) {
            sb.append(", ").append(describe(times.get(0)));
            if (times.size() > 1) {
                sb.append(" to ").append(describe(times.get(times.size() - 1)));
            }
        }
        return sb.toString();
    }
}
