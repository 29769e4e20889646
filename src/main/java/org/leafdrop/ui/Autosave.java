package org.leafdrop.ui;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.leafdrop.io.AtomicFiles;
import org.leafdrop.io.PlanWriter;
import org.leafdrop.model.Plan;

/**
 * Autosave of unsaved work, and its recovery after a crash. Each window has a session id of its
 * own (random, so a reused process id can never make one window take another's autosave) and
 * writes its unsaved plan to {@code autosave/<session>.leafdrop.json} (atomically) with a small
 * {@code .properties} file naming the plan's own file. While the window lives it holds an
 * operating-system lock on {@code <session>.lock}; the lock goes when the process ends, however it
 * ends, so an autosave whose lock can be taken belongs to a window that is gone and is offered
 * back. A clean close deletes all three files. The user's own file is never touched.
 */
public final class Autosave {
    /** How often the window autosaves unsaved work. */
    public static final long INTERVAL_S = 60;
    private static final String PLAN_SUFFIX = ".leafdrop.json";

    /** An autosave left by a window that did not close cleanly. */
    public record Recoverable(Path planFile, Optional<Path> originalFile, Instant savedAt, String planName) {
    }

    private final Path dir;
    private final Path planFile;
    private final Path infoFile;
    private final Path lockFile;
    private FileChannel lockChannel;
    private FileLock lock;

    public Autosave(Path dir) {
        this.dir = dir;
        String session = UUID.randomUUID().toString();
        this.planFile = dir.resolve(session + PLAN_SUFFIX);
        this.infoFile = dir.resolve(session + ".properties");
        this.lockFile = dir.resolve(session + ".lock");
    }

    public Path planFile() {
        return planFile;
    }

    /** Writes the plan (atomically) with the name of its own file, if it has one. */
    public void save(Plan plan, Optional<Path> original) throws IOException {
        Files.createDirectories(dir);
        holdLock();
        new PlanWriter().write(plan, planFile);
        Properties p = new Properties();
        original.ifPresent(o -> p.setProperty("original", o.toAbsolutePath().toString()));
        p.setProperty("name", plan.name());
        p.setProperty("savedAt", Instant.now().toString());
        StringWriter w = new StringWriter();
        p.store(w, "Leafdrop autosave");
        AtomicFiles.writeString(infoFile, w.toString());
    }

    private void holdLock() throws IOException {
        if (lock == null) {
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        }
    }

    /** Deletes this window's autosave (after a save, or on a clean close). */
    public void discard() {
        deleteQuietly(planFile);
        deleteQuietly(infoFile);
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
        lock = null;
        lockChannel = null;
        deleteQuietly(lockFile);
    }

    /** Autosaves of windows that are gone (their lock is free), newest first. */
    public static List<Recoverable> recoverable(Path dir) {
        List<Recoverable> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + PLAN_SUFFIX)) {
            for (Path f : files) {
                String base = base(f);
                if (isAlive(dir.resolve(base + ".lock"))) {
                    continue;
                }
                Properties p = new Properties();
                Path info = dir.resolve(base + ".properties");
                if (Files.isRegularFile(info)) {
                    try (var reader = Files.newBufferedReader(info, StandardCharsets.UTF_8)) {
                        p.load(reader);
                    } catch (IOException | IllegalArgumentException e) {
                        p.clear();
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

    /** True when a running window holds the lock (in this process or another). */
    private static boolean isAlive(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // cannot tell: leave it alone rather than offer another window's work
            return true;
        }
    }

    /** Deletes a recovered (or declined) autosave. */
    public static void delete(Recoverable r) {
        String base = base(r.planFile());
        deleteQuietly(r.planFile());
        deleteQuietly(r.planFile().resolveSibling(base + ".properties"));
        deleteQuietly(r.planFile().resolveSibling(base + ".lock"));
    }

    /**
     * Moves an autosave that cannot be read out of the way ({@code autosave/unreadable/}), so it
     * is kept for the user but not offered again at every start.
     */
    public static Path setAside(Recoverable r) throws IOException {
        Path aside = r.planFile().resolveSibling("unreadable");
        Files.createDirectories(aside);
        Path target = aside.resolve(r.planFile().getFileName());
        Files.move(r.planFile(), target, StandardCopyOption.REPLACE_EXISTING);
        String base = base(r.planFile());
        deleteQuietly(r.planFile().resolveSibling(base + ".properties"));
        deleteQuietly(r.planFile().resolveSibling(base + ".lock"));
        return target;
    }

    private static String base(Path planFile) {
        String name = planFile.getFileName().toString();
        return name.substring(0, name.length() - PLAN_SUFFIX.length());
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover autosave is offered again next time: harmless
        }
    }
}
