package org.leafdrop.io.weather;

import java.util.Objects;
import org.leafdrop.io.JsonValue;

/**
 * One hourly variable's values, checked and converted to the plan's units (m/s, degrees true,
 * metres MSL, °C), one per time; {@code NaN} where the file has {@code null}.
 *
 * @param variable what the values are
 * @param path     the array's JSON path, e.g. {@code $.hourly.wind_speed_850hPa}
 * @param array    the array in the file, for the positions of its items
 * @param values   the converted values, as many as there are times (not copied: package use only)
 */
record OpenMeteoColumn(OpenMeteoVariable variable, String path, JsonValue.JsonArray array, double[] values) {
    OpenMeteoColumn {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(array, "array");
        Objects.requireNonNull(values, "values");
    }

    /** The value at time {@code i}; {@code NaN} when the file has null there. */
    double at(int i) {
        return values[i];
    }

    /** The path of the item at time {@code i}, e.g. {@code $.hourly.wind_speed_850hPa[3]}. */
    String itemPath(int i) {
        return path + "[" + i + "]";
    }
}
