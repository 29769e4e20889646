package org.leafdrop.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes files atomically: the content goes to a temporary file in the target's folder, is
 * forced to disk, and is then moved over the target in one step. If anything fails the previous
 * file is left byte-for-byte as it was and the temporary file is removed, so a crash or a full
 * disk can never leave half a file. An existing target's POSIX permissions are kept. Stateless.
 *
 * <p>Crashes and concurrency: the temporary file is named {@code .<target name>.<random digits>.tmp}
 * (hidden, and matching no plan pattern such as {@code *.json}), created with a fresh name so two
 * writers (threads or processes) never share one, and renamed over the target in one step, so a
 * reader, a second writer or a process killed at any moment sees the old file or a complete new
 * one. When several write at once the last rename wins. A process killed mid-write leaves its
 * temporary file behind; the next successful write of the same target deletes such leftovers once
 * they are older than {@link #STALE_TEMP_AGE} (a younger one may belong to a writer still at work).
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");
    /**
     * A temporary file untouched for this long is a crashed writer's leftover: a live writer
     * touches its file with every chunk and renames it within seconds.
     */
    public static final Duration STALE_TEMP_AGE = Duration.ofHours(1);

    private AtomicFiles() {
    }

    /** Writes {@code content} as UTF-8 to {@code target}, atomically. */
    public static void writeString(Path target, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes whatever {@code body} writes to the stream to {@code target}, atomically. The stream
     * is closed here; closing it in the body only flushes it.
     *
     * @throws IOException when the folder is not writable, the body fails or the move fails; the
     *                     old file is then untouched and no temporary file is left
     */
    public static void write(Path target, IoConsumer<OutputStream> body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            copyPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                body.accept(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush();
                    }
                });
                out.flush();
                channel.force(true);
            }
            move(temp, absolute);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
        forceFolder(folder);
        deleteStaleTemps(absolute);
    }

    /** The temporary files of {@code target}'s writers, finished or not: {@code .<name>.<digits>.tmp}. */
    public static List<Path> tempFilesOf(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        String prefix = "." + absolute.getFileName() + ".";
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(absolute.getParent(), p -> {
            String n = p.getFileName().toString();
            return n.length() > prefix.length() + 4 && n.startsWith(prefix) && n.endsWith(".tmp")
                    && n.substring(prefix.length(), n.length() - 4).chars().allMatch(Character::isDigit);
        })) {
            files.forEach(out::add);
        }
        return out;
    }

    /** Deletes leftovers of crashed writers of {@code target}; never fails the write that found them. */
    private static void deleteStaleTemps(Path target) {
        try {
            Instant staleBefore = Instant.now().minus(STALE_TEMP_AGE);
            for (Path leftover : tempFilesOf(target)) {
                try {
                    if (Files.getLastModifiedTime(leftover).toInstant().isBefore(staleBefore)) {
                        Files.deleteIfExists(leftover);
                    }
                } catch (IOException e) {
                    // gone already (another writer cleaned it) or not ours to delete: leave it
                }
            }
        } catch (IOException | RuntimeException e) {
            // the file is written; tidying up is a courtesy
        }
    }

    /**
     * Forces the folder entry of the rename to disk, so a power cut just after a save cannot bring
     * the old file back. Not every platform can open a folder (Windows cannot): then the rename's
     * own durability applies.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort, see above
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyPermissions(Path target, Path temp) throws IOException {
        try {
            Set<PosixFilePermission> permissions;
            try {
                permissions = Files.getPosixFilePermissions(target);
            } catch (NoSuchFileException e) {
                // a new file (or another program just deleted it)
                permissions = NEW_FILE_PERMISSIONS;
            }
            Files.setPosixFilePermissions(temp, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the platform's defaults apply
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the original failure is what the caller needs to see; a stray temp file is harmless
        }
    }
}
