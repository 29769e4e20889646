package org.leafdrop.io.weather;

import java.util.Objects;
import org.leafdrop.io.JsonValue;

/**
 * One hourly variable's values, checked and converted to the plan's units (m/s, degrees true,
 * metres MSL, °C), one per time; {@code NaN} where the file has {@code null}. Not a record: it
 * holds a primitive array, which it never hands out. Immutable once built.
 */
final class OpenMeteoColumn {
    private final OpenMeteoVariable variable;
    private final String path;
    private final JsonValue.JsonArray array;
    private final double[] values;

    /**
     * @param path   the array's JSON path, e.g. {@code $.hourly.wind_speed_850hPa}
     * @param array  the array in the file, for the positions of its items
     * @param values the converted values, as many as the array has items (copied)
     */
    OpenMeteoColumn(OpenMeteoVariable variable, String path, JsonValue.JsonArray array, double[] values) {
        this.variable = Objects.requireNonNull(variable, "variable");
        this.path = Objects.requireNonNull(path, "path");
        this.array = Objects.requireNonNull(array, "array");
        this.values = values.clone();
        if (values.length != array.items().size()) {
            throw new IllegalArgumentException("one value per item: " + values.length + " for "
                    + array.items().size());
        }
    }

    OpenMeteoVariable variable() {
        return variable;
    }

    /** The array's JSON path, e.g. {@code $.hourly.wind_speed_850hPa}. */
    String path() {
        return path;
    }

    /** The array in the file. */
    JsonValue.JsonArray array() {
        return array;
    }

    /** How many times (values) there are. */
    int size() {
        return values.length;
    }

    /** The value at time {@code i}; {@code NaN} when the file has null there. */
    double at(int i) {
        return values[i];
    }

    /** The file's item at time {@code i}, for its position. */
    JsonValue item(int i) {
        return array.items().get(i);
    }

    /** The path of the item at time {@code i}, e.g. {@code $.hourly.wind_speed_850hPa[3]}. */
    String itemPath(int i) {
        return path + "[" + i + "]";
    }
}
