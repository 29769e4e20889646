package org.leafdrop.io.weather;

import java.util.OptionalDouble;

/**
 * One row of a University of Wyoming sounding, already in SI and checked for range, before the
 * profile is sorted and cleaned; a blank (missing) value is empty.
 *
 * @param line         1-based line of the row in the file
 * @param heightColumn 1-based column of the height value (0 when there is none)
 * @param heightMslM   geopotential height above mean sea level, metres
 * @param pressureHpa  pressure, hPa
 * @param temperatureC air temperature, degrees Celsius
 * @param fromDeg      where the wind blows from, degrees true, in [0, 360]
 * @param speedMps     wind speed, m/s, in [0, 150]
 */
record UwyoLevel(int line, int heightColumn, OptionalDouble heightMslM, OptionalDouble pressureHpa,
                 OptionalDouble temperatureC, OptionalDouble fromDeg, OptionalDouble speedMps) {

    boolean hasWind() {
        return heightMslM.isPresent() && fromDeg.isPresent() && speedMps.isPresent();
    }

    boolean hasAir() {
        return heightMslM.isPresent() && pressureHpa.isPresent() && temperatureC.isPresent();
    }
}
