package org.leafdrop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.io.TileFixtures;
import org.leafdrop.io.TileFixtures.Stored;
import org.leafdrop.model.Plan;
import org.leafdrop.render.TileId;
import org.leafdrop.render.TileSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File &gt; Open Base Map with bad MBTiles files (issue 8): each shows an error dialog naming the
 * file and what is wrong, and the base map in use stays; a file whose tiles are damaged opens,
 * and the window keeps drawing.
 */
@ExtendWith(ApplicationExtension.class)
class BadBaseMapTest {
    @TempDir
    static Path home;

    PlannerWindow window;
    ScriptedDialogs dialogs;

    @Start
    void start(Stage stage) {
        Plan p = PlanDocuments.sample();
        PlannerWindow.Services services = new PlannerWindow.Services(new AppHome(home), TaskRunner.SAME_THREAD, 2,
                s -> dialogs = new ScriptedDialogs(s));
        window = new PlannerWindow(stage, services, p.withSimulation(p.simulation().withParticlesPerSortie(300)),
                Optional.empty());
        stage.show();
        window.map().zoomToPlan();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
                if (w != window.stage() && w instanceof Stage s) {
                    s.close();
                }
            }
            window.shutdown();
        });
    }

    private static Map<String, String> meta(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void everyBadFileIsExplainedAndThePreviousBaseMapStays(FxRobot robot) throws Exception {
        TileId centre = TileId.containing(window.map().view().centreLonDeg(), window.map().view().centreLatDeg(), 12);
        Path good = TileFixtures.mbtiles(home.resolve("good.mbtiles"), meta("name", "good", "format", "png",
                "minzoom", "12", "maxzoom", "12"),
                new Stored(12, centre.x(), centre.tmsRow(), TileFixtures.image(0xFF0000, "png")));
        robot.interact(() -> assertThat(window.openMbtiles(good)).isTrue());
        Optional<TileSource> before = window.tileSourceProperty().get();
        assertThat(before).isPresent();

        Path text = Files.writeString(home.resolve("notes.mbtiles"), "these are notes, not tiles\n");
        Path empty = Files.createFile(home.resolve("empty.mbtiles"));
        Path folder = Files.createDirectory(home.resolve("folder.mbtiles"));
        Path truncated = home.resolve("truncated.mbtiles");
        byte[] whole = Files.readAllBytes(TileFixtures.mbtiles(home.resolve("whole.mbtiles"), meta("format", "png"),
                new Stored(1, 0, 0, Arrays.copyOf(TileFixtures.image(0x00FF00, "png"), 20_000))));
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 3));
        Path noTiles = home.resolve("no-tiles.mbtiles");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + noTiles)) {
            c.createStatement().execute("CREATE TABLE metadata (name TEXT, value TEXT)");
        }
        Path webp = TileFixtures.mbtiles(home.resolve("webp.mbtiles"), meta("format", "webp"),
                new Stored(0, 0, 0, new byte[] {1}));
        Map<Path, String> bad = new LinkedHashMap<>();
        bad.put(text, "not an MBTiles file");
        bad.put(empty, "empty");
        bad.put(folder, "is a folder");
        bad.put(truncated, "damaged or truncated");
        bad.put(noTiles, "no 'tiles' table");
        bad.put(webp, "cannot decode");

        for (Map.Entry<Path, String> b : bad.entrySet()) {
            int shown = dialogs.errors.size();
            robot.interact(() -> assertThat(window.openMbtiles(b.getKey())).isFalse());
            assertThat(dialogs.errors).as(b.getKey().toString()).hasSize(shown + 1);
            assertThat(dialogs.errors.get(shown)).startsWith("Cannot open the base map: ")
                    .contains(b.getKey().getFileName().toString()).contains(b.getValue())
                    .doesNotContain("Exception").doesNotContain("SQLITE_");
            assertThat(window.tileSourceProperty().get()).as("the previous base map stays").isSameAs(before);
        }
    }

    @Test
    void aFileWithADamagedTileOpensAndTheMapKeepsDrawing(FxRobot robot) throws Exception {
        TileId centre = TileId.containing(window.map().view().centreLonDeg(), window.map().view().centreLatDeg(), 12);
        Path damaged = TileFixtures.mbtiles(home.resolve("damaged.mbtiles"), meta("format", "png", "minzoom", "12",
                "maxzoom", "12"), new Stored(12, centre.x(), centre.tmsRow(),
                "<html>Rate limit exceeded</html>".getBytes(StandardCharsets.UTF_8)));

        robot.interact(() -> assertThat(window.openMbtiles(damaged)).isTrue());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.map().snapshotImage()).isNotNull();
        assertThat(dialogs.errors).isEmpty();
    }
}
