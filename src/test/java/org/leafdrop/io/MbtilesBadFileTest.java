package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafdrop.io.TileFixtures.Stored;
import org.leafdrop.render.TileId;

/**
 * Bad base-map files (issue 8): each is refused by {@link MbtilesReader#open} with an
 * IOException whose message names the file and what is wrong, in the user's terms (no SQL error
 * codes, no exception names), and leaves the file as it was.
 */
class MbtilesBadFileTest {
    @TempDir
    Path dir;

    /** Makes a bad file in a folder. */
    interface Maker {
        Path make(Path dir) throws Exception;
    }

    private static Map<String, String> meta(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A valid file of many tiles, so that its database spans many pages. */
    static Path bigValid(Path file) throws Exception {
        Stored[] tiles = new Stored[64];
        for (int i = 0; i < tiles.length; i++) {
            byte[] png = TileFixtures.image(0x102030 * (i + 1), "png");
            tiles[i] = new Stored(6, i, i, Arrays.copyOf(png, png.length + 4096)); // padding: more pages
        }
        return TileFixtures.mbtiles(file, meta("name", "big", "format", "png", "minzoom", "6", "maxzoom", "6"), tiles);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("a text file", (Maker) d -> Files.writeString(d.resolve("notes.mbtiles"), "not tiles\n"),
                        "not an MBTiles file (MBTiles files are SQLite databases"),
                Arguments.of("a PNG renamed", (Maker) d -> Files.write(d.resolve("picture.mbtiles"),
                        TileFixtures.image(0xFF0000, "png")), "not an MBTiles file"),
                Arguments.of("a zero-byte file", (Maker) d -> Files.createFile(d.resolve("empty.mbtiles")),
                        "the file is empty"),
                Arguments.of("a folder", (Maker) d -> Files.createDirectory(d.resolve("tiles.mbtiles")),
                        "is a folder, not an MBTiles file"),
                Arguments.of("a missing file", (Maker) d -> d.resolve("missing.mbtiles"), "no such file"),
                Arguments.of("the SQLite header only", (Maker) d -> Files.write(d.resolve("header.mbtiles"),
                        "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII)), "damaged or truncated"),
                Arguments.of("a truncated database", (Maker) d -> {
                    Path f = bigValid(d.resolve("truncated.mbtiles"));
                    byte[] all = Files.readAllBytes(f);
                    return Files.write(f, Arrays.copyOf(all, all.length / 3));
                }, "damaged or truncated"),
                Arguments.of("a database cut inside its first page", (Maker) d -> {
                    Path f = bigValid(d.resolve("cut.mbtiles"));
                    return Files.write(f, Arrays.copyOf(Files.readAllBytes(f), 100));
                }, "damaged or truncated"),
                Arguments.of("a database with its pages overwritten", (Maker) d -> {
                    Path f = bigValid(d.resolve("scrambled.mbtiles"));
                    byte[] all = Files.readAllBytes(f);
                    for (int i = 100; i < all.length; i += 7) {
                        all[i] = (byte) (all[i] * 31 + 17);
                    }
                    return Files.write(f, all);
                }, "damaged or truncated"),
                Arguments.of("an SQLite database without the tiles table", (Maker) d -> {
                    Path f = d.resolve("other.mbtiles");
                    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
                        c.createStatement().execute("CREATE TABLE people (name TEXT)");
                        c.createStatement().execute("CREATE TABLE metadata (name TEXT, value TEXT)");
                    }
                    return f;
                }, "no 'tiles' table"),
                Arguments.of("tiles without the expected columns", (Maker) d -> {
                    Path f = d.resolve("columns.mbtiles");
                    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
                        c.createStatement().execute("CREATE TABLE metadata (name TEXT, value TEXT)");
                        c.createStatement().execute("CREATE TABLE tiles (z INTEGER, x INTEGER, y INTEGER, png BLOB)");
                        c.createStatement().execute("INSERT INTO tiles VALUES (1, 0, 0, x'00')");
                    }
                    return f;
                }, "'tiles' table lacks the column"),
                Arguments.of("metadata without the expected columns", (Maker) d -> {
                    Path f = d.resolve("metacolumns.mbtiles");
                    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
                        c.createStatement().execute("CREATE TABLE metadata (key TEXT, val TEXT)");
                        c.createStatement().execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                                + "tile_row INTEGER, tile_data BLOB)");
                    }
                    return f;
                }, "'metadata' table lacks the column"),
                Arguments.of("metadata naming a format no one decodes", (Maker) d -> TileFixtures.mbtiles(
                        d.resolve("webp.mbtiles"), meta("format", "webp"), new Stored(0, 0, 0, new byte[] {1})),
                        "holds tiles in format 'webp', which Leafdrop cannot decode"),
                Arguments.of("metadata naming a nonsense format", (Maker) d -> TileFixtures.mbtiles(
                        d.resolve("nonsense.mbtiles"), meta("format", "{\"a\": 1}; DROP TABLE tiles"),
                        new Stored(0, 0, 0, new byte[] {1})), "which Leafdrop cannot decode"),
                Arguments.of("vector tiles", (Maker) d -> TileFixtures.mbtiles(d.resolve("vector.mbtiles"),
                        meta("format", "pbf"), new Stored(0, 0, 0, new byte[] {0x1f, (byte) 0x8b, 8, 0})),
                        "holds vector tiles"),
                Arguments.of("no tiles at all", (Maker) d -> TileFixtures.mbtiles(d.resolve("none.mbtiles"),
                        meta("format", "png")), "holds no tiles"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedNamingTheFileAndTheFault(String what, Maker maker, String fragment) throws Exception {
        Path f = maker.make(dir);
        byte[] before = Files.isRegularFile(f) ? Files.readAllBytes(f) : null;

        assertThatThrownBy(() -> MbtilesReader.open(f).close())
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(f.toString() + ": ")
                .hasMessageContaining(fragment)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SQLITE_").doesNotContain("Exception")
                        .doesNotContain("[SQLITE").doesNotContain("SQL error"));

        if (before != null) {
            assertThat(Files.readAllBytes(f)).as("the file is left as it was").isEqualTo(before);
        }
    }

    @Test
    void aTileThatIsNotAnImageIsReportedWithTheFileAndTileAndOthersStillLoad() throws Exception {
        Path f = TileFixtures.mbtiles(dir.resolve("mixed.mbtiles"), meta("format", "png", "minzoom", "2",
                "maxzoom", "2"),
                new Stored(2, 1, 1, "<html>Rate limit exceeded</html>".getBytes(StandardCharsets.UTF_8)),
                new Stored(2, 2, 1, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}),
                new Stored(2, 0, 1, TileFixtures.image(0x00FF00, "png")));
        try (MbtilesReader r = MbtilesReader.open(f)) {
            assertThatThrownBy(() -> r.load(new TileId(2, 1, 2))).isInstanceOf(IOException.class)
                    .hasMessageContaining(f.toString()).hasMessageContaining("tile 2/1/2")
                    .hasMessageContaining("not an image");
            assertThatThrownBy(() -> r.load(new TileId(2, 2, 2))).isInstanceOf(IOException.class)
                    .hasMessageContaining(f.toString()).hasMessageContaining("tile 2/2/2")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception"));
            assertThat(r.load(new TileId(2, 0, 2))).isPresent();
        }
    }
}
