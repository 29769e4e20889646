package org.leafdrop.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.leafdrop.io.AtomicFiles;

/**
 * The most recently opened or saved plans, newest first, at most {@link #LIMIT}, one absolute
 * path per line in a text file. A missing or unreadable list is an empty one: recent files are
 * a convenience, never a reason to fail.
 */
public final class RecentFiles {
    public static final int LIMIT = 10;
    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    public List<Path> list() {
        try {
            if (!Files.isRegularFile(store)) {
                return List.of();
            }
            List<Path> out = new ArrayList<>();
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && out.size() < LIMIT) {
                    out.add(Path.of(line.strip()));
                }
            }
            return List.copyOf(out);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Puts a file first (removing an older entry for it) and saves the list. */
    public List<Path> add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        out.add(abs);
        for (Path p : list()) {
            if (!p.equals(abs) && out.size() < LIMIT) {
                out.add(p);
            }
        }
        try {
            Files.createDirectories(store.getParent());
            StringBuilder sb = new StringBuilder();
            out.forEach(p -> sb.append(p).append('\n'));
            AtomicFiles.writeString(store, sb.toString());
        } catch (IOException | RuntimeException e) {
            // the list is a convenience: an unwritable home must not stop a save or an open
            return List.copyOf(out);
        }
        return List.copyOf(out);
    }
}
