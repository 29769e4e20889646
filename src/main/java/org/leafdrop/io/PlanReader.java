package org.leafdrop.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;

/**
 * Reads plan files ({@code *.leafdrop.json}, PLAN-FORMAT.md). Never throws for bad input: every
 * problem (errors and warnings) is returned at once in file order, each with file, JSON path,
 * 1-based line and column and a message saying what is wrong and what was found. The plan is
 * present only when there is no error. Immutable and thread-safe.
 */
public final class PlanReader {
    /** Largest plan file read (50 MB). */
    public static final long MAX_FILE_BYTES = JsonTreeReader.MAX_FILE_BYTES;
    private final LeafletCatalog catalog;
    private final DeviceCatalog devices;

    /**
     * @param catalog leaflet types a sortie may name besides the plan's own
     * @param devices leaflet stores a {@code leaflet-bomb} sortie may name
     */
    public PlanReader(LeafletCatalog catalog, DeviceCatalog devices) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.devices = Objects.requireNonNull(devices, "devices");
    }

    /** Reads the plan in {@code file}; a missing, unreadable, too large or non-UTF-8 file is a problem too. */
    public Loaded<Plan> read(Path file) {
        ProblemLog log = new ProblemLog(Optional.of(file));
        if (Files.isDirectory(file)) {
            log.error(JsonPaths.ROOT, 0, 0, "is a folder, not a plan file");
            return Loaded.failed(log.inFileOrder());
        }
        try {
            long size = Files.size(file);
            if (size > JsonTreeReader.MAX_FILE_BYTES) {
                log.error(JsonPaths.ROOT, 1, 1, String.format(Locale.ROOT,
                        "file too large: %,d bytes, the limit is %,d bytes (50 MB)", size, JsonTreeReader.MAX_FILE_BYTES));
                return Loaded.failed(log.inFileOrder());
            }
            return decodeAndBind(Files.readAllBytes(file), log);
        } catch (NoSuchFileException e) {
            log.error(JsonPaths.ROOT, 0, 0, "file not found");

        } catch (IOException | SecurityException e) {
            log.error(JsonPaths.ROOT, 0, 0, "cannot read the file: " + describe(e));
        }
        return Loaded.failed(log.inFileOrder());
    }

    /**
     * Reads a plan from text.
     *
     * @param fileForMessages the file named in problems, if the text came from one
     */
    public Loaded<Plan> read(String json, Optional<Path> fileForMessages) {
        ProblemLog log = new ProblemLog(fileForMessages);
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        return parseAndBind(text, log);
    }

    /**
     * Reads a plan from a file's bytes, as {@link #read(Path)} does after reading them (strict
     * UTF-8, binary and UTF-16 refused, the 50 MB limit); for tests and fuzzing without files.
     *
     * @param fileForMessages the file named in problems, if the bytes came from one
     */
    public Loaded<Plan> read(byte[] bytes, Optional<Path> fileForMessages) {
        ProblemLog log = new ProblemLog(fileForMessages);
        if (bytes.length > JsonTreeReader.MAX_FILE_BYTES) {
            log.error(JsonPaths.ROOT, 1, 1, String.format(Locale.ROOT,
                    "file too large: %,d bytes, the limit is %,d bytes (50 MB)", bytes.length,
                    JsonTreeReader.MAX_FILE_BYTES));
            return Loaded.failed(log.inFileOrder());
        }
        return decodeAndBind(bytes, log);
    }

    private Loaded<Plan> decodeAndBind(byte[] bytes, ProblemLog log) {
        Optional<String> text = Utf8Text.decode(bytes, log);
        return text.isEmpty() ? Loaded.failed(log.inFileOrder()) : parseAndBind(text.get(), log);
    }

    private Loaded<Plan> parseAndBind(String text, ProblemLog log) {
        Optional<Plan> plan = JsonTreeReader.read(text, log)
                .flatMap(root -> new PlanBinder(log, catalog, devices).bind(root));
        if (log.hasErrors() || plan.isEmpty()) {
            return Loaded.failed(log.inFileOrder());
        }
        return Loaded.of(plan.get(), log.warnings());
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException ? "file system error" : "input/output error";
        return message == null ? kind : kind + " (" + message + ")";
    }
}
