package org.leafdrop.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.leafdrop.io.AtomicFiles;

/**
 * The window's preferences in a properties file under the home folder: the online tile source
 * (URL template and contact) and the unit system. A missing or broken file gives the defaults
 * (offline, metric): preferences never stop the window from opening.
 */
public final class Preferences {
    static final String TILES_URL = "tiles.url";
    static final String TILES_CONTACT = "tiles.contact";
    static final String UNITS = "units";
    static final String FORECAST_URL = "forecast.url";
    private final Path file;
    private final Properties values = new Properties();

    public Preferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(r);
            } catch (IOException | RuntimeException e) {
                values.clear();
            }
        }
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key)).filter(v -> !v.isBlank());
    }

    /** Sets (or, with an empty value, removes) a preference and writes the file atomically. */
    public void set(String key, Optional<String> value) throws IOException {
        if (value.isPresent() && !value.get().isBlank()) {
            values.setProperty(key, value.get());
        } else {
            values.remove(key);
        }
        Files.createDirectories(file.getParent());
        StringWriter w = new StringWriter();
        values.store(w, "Leafdrop preferences");
        AtomicFiles.writeString(file, w.toString());
    }
}
