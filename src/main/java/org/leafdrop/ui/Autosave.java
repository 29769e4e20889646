package org.leafdrop.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.leafdrop.io.AtomicFiles;
import org.leafdrop.io.PlanWriter;
import org.leafdrop.model.Plan;

/**
 * Autosave of unsaved work, and its recovery after a crash. Each running window writes its
 * unsaved plan to {@code autosave/<pid>-<n>.leafdrop.json} (atomically) with a small
 * {@code .properties} file naming the plan's own file; a clean close deletes both. At start-up,
 * autosaves whose process no longer runs are offered back. The user's own file is never
 * touched by autosave.
 */
public final class Autosave {
    /** How often the window autosaves unsaved work. */
    public static final long INTERVAL_S = 60;

    /** An autosave left by a window that did not close cleanly. */
    public record Recoverable(Path planFile, Optional<Path> originalFile, Instant savedAt, String planName) {
    }

    private final Path dir;
    private final Path planFile;
    private final Path infoFile;

    public Autosave(Path dir, int windowNumber) {
        this.dir = dir;
        String base = ProcessHandle.current().pid() + "-" + windowNumber;
        this.planFile = dir.resolve(base + ".leafdrop.json");
        this.infoFile = dir.resolve(base + ".properties");
    }

    public Path planFile() {
        return planFile;
    }

    /** Writes the plan (atomically) with the name of its own file, if it has one. */
    public void save(Plan plan, Optional<Path> original) throws IOException {
        Files.createDirectories(dir);
        new PlanWriter().write(plan, planFile);
        Properties p = new Properties();
        original.ifPresent(o -> p.setProperty("original", o.toAbsolutePath().toString()));
        p.setProperty("name", plan.name());
        p.setProperty("savedAt", Instant.now().toString());
        java.io.StringWriter w = new java.io.StringWriter();
        p.store(w, "Leafdrop autosave");
        AtomicFiles.writeString(infoFile, w.toString());
    }

    /** Deletes this window's autosave (after a save, or on a clean close). */
    public void discard() {
        deleteQuietly(planFile);
        deleteQuietly(infoFile);
    }

    /** Autosaves of windows whose process has ended, newest first. */
    public static List<Recoverable> recoverable(Path dir) {
        List<Recoverable> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.leafdrop.json")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String base = name.substring(0, name.length() - ".leafdrop.json".length());
                int dash = base.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(dash > 0 ? base.substring(0, dash) : base);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                if (pid == ProcessHandle.current().pid()) {
                    continue;
                }
                Properties p = new Properties();
                Path info = dir.resolve(base + ".properties");
                if (Files.isRegularFile(info)) {
                    try (var reader = Files.newBufferedReader(info, StandardCharsets.UTF_8)) {
                        p.load(reader);
                    }
                }
                Instant at;
                try {
                    at = Instant.parse(p.getProperty("savedAt", ""));
                } catch (RuntimeException e) {
                    at = Files.getLastModifiedTime(f).toInstant();
                }
                out.add(new Recoverable(f, Optional.ofNullable(p.getProperty("original")).map(Path::of), at,
                        p.getProperty("name", base)));
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Recoverable::savedAt).reversed());
        return out;
    }

    /** Deletes a recovered (or declined) autosave. */
    public static void delete(Recoverable r) {
        deleteQuietly(r.planFile());
        String name = r.planFile().getFileName().toString();
        deleteQuietly(r.planFile().resolveSibling(name.substring(0, name.length() - ".leafdrop.json".length())
                + ".properties"));
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover autosave is offered again next time: harmless
        }
    }
}
