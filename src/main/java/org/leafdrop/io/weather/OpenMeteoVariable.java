package org.leafdrop.io.weather;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leafdrop.units.Units;

/**
 * One hourly variable the reader uses, decoded from its Open-Meteo name: what it measures, at
 * which level, and for which ensemble member. {@code wind_speed_850hPa_member01} is the speed at
 * 850 hPa of member01; {@code wind_speed_10m} the speed 10 m above ground of the control run.
 * The older names without the underscore ({@code windspeed_850hPa}) are accepted too.
 *
 * @param quantity what the values are
 * @param level    the pressure level or the height above ground
 * @param member   the ensemble member ({@code member01}), empty for the control or only run
 */
record OpenMeteoVariable(Quantity quantity, Level level, String member) {
    private static final Pattern NAME = Pattern.compile(
            "(wind_?speed|wind_?direction|geopotential_height|temperature)_(\\d{1,5})(hPa|m)(?:_(member\\d{1,4}))?");

    OpenMeteoVariable {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(member, "member");
    }

    /**
     * The variable a name stands for; empty for every other Open-Meteo variable (humidity, cloud
     * cover, 2 m temperature...), which the reader ignores.
     */
    static Optional<OpenMeteoVariable> parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        Quantity q = switch (m.group(1)) {
            case "wind_speed", "windspeed" -> Quantity.SPEED;
            case "wind_direction", "winddirection" -> Quantity.DIRECTION;
            case "geopotential_height" -> Quantity.HEIGHT;
            default -> Quantity.TEMPERATURE;
        };
        boolean pressure = m.group(3).equals("hPa");
        int value = Integer.parseInt(m.group(2));
        // heights above ground have no pressure: a 2 m temperature cannot be a sounding level
        if (!pressure && (q == Quantity.HEIGHT || q == Quantity.TEMPERATURE) || pressure && value == 0) {
            return Optional.empty();
        }
        return Optional.of(new OpenMeteoVariable(q, new Level(pressure, value),
                m.group(4) == null ? "" : m.group(4)));
    }

    /** The variable's name without the member suffix, as {@code hourly_units} may list it. */
    String baseName() {
        return quantity.prefix + "_" + level.value + (level.pressure ? "hPa" : "m");
    }

    /**
     * A pressure level ({@code pressure}, value in hPa) or a height above ground (value in m).
     */
    record Level(boolean pressure, int value) {
        /** For messages: "850 hPa" or "10 m". */
        String label() {
            return value + (pressure ? " hPa" : " m");
        }
    }

    /** What a variable measures, with the units Open-Meteo may give it in. */
    enum Quantity {
        SPEED("wind_speed", "km/h", "km/h, m/s, kn or mph"),
        DIRECTION("wind_direction", "°", "°"),
        HEIGHT("geopotential_height", "m", "m"),
        TEMPERATURE("temperature", "°C", "°C, °F or K");

        private final String prefix;
        private final String defaultUnit;
        private final String knownUnits;

        Quantity(String prefix, String defaultUnit, String knownUnits) {
            this.prefix = prefix;
            this.defaultUnit = defaultUnit;
            this.knownUnits = knownUnits;
        }

        /** Open-Meteo's default unit, assumed when {@code hourly_units} does not say. */
        String defaultUnit() {
            return defaultUnit;
        }

        /** The units understood, for messages. */
        String knownUnits() {
            return knownUnits;
        }

        /**
         * The conversion from {@code unit} to the plan's units (m/s, degrees, metres, °C); empty
         * for a unit Open-Meteo does not use for this quantity.
         */
        Optional<DoubleUnaryOperator> toPlanUnits(String unit) {
            String u = unit.trim().toLowerCase(Locale.ROOT);
            DoubleUnaryOperator same = DoubleUnaryOperator.identity();
            return Optional.ofNullable(switch (this) {
                case SPEED -> switch (u) {
                    case "km/h", "kmh" -> v -> v / 3.6;
                    case "m/s", "ms" -> same;
                    case "kn", "kt", "kts", "knots" -> Units::ktToMps;
                    // Open-Meteo writes mph as "mp/h"
                    case "mp/h", "mph" -> Units::mphToMps;
                    default -> null;
                };
                case DIRECTION -> u.equals("°") || u.equals("deg") || u.equals("degrees") ? same : null;
                case HEIGHT -> u.equals("m") || u.equals("gpm") ? same : null;
                case TEMPERATURE -> switch (u) {
                    case "°c", "c", "celsius" -> same;
                    case "°f", "f", "fahrenheit" -> v -> (v - 32) * 5.0 / 9.0;
                    case "k" -> v -> v - 273.15;
                    default -> null;
                };
            });
        }
    }
}
