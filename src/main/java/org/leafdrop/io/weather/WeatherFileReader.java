package org.leafdrop.io.weather;

import java.nio.file.Path;
import java.util.Optional;
import org.leafdrop.model.Loaded;

/**
 * One format's reader. Never throws for bad content: a file that cannot be read gives a failed
 * {@link Loaded} whose problems name the file, the line (1-based; 1:1 for an empty file), the
 * column or field, and what is wrong; anything doubtful but usable is a warning.
 */
public interface WeatherFileReader {
    WeatherFormat format();

    /**
     * Reads a file's text (already decoded as UTF-8).
     *
     * @param file    for the problems' file name
     * @param station {@code --station}: which station to keep when the file holds several (FB
     *                tables, several soundings); empty means the only one, or an error listing them
     */
    Loaded<WeatherReading> read(String text, Optional<Path> file, Optional<String> station);

    /** True when the text looks like this format (for reading without {@code --format}). */
    boolean recognises(String text);
}
