package org.leafdrop.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.imageio.ImageIO;

/** Tile images and MBTiles files made for tests. */
public final class TileFixtures {
    private TileFixtures() {
    }

    /** A 256-pixel image of one colour, encoded as png or jpg. */
    public static byte[] image(int rgb, String format) {
        BufferedImage img = new BufferedImage(256, 256, format.equals("png") ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                img.setRGB(x, y, 0xFF000000 | rgb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A stored tile: zoom, column and row as MBTiles counts them (TMS: from the south). */
    public record Stored(int z, int column, int tmsRow, byte[] data) {
    }

    /** An MBTiles file with the given metadata rows and tiles (null metadata: no metadata table). */
    public static Path mbtiles(Path file, Map<String, String> metadata, Stored... tiles) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            if (metadata != null) {
                s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
                try (PreparedStatement p = c.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
                    for (Map.Entry<String, String> e : metadata.entrySet()) {
                        p.setString(1, e.getKey());
                        p.setString(2, e.getValue());
                        p.executeUpdate();
                    }
                }
            }
            s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            s.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                for (Stored t : tiles) {
                    p.setInt(1, t.z());
                    p.setInt(2, t.column());
                    p.setInt(3, t.tmsRow());
                    p.setBytes(4, t.data());
                    p.executeUpdate();
                }
            }
        }
        return file;
    }
}
