package org.leafdrop.ui;

import java.nio.file.Path;

/**
 * Where the window keeps its own files: recent files, preferences, autosaves and the tile cache.
 * The system property {@code leafdrop.home}, else the environment variable {@code LEAFDROP_HOME},
 * else {@code ~/.leafdrop}. Tests point it at a temporary folder.
 */
public final class AppHome {
    private final Path root;

    public AppHome(Path root) {
        this.root = root.toAbsolutePath();
    }

    public static AppHome fromEnvironment() {
        String p = System.getProperty("leafdrop.home");
        if (p == null || p.isBlank()) {
            p = System.getenv("LEAFDROP_HOME");
        }
        if (p == null || p.isBlank()) {
            return new AppHome(Path.of(System.getProperty("user.home"), ".leafdrop"));
        }
        return new AppHome(Path.of(p));
    }

    public Path root() {
        return root;
    }

    public Path autosaveDir() {
        return root.resolve("autosave");
    }

    public Path recentFile() {
        return root.resolve("recent.txt");
    }

    public Path preferencesFile() {
        return root.resolve("preferences.properties");
    }

    public Path tileCacheDir() {
        return root.resolve("tiles");
    }
}
