package org.leafdrop.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.leafdrop.render.RasterImage;
import org.leafdrop.render.TileId;
import org.leafdrop.render.TileSource;
import org.sqlite.SQLiteConfig;

/**
 * A raster MBTiles file (an SQLite database of PNG or JPEG tiles, MBTiles 1.x) as a tile source,
 * opened read-only. Rows are stored in the TMS scheme (counted from the south) and flipped here.
 * Decoded tiles are kept in a small memory cache; {@link #request} reads and decodes on one
 * background thread. Thread-safe. Close it when the layer goes away.
 */
public final class MbtilesReader implements TileSource {
    /** Decoded tiles kept in memory (about 256 KiB each at 256 pixels). */
    public static final int DEFAULT_MEMORY_TILES = 192;
    private static final int MAX_PENDING = 64;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * What the file's {@code metadata} table says (with the zoom range from the tiles themselves
     * when the metadata lacks it).
     *
     * @param format      "png" or "jpg"
     * @param bounds      the area covered, when stated
     * @param attribution the credit to show, empty when none is given
     */
    public record Metadata(String name, String format, int minZoom, int maxZoom, Optional<Bounds> bounds,
                           String attribution) {
        public Metadata {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(bounds, "bounds");
            Objects.requireNonNull(attribution, "attribution");
        }
    }

    /** A longitude/latitude box in degrees, as MBTiles' "left,bottom,right,top". */
    public record Bounds(double westDeg, double southDeg, double eastDeg, double northDeg) {
    }

    private final Path file;
    private final Connection connection;
    private final PreparedStatement tileQuery;
    private final Metadata metadata;
    private final TileMemoryCache memory;
    private final Set<TileId> absent = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<TileId, Boolean> eldest) {
                    return size() > 4096;
                }
            }));
    private final TileRequestQueue queue;

    private MbtilesReader(Path file, Connection connection, Metadata metadata, int memoryTiles) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.metadata = metadata;
        this.tileQuery = connection.prepareStatement(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
        this.memory = new TileMemoryCache(memoryTiles);
        this.queue = new TileRequestQueue("mbtiles-" + file.getFileName(), 1, MAX_PENDING,
                id -> loadQuietly(id).isPresent());
    }

    /** Opens a file with the default memory cache. */
    public static MbtilesReader open(Path file) throws IOException {
        return open(file, DEFAULT_MEMORY_TILES);
    }

    /**
     * Opens an MBTiles file read-only and reads its metadata.
     *
     * @throws IOException when the file is missing, is not an SQLite database, lacks the
     *                     {@code tiles} or {@code metadata} table, holds vector tiles or an image
     *                     format that cannot be decoded, or holds no tiles; the message names the
     *                     file and the fault, for the user
     */
    public static MbtilesReader open(Path file, int memoryTiles) throws IOException {
        checkHeader(file);
        Connection c = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            Metadata m = readMetadata(file, c);
            MbtilesReader reader = new MbtilesReader(file, c, m, memoryTiles);
            c = null;
            return reader;
        } catch (SQLException e) {
            throw new IOException(file + ": " + describe(e), e);
        } finally {
            closeQuietly(c);
        }
    }

    private static void checkHeader(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder, not an MBTiles file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SQLITE_HEADER.length);
        }
        if (head.length == 0) {
            throw new IOException(file + ": the file is empty, not an MBTiles file");
        }
        if (!Arrays.equals(head, SQLITE_HEADER)) {
            throw new IOException(file + ": not an MBTiles file (MBTiles files are SQLite databases; this one is not)");
        }
    }

    private static Metadata readMetadata(Path file, Connection c) throws SQLException, IOException {
        Set<String> tables = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")) {
            while (r.next()) {
                tables.add(r.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        for (String needed : new String[] {"tiles", "metadata"}) {
            if (!tables.contains(needed)) {
                throw new IOException(file + ": not an MBTiles file: the database has no '" + needed + "' table");
            }
        }
        checkColumns(file, c, "tiles", "zoom_level", "tile_column", "tile_row", "tile_data");
        checkColumns(file, c, "metadata", "name", "value");
        Map<String, String> meta = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name, value FROM metadata")) {
            while (r.next()) {
                if (r.getString(1) != null && r.getString(2) != null) {
                    meta.put(r.getString(1).trim().toLowerCase(Locale.ROOT), r.getString(2).trim());
                }
            }
        }
        String format = format(file, c, meta.getOrDefault("format", "").toLowerCase(Locale.ROOT));
        int[] zooms = zooms(c, meta);
        if (zooms == null) {
            throw new IOException(file + ": the MBTiles file holds no tiles");
        }
        String name = meta.getOrDefault("name", "");
        return new Metadata(name.isEmpty() ? String.valueOf(file.getFileName()) : name, format, zooms[0], zooms[1],
                bounds(meta.get("bounds")), meta.getOrDefault("attribution", ""));
    }

    private static void checkColumns(Path file, Connection c, String table, String... needed)
            throws SQLException, IOException {
        Set<String> columns = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (r.next()) {
                columns.add(String.valueOf(r.getString("name")).toLowerCase(Locale.ROOT));
            }
        }
        for (String column : needed) {
            if (!columns.contains(column)) {
                throw new IOException(file + ": not an MBTiles file: its '" + table + "' table lacks the column '"
                        + column + "' (MBTiles names them " + String.join(", ", needed) + ")");
            }
        }
    }

    /** What an SQLite failure means for the user, without SQLite's codes. */
    static String describe(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB") || m.contains("malformed")
                || m.contains("not a database")) {
            return "the MBTiles database is damaged or truncated (SQLite cannot read it); copy or export the file "
                    + "again";
        }
        if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED")) {
            return "the MBTiles database is locked by another program; close it there and try again";
        }
        if (m.contains("SQLITE_CANTOPEN") || m.contains("SQLITE_PERM") || m.contains("SQLITE_AUTH")) {
            return "the MBTiles file cannot be opened (permission denied?)";
        }
        String plain = m.replaceAll("\\[SQLITE_[A-Z_]+\\]\\s*", "").replace("SQL error or missing database", "")
                .replaceAll("^\\s*\\((.*)\\)\\s*$", "$1").trim();
        return "cannot be read as an MBTiles file: " + (plain.isEmpty() ? "SQLite error " + e.getErrorCode() : plain);
    }

    /** The stated format, or the first tile's when none is stated; only formats ImageIO can decode pass. */
    private static String format(Path file, Connection c, String stated) throws SQLException, IOException {
        String format = stated;
        if (format.isEmpty()) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT tile_data FROM tiles LIMIT 1")) {
                format = r.next() && r.getBytes(1) != null ? TileImages.sniff(r.getBytes(1)) : "png";
            }
        }
        format = switch (format) {
            case "jpeg" -> "jpg";
            case "gzip", "mvt" -> "pbf";
            default -> format;
        };
        if (format.equals("pbf")) {
            throw new IOException(file + ": holds vector tiles (format pbf); Leafdrop shows raster tiles only "
                    + "(png or jpg MBTiles)");
        }
        if (!format.equals("png") && !format.equals("jpg") && !ImageIO.getImageReadersByFormatName(format).hasNext()) {
            throw new IOException(file + ": holds tiles in format '" + format + "', which Leafdrop cannot decode; "
                    + "use png or jpg MBTiles");
        }
        return format;
    }

    /** {min, max} from the metadata, else from the tiles; null when there are no tiles at all. */
    private static int[] zooms(Connection c, Map<String, String> meta) throws SQLException {
        try {
            int min = Integer.parseInt(meta.getOrDefault("minzoom", ""));
            int max = Integer.parseInt(meta.getOrDefault("maxzoom", ""));
            if (min >= 0 && max >= min && max <= TileId.MAX_ZOOM) {
                return new int[] {min, max};
            }
        } catch (NumberFormatException e) {
            // not stated, or not a number: the tiles tell
        }
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles")) {
            if (!r.next() || r.getObject(1) == null) {
                return null;
            }
            return new int[] {Math.max(0, r.getInt(1)), Math.min(TileId.MAX_ZOOM, r.getInt(2))};
        }
    }

    private static Optional<Bounds> bounds(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            double w = Double.parseDouble(parts[0].trim());
            double s = Double.parseDouble(parts[1].trim());
            double e = Double.parseDouble(parts[2].trim());
            double n = Double.parseDouble(parts[3].trim());
            return w >= -180 && e <= 180 && s >= -90 && n <= 90 && w < e && s < n
                    ? Optional.of(new Bounds(w, s, e, n)) : Optional.empty();
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    public Path file() {
        return file;
    }

    public Metadata metadata() {
        return metadata;
    }

    @Override
    public String name() {
        return metadata.name();
    }

    @Override
    public String attribution() {
        return metadata.attribution();
    }

    @Override
    public int minZoom() {
        return metadata.minZoom();
    }

    @Override
    public int maxZoom() {
        return metadata.maxZoom();
    }

    @Override
    public Optional<RasterImage> cached(TileId id) {
        return memory.get(id);
    }

    @Override
    public void request(TileId id, Runnable whenLoaded) {
        if (memory.get(id).isPresent()) {
            whenLoaded.run();
        } else if (!absent.contains(id) && inRange(id)) {
            queue.submit(id, whenLoaded);
        }
    }

    /**
     * Reads and decodes a tile now.
     *
     * @throws IOException naming the file and tile when the tile's bytes are not a decodable image
     *                     or the database cannot be read
     */
    @Override
    public Optional<RasterImage> load(TileId id) throws IOException {
        Optional<RasterImage> inMemory = memory.get(id);
        if (inMemory.isPresent() || !inRange(id)) {
            return inMemory;
        }
        byte[] bytes;
        try {
            synchronized (tileQuery) {
                tileQuery.setInt(1, id.z());
                tileQuery.setInt(2, id.x());
                tileQuery.setInt(3, id.tmsRow());
                try (ResultSet r = tileQuery.executeQuery()) {
                    bytes = r.next() ? r.getBytes(1) : null;
                }
            }
        } catch (SQLException e) {
            throw new IOException(file + ": cannot read tile " + id + ": " + describe(e), e);
        }
        if (bytes == null || bytes.length == 0) {
            absent.add(id);
            return Optional.empty();
        }
        RasterImage image;
        try {
            image = TileImages.decode(bytes);
        } catch (IOException e) {
            absent.add(id);
            throw new IOException(file + ": tile " + id + " is " + e.getMessage(), e);
        }
        memory.put(id, image);
        return Optional.of(image);
    }

    /** For the background queue: a tile that cannot be read is remembered as absent and not retried. */
    private Optional<RasterImage> loadQuietly(TileId id) {
        try {
            return load(id);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private boolean inRange(TileId id) {
        return id.z() >= metadata.minZoom() && id.z() <= metadata.maxZoom();
    }

    @Override
    public void close() {
        queue.close();
        synchronized (tileQuery) {
            closeQuietly(tileQuery);
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                // closing a read-only database: nothing is lost if it fails
            }
        }
    }
}
