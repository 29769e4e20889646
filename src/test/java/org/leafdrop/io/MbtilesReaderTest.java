package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.io.TileFixtures.Stored;
import org.leafdrop.render.RasterImage;
import org.leafdrop.render.TileId;

class MbtilesReaderTest {
    @TempDir
    Path dir;

    private static Map<String, String> meta(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private Path mosulFile() throws Exception {
        // zoom 1: tile x=1, y=0 (north-east) is stored at TMS row 1; row 0 holds the south-east tile
        return TileFixtures.mbtiles(dir.resolve("mosul.mbtiles"),
                meta("name", "Mosul imagery", "format", "png", "bounds", "42.9,36.1,43.4,36.6", "minzoom", "1",
                        "maxzoom", "12", "attribution", "Test imagery, CC0"),
                new Stored(1, 1, 1, TileFixtures.image(0xFF0000, "png")),
                new Stored(1, 1, 0, TileFixtures.image(0x0000FF, "png")),
                new Stored(12, 2538, 2494, TileFixtures.image(0x00FF00, "png")));
    }

    @Test
    void readsTheMetadata() throws Exception {
        try (MbtilesReader r = MbtilesReader.open(mosulFile())) {
            MbtilesReader.Metadata m = r.metadata();
            assertThat(m.name()).isEqualTo("Mosul imagery");
            assertThat(r.name()).isEqualTo("Mosul imagery");
            assertThat(m.format()).isEqualTo("png");
            assertThat(m.bounds()).contains(new MbtilesReader.Bounds(42.9, 36.1, 43.4, 36.6));
            assertThat(r.minZoom()).isEqualTo(1);
            assertThat(r.maxZoom()).isEqualTo(12);
            assertThat(r.attribution()).isEqualTo("Test imagery, CC0");
        }
    }

    @Test
    void rowsAreFlippedFromTmsToXyz() throws Exception {
        try (MbtilesReader r = MbtilesReader.open(mosulFile())) {
            assertThat(colour(r.load(new TileId(1, 1, 0)).orElseThrow())).isEqualTo(0xFFFF0000);
            assertThat(colour(r.load(new TileId(1, 1, 1)).orElseThrow())).isEqualTo(0xFF0000FF);
            // XYZ row 1601 at zoom 12 is TMS row 4095 - 1601 = 2494
            assertThat(colour(r.load(new TileId(12, 2538, 1601)).orElseThrow())).isEqualTo(0xFF00FF00);
            assertThat(r.load(new TileId(1, 0, 0))).isEmpty();
            assertThat(r.load(new TileId(0, 0, 0))).as("below the file's zooms").isEmpty();
            assertThat(r.cached(new TileId(1, 1, 0))).isPresent();
        }
    }

    @Test
    void requestsLoadInTheBackgroundAndCallBack() throws Exception {
        try (MbtilesReader r = MbtilesReader.open(mosulFile())) {
            TileId id = new TileId(1, 1, 0);
            assertThat(r.cached(id)).isEmpty();
            CountDownLatch loaded = new CountDownLatch(1);
            r.request(id, loaded::countDown);
            assertThat(loaded.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(r.cached(id).map(MbtilesReaderTest::colour)).contains(0xFFFF0000);
        }
    }

    @Test
    void jpegTilesAndZoomsFromTheTilesWhenTheMetadataLacksThem() throws Exception {
        Path f = TileFixtures.mbtiles(dir.resolve("bare.mbtiles"), meta(),
                new Stored(3, 5, 2, TileFixtures.image(0x336699, "jpg")),
                new Stored(5, 20, 11, TileFixtures.image(0x336699, "jpg")));
        try (MbtilesReader r = MbtilesReader.open(f)) {
            assertThat(r.metadata().format()).as("sniffed from the first tile").isEqualTo("jpg");
            assertThat(r.minZoom()).isEqualTo(3);
            assertThat(r.maxZoom()).isEqualTo(5);
            assertThat(r.name()).isEqualTo("bare.mbtiles");
            assertThat(r.metadata().bounds()).isEmpty();
            int rgb = colour(r.load(new TileId(3, 5, 5)).orElseThrow());
            // JPEG is lossy: within a few levels of the colour
            assertThat((rgb >> 16) & 0xFF).isBetween(0x30, 0x36);
            assertThat(rgb & 0xFF).isBetween(0x96, 0x9C);
        }
    }

    @Test
    void aTextFileIsNotAnMbtilesFile() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.mbtiles"), "these are not tiles\n");
        assertThatThrownBy(() -> MbtilesReader.open(f)).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("not an MBTiles file")
                .hasMessageContaining("SQLite");
        Path empty = Files.createFile(dir.resolve("empty.mbtiles"));
        assertThatThrownBy(() -> MbtilesReader.open(empty)).hasMessageContaining(empty.toString())
                .hasMessageContaining("empty");
        Path none = dir.resolve("missing.mbtiles");
        assertThatThrownBy(() -> MbtilesReader.open(none)).hasMessageContaining(none.toString())
                .hasMessageContaining("no such file");
    }

    @Test
    void anSqliteDatabaseWithoutTheTablesIsNotAnMbtilesFile() throws Exception {
        Path f = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            c.createStatement().execute("CREATE TABLE people (name TEXT)");
        }
        assertThatThrownBy(() -> MbtilesReader.open(f)).hasMessageContaining(f.toString())
                .hasMessageContaining("no 'tiles' table");
        Path noMeta = TileFixtures.mbtiles(dir.resolve("nometa.mbtiles"), null,
                new Stored(1, 0, 0, TileFixtures.image(0, "png")));
        assertThatThrownBy(() -> MbtilesReader.open(noMeta)).hasMessageContaining("no 'metadata' table");
        Path noTiles = TileFixtures.mbtiles(dir.resolve("notiles.mbtiles"), meta("name", "x", "format", "png"));
        assertThatThrownBy(() -> MbtilesReader.open(noTiles)).hasMessageContaining(noTiles.toString())
                .hasMessageContaining("holds no tiles");
    }

    @Test
    void vectorAndUndecodableFormatsAreRefusedByName() throws Exception {
        Path pbf = TileFixtures.mbtiles(dir.resolve("vector.mbtiles"), meta("name", "OpenMapTiles", "format", "pbf"),
                new Stored(0, 0, 0, new byte[] {0x1f, (byte) 0x8b, 8, 0}));
        assertThatThrownBy(() -> MbtilesReader.open(pbf)).hasMessageContaining(pbf.toString())
                .hasMessageContaining("vector tiles").hasMessageContaining("raster");
        Path sniffed = TileFixtures.mbtiles(dir.resolve("vector2.mbtiles"), meta("name", "no format"),
                new Stored(0, 0, 0, new byte[] {0x1f, (byte) 0x8b, 8, 0}));
        assertThatThrownBy(() -> MbtilesReader.open(sniffed)).hasMessageContaining("vector tiles");
        Path webp = TileFixtures.mbtiles(dir.resolve("webp.mbtiles"), meta("format", "webp", "minzoom", "0",
                "maxzoom", "3"), new Stored(0, 0, 0, new byte[] {1}));
        assertThatThrownBy(() -> MbtilesReader.open(webp)).hasMessageContaining("'webp'")
                .hasMessageContaining("cannot decode");
    }

    @Test
    void aDamagedTileIsReportedWithTheFileAndTile() throws Exception {
        Path f = TileFixtures.mbtiles(dir.resolve("damaged.mbtiles"), meta("format", "png", "minzoom", "0",
                "maxzoom", "2"), new Stored(2, 1, 1, "<html>oops</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (MbtilesReader r = MbtilesReader.open(f)) {
            assertThatThrownBy(() -> r.load(new TileId(2, 1, 2))).hasMessageContaining(f.toString())
                    .hasMessageContaining("tile 2/1/2").hasMessageContaining("not an image");
        }
    }

    @Test
    void theFileIsOpenedReadOnly() throws Exception {
        Path f = mosulFile();
        byte[] before = Files.readAllBytes(f);
        try (MbtilesReader r = MbtilesReader.open(f)) {
            r.load(new TileId(1, 1, 0));
        }
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        assertThat(dir.resolve("mosul.mbtiles-journal")).doesNotExist();
    }

    private static int colour(RasterImage image) {
        return image.argb()[image.widthPx() * 128 + 128];
    }
}
