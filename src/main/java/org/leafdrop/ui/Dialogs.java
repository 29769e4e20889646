package org.leafdrop.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.leafdrop.model.Problem;

/**
 * The questions and messages the window puts to the user, behind an interface so tests can
 * answer them. {@link FxDialogs} shows real dialogs.
 */
public interface Dialogs {
    /** What to do with unsaved changes before they would be lost. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** What to do when the plan's file was changed by another window or program since this one read or saved it. */
    enum ChangedOnDiskChoice { OVERWRITE, SAVE_AS, CANCEL }

    /** A file kind for the file choosers. */
    enum FileKind {
        PLAN("Leafdrop plans", "*.leafdrop.json", "*.json"),
        WEATHER("Wind files (soundings, FB, CSV, Open-Meteo, plans)", "*.txt", "*.csv", "*.json", "*.html"),
        MBTILES("MBTiles raster maps", "*.mbtiles"),
        GEOJSON("GeoJSON", "*.geojson"),
        KML("KML", "*.kml"),
        CSV("CSV of landing points", "*.csv"),
        GRID("ESRI ASCII grid", "*.asc"),
        PNG("PNG image", "*.png"),
        PDF("PDF briefing", "*.pdf"),
        GIF("Animated GIF", "*.gif");

        private final String description;
        private final List<String> patterns;

        FileKind(String description, String... patterns) {
            this.description = description;
            this.patterns = List.of(patterns);
        }

        public String description() {
            return description;
        }

        public List<String> patterns() {
            return patterns;
        }
    }

    UnsavedChoice askUnsaved(String planName, String action);

    /** Asks before a save would replace what another window or program wrote to {@code file}. */
    ChangedOnDiskChoice askChangedOnDisk(Path file);

    /** Offers an autosave back after a crash. */
    boolean askRecover(Autosave.Recoverable r);

    Optional<Path> chooseOpen(FileKind kind, Optional<Path> near);

    Optional<Path> chooseSave(FileKind kind, Optional<Path> near, String suggestedName);

    /** Asks for a folder (for a sequence of files); empty when cancelled. */
    Optional<Path> chooseFolder(String title, Optional<Path> near);

    /** Asks to pick one of several choices (or, when {@code editable}, to type another); empty when cancelled. */
    Optional<String> askChoice(String title, String prompt, List<String> choices, boolean editable);

    /** Lists a file's problems (does not block). */
    void showProblems(Path file, List<Problem> problems);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /**
     * Asks for the online tile source: {URL template, contact}; an empty template turns online
     * tiles off. Empty when cancelled.
     */
    Optional<String[]> askOnlineTiles(String template, String contact);
}
