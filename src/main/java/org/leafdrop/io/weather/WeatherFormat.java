package org.leafdrop.io.weather;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The wind file formats, by the names the command line uses ({@code --format}). */
public enum WeatherFormat {
    /** University of Wyoming sounding, classic TEXT:LIST (fixed 7-character columns). */
    UWYO("uwyo"),
    /** University of Wyoming sounding, TEXT:CSV (named columns, wind in m/s). */
    UWYO_CSV("uwyo-csv"),
    /** FB winds-aloft forecast text (DDSS+TT groups, 3000 to 39000 ft). */
    FB("fb"),
    /** A CSV table with a header naming height, direction and speed with their units. */
    CSV("csv"),
    /** Open-Meteo forecast JSON with pressure-level variables, hourly. */
    OPEN_METEO("open-meteo");

    private final String cliName;

    WeatherFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Optional<WeatherFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(n)).findFirst();
    }
}
