package org.leafdrop.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import org.leafdrop.render.TileId;

/**
 * Tiles of one server on disk: {@code <dir>/<z>/<x>/<y>.tile} holds the bytes as served and
 * {@code <y>.meta} when they stop being fresh and the validators for asking again
 * ({@code ETag}, {@code Last-Modified}). Each file is replaced in one step (written beside it,
 * then moved), so a reader never sees half a tile. Safe for concurrent use on different tiles.
 */
final class DiskTileCache {
    /** A tile's freshness and validators; empty strings for validators the server did not send. */
    record Meta(Instant expires, String etag, String lastModified, Instant fetched) {
    }

    record Entry(byte[] bytes, Meta meta) {
    }

    private final Path dir;

    DiskTileCache(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path tileFile(TileId id) {
        return dir.resolve(Integer.toString(id.z())).resolve(Integer.toString(id.x())).resolve(id.y() + ".tile");
    }

    private Path metaFile(TileId id) {
        return tileFile(id).resolveSibling(id.y() + ".meta");
    }

    /** The stored tile; a tile without readable metadata counts as stale and without validators. */
    Optional<Entry> read(TileId id) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(tileFile(id));
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new Entry(bytes, readMeta(id)));
    }

    private Meta readMeta(TileId id) {
        Instant expires = Instant.EPOCH;
        Instant fetched = Instant.EPOCH;
        String etag = "";
        String lastModified = "";
        try {
            for (String line : Files.readAllLines(metaFile(id), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String value = line.substring(eq + 1);
                switch (line.substring(0, eq)) {
                    case "expires" -> expires = Instant.ofEpochMilli(Long.parseLong(value));
                    case "fetched" -> fetched = Instant.ofEpochMilli(Long.parseLong(value));
                    case "etag" -> etag = value;
                    case "lastModified" -> lastModified = value;
                    default -> {
                        // a field of a later version
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            return new Meta(Instant.EPOCH, "", "", Instant.EPOCH);
        }
        return new Meta(expires, etag, lastModified, fetched);
    }

    void write(TileId id, byte[] bytes, Meta meta) throws IOException {
        Files.createDirectories(tileFile(id).getParent());
        replace(tileFile(id), bytes);
        writeMeta(id, meta);
    }

    void writeMeta(TileId id, Meta meta) throws IOException {
        String text = "expires=" + meta.expires().toEpochMilli() + "\n"
                + "fetched=" + meta.fetched().toEpochMilli() + "\n"
                + "etag=" + meta.etag() + "\n"
                + "lastModified=" + meta.lastModified() + "\n";
        Files.createDirectories(metaFile(id).getParent());
        replace(metaFile(id), text.getBytes(StandardCharsets.UTF_8));
    }

    void delete(TileId id) {
        try {
            Files.deleteIfExists(tileFile(id));
            Files.deleteIfExists(metaFile(id));
        } catch (IOException e) {
            // a stale file left behind is revalidated next time
        }
    }

    /** Not forced to disk: a cache file lost in a crash is fetched again. */
    private static void replace(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
