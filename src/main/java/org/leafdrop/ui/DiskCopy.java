package org.leafdrop.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the window last read from or wrote to its plan's file: the file and a SHA-256 of its bytes.
 * Saving compares it with the file as it is now, so a save never silently replaces what another
 * window or program wrote meanwhile. Content, not time stamps, decides: a file touched or copied
 * back unchanged is not "changed". Immutable.
 */
record DiskCopy(Path file, byte[] sha256) {
    DiskCopy {
        file = file.toAbsolutePath().normalize();
        sha256 = sha256.clone();
    }

    /** The file as it is on disk now; empty when it cannot be read. */
    static Optional<DiskCopy> of(Path file) {
        try {
            return Optional.of(new DiskCopy(file, digest(Files.readAllBytes(file))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The bytes this window has just written to {@code file}. */
    static DiskCopy written(Path file, byte[] bytes) {
        return new DiskCopy(file, digest(bytes));
    }

    boolean isOf(Path other) {
        return file.equals(other.toAbsolutePath().normalize());
    }

    /**
     * True when the file now holds something else than this copy. A file that is gone or cannot
     * be read is not reported: saving puts the plan back, and a failing write says why.
     */
    boolean changedOnDisk() {
        try {
            return !Arrays.equals(sha256, digest(Files.readAllBytes(file)));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiskCopy d && d.file.equals(file) && Arrays.equals(d.sha256, sha256);
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return "DiskCopy[" + file + "]";
    }
}
