package org.leafdrop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.ui.edit.EditCommand;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a user drives it, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class PlannerWindowTest {
    @TempDir
    static Path home;

    PlannerWindow window;
    ScriptedDialogs dialogs;

    /** The sample with few particles, so every edit's full run takes a moment, not seconds. */
    static Plan lightSample() {
        Plan p = PlanDocuments.sample();
        return p.withSimulation(p.simulation().withParticlesPerSortie(600));
    }

    @Start
    void start(Stage stage) {
        PlannerWindow.Services services = new PlannerWindow.Services(new AppHome(home), TaskRunner.SAME_THREAD, 2,
                s -> dialogs = new ScriptedDialogs(s));
        window = new PlannerWindow(stage, services, lightSample(), Optional.empty());
        stage.show();
        window.map().zoomToPlan();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
                if (w != window.stage() && w instanceof Stage s) {
                    s.close();
                }
            }
            window.shutdown();
        });
    }

    @Test
    void opensOnTheSampleWithItsNameInTheTitle() {
        assertThat(window.stage().getTitle()).isEqualTo("Leafdrop \u2014 " + PlanDocuments.sample().name());
        assertThat(window.editor().isDirty()).isFalse();
    }

    @Test
    void movingATrackMovesThePredictedLandingAtOnceAndUndoBringsItBack(FxRobot robot) {
        double before = window.previewOf("s1").landingCentroid().lonLat().lonDeg();
        robot.interact(() -> window.editor().apply(new EditCommand("Move track", p -> p.withSorties(
                p.sorties().stream().map(s -> s.id().equals("s1") ? s.withTrack(new TrackGeometry(s.track().positions()
                        .stream().map(q -> new LonLat(q.lonDeg() + 0.02, q.latDeg())).toList())) : s).toList()))));
        double after = window.previewOf("s1").landingCentroid().lonLat().lonDeg();
        assertThat(after - before).isBetween(0.019, 0.021);
        assertThat(window.simulation().isCurrent()).as("the full run followed the edit").isTrue();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.previewOf("s1").landingCentroid().lonLat().lonDeg()).isEqualTo(before);
        assertThat(window.editor().isDirty()).isFalse();
    }

    @Test
    void savesAtomicallyAndReopensTheSamePlan(FxRobot robot) throws Exception {
        Path file = home.resolve("saved.leafdrop.json");
        dialogs.files.add(file);
        robot.interact(() -> {
            window.editor().apply(new EditCommand("Rename plan", p -> new Plan(p.version(), "Renamed for the test",
                    p.notes(), p.groundElevationMslM(), p.targets(), p.exclusions(), p.leafletTypes(), p.weather(),
                    p.sorties(), p.simulation(), p.extras())));
            assertThat(window.saveAs()).isTrue();
        });
        assertThat(window.editor().isDirty()).isFalse();
        assertThat(window.stage().getTitle()).isEqualTo("Leafdrop \u2014 Renamed for the test");
        Plan saved = window.editor().plan();
        robot.interact(() -> window.newPlan());
        assertThat(window.editor().plan().sorties()).isEmpty();
        robot.interact(() -> assertThat(window.open(file)).isTrue());
        assertThat(window.editor().plan()).isEqualTo(saved);
        assertThat(window.editor().file()).contains(file);
        assertThat(Files.readString(home.resolve("recent.txt"))).contains(file.toAbsolutePath().toString());
    }

    @Test
    void aFailedSaveLeavesTheFileOnDiskAndTheUnsavedWorkAsTheyWere(FxRobot robot) throws Exception {
        Path file = home.resolve("kept.leafdrop.json");
        robot.interact(() -> assertThat(window.saveTo(file)).isTrue());
        byte[] before = Files.readAllBytes(file);
        robot.interact(() -> window.editor().apply(new EditCommand("Clear sorties", p -> p.withSorties(List.of()))));
        // a folder where the file should be: the write must fail
        Path notAFile = home.resolve("a-folder.leafdrop.json");
        Files.createDirectories(notAFile.resolve("inside"));
        robot.interact(() -> assertThat(window.saveTo(notAFile)).isFalse());
        assertThat(dialogs.errors).anySatisfy(e -> assertThat(e).startsWith("Could not save")
                .contains("a-folder.leafdrop.json").contains("was not changed"));
        assertThat(window.editor().isDirty()).isTrue();
        assertThat(window.editor().file()).contains(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(notAFile.resolve("inside")).isDirectory();
    }

    @Test
    void savingThroughASymbolicLinkKeepsTheLink(FxRobot robot) throws Exception {
        Path real = home.resolve("real-target.leafdrop.json");
        Path link = home.resolve("link.leafdrop.json");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, real.getFileName());
        robot.interact(() -> assertThat(window.saveTo(link)).isTrue());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).isRegularFile();
        assertThat(PlanDocuments.read(real).value()).contains(window.editor().plan());
    }

    @Test
    void suggestedFileNamesKeepAnyScriptAndAreNeverHidden() {
        assertThat(PlannerWindow.fileNameFor("Central Mosul, 16 Oct")).isEqualTo("Central-Mosul-16-Oct");
        assertThat(PlannerWindow.fileNameFor("\u0627\u0644\u0645\u0648\u0635\u0644")).isEqualTo("\u0627\u0644\u0645\u0648\u0635\u0644");
        assertThat(PlannerWindow.fileNameFor("???")).isEqualTo("plan");
        assertThat(PlannerWindow.fileNameFor(".hidden")).isEqualTo("hidden");
    }

    @Test
    void aBrokenPlanIsListedWithItsProblemsAndNothingIsLost(FxRobot robot) throws Exception {
        Path broken = home.resolve("broken.leafdrop.json");
        Files.writeString(broken, """
                {
                  "format": "leafdrop-plan",
                  "version": 1,
                  "name": "broken",
                  "weather": { "winds": [ { "altitudeMslM": 0, "fromDeg": 270, "speedMps": 5.0 } ] },
                  "sorties": [ { "id": "s1", "track": { "type": "Point", "coordinates": [43.05, 36.34] },
                      "altitudeAglM": -300, "leafletType": "6x3-20lb", "leafletCount": 1000 } ]
                }
                """);
        Plan before = window.editor().plan();
        robot.interact(() -> assertThat(window.open(broken)).isFalse());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<String> list = robot.lookup("#problem-list").queryListView();
        assertThat(list.getItems()).anySatisfy(line -> assertThat(line).contains("broken.leafdrop.json:7:")
                .contains("$.sorties[0].altitudeAglM").contains("error"));
        assertThat(window.editor().plan()).isSameAs(before);
    }

    @Test
    void unsavedChangesAreAskedAboutAndCancelKeepsThem(FxRobot robot) {
        robot.interact(() -> window.editor().apply(new EditCommand("Clear sorties", p -> p.withSorties(List.of()))));
        dialogs.unsaved.add(Dialogs.UnsavedChoice.CANCEL);
        robot.interact(() -> window.newPlan());
        assertThat(dialogs.questions).anySatisfy(q -> assertThat(q).startsWith("unsaved"));
        assertThat(window.editor().plan().targets()).isNotEmpty();
        dialogs.unsaved.add(Dialogs.UnsavedChoice.DISCARD);
        robot.interact(() -> window.newPlan());
        assertThat(window.editor().plan().targets()).isEmpty();
    }

    @Test
    void autosaveWritesUnsavedWorkAndACleanCloseRemovesIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.editor().apply(new EditCommand("Clear sorties", p -> p.withSorties(List.of()))));
        robot.interact(() -> window.autosaveNow());
        Path auto = window.autosave().planFile();
        assertThat(auto).exists();
        assertThat(PlanDocuments.read(auto).value()).contains(window.editor().plan());
        robot.interact(() -> window.shutdown());
        assertThat(auto).doesNotExist();
    }

    @Test
    void afterACrashTheAutosaveIsOfferedBackAsUnsavedWork(FxRobot robot) throws Exception {
        // an autosave left by a window that crashed: its lock file is there but nobody holds it
        Path dir = home.resolve("autosave");
        Files.createDirectories(dir);
        Plan crashed = PlanDocuments.empty().withSorties(List.of());
        new org.leafdrop.io.PlanWriter().write(new Plan(crashed.version(), "Work from the crash", crashed.notes(),
                crashed.groundElevationMslM(), crashed.targets(), crashed.exclusions(), crashed.leafletTypes(),
                crashed.weather(), crashed.sorties(), crashed.simulation(), crashed.extras()),
                dir.resolve("crashed-session.leafdrop.json"));
        Files.writeString(dir.resolve("crashed-session.properties"), "name=Work from the crash\nsavedAt=2026-11-24T10:00:00Z\n");
        Files.writeString(dir.resolve("crashed-session.lock"), "");
        // another window of this user, still open: its autosave must not be offered
        Autosave other = new Autosave(dir);
        other.save(PlanDocuments.empty(), Optional.empty());
        dialogs.recover.add(true);
        robot.interact(() -> window.offerRecovery());
        assertThat(dialogs.questions).contains("recover Work from the crash");
        assertThat(window.editor().plan().name()).isEqualTo("Work from the crash");
        assertThat(window.editor().isDirty()).as("recovered work is unsaved until the user saves it").isTrue();
        assertThat(dir.resolve("crashed-session.leafdrop.json")).doesNotExist();
        assertThat(dialogs.questions).filteredOn(q -> q.startsWith("recover")).hasSize(1);
        assertThat(other.planFile()).exists();
        other.discard();
        assertThat(other.planFile()).doesNotExist();
    }

    @Test
    void importingWeatherIsOneUndoableStep(FxRobot robot) throws Exception {
        Path weather = home.resolve("weather.json");
        Files.writeString(weather, """
                { "source": "test sounding",
                  "winds": [ { "altitudeMslM": 0, "fromDeg": 90, "speedMps": 4 },
                             { "altitudeMslM": 5000, "fromDeg": 120, "speedMps": 20 } ] }
                """);
        Plan before = window.editor().plan();
        robot.interact(() -> assertThat(window.importWeather(weather)).isTrue());
        assertThat(window.editor().plan().weather().source()).contains("test sounding");
        assertThat(window.editor().undoNameProperty().get()).isEqualTo("Import weather from weather.json");
        robot.interact(() -> window.editor().undo());
        assertThat(window.editor().plan()).isEqualTo(before);
        Files.writeString(weather, "{ \"winds\": [ { \"altitudeMslM\": 0, \"fromDeg\": 400, \"speedMps\": 4 } ] }");
        robot.interact(() -> assertThat(window.importWeather(weather)).isFalse());
        assertThat(dialogs.problems.get(dialogs.problems.size() - 1)).anySatisfy(pr ->
                assertThat(pr.jsonPath()).isEqualTo("$.weather.winds[0].fromDeg"));
        assertThat(window.editor().plan()).isEqualTo(before);
    }

    private javafx.geometry.Point2D onMap(double x, double y) {
        return window.map().localToScreen(x, y);
    }

    private javafx.geometry.Point2D onMap(LonLat p) {
        double[] px = window.map().view().toPixel(p.lonDeg(), p.latDeg());
        return onMap(px[0], px[1]);
    }

    @Test
    void drawsATargetByClicksAndUndoRemovesIt(FxRobot robot) {
        int before = window.editor().plan().targets().size();
        robot.clickOn("#tool-draw-target");
        double[][] corners = {{60, 60}, {200, 60}, {200, 160}, {60, 160}};
        for (double[] c : corners) {
            robot.clickOn(onMap(c[0], c[1]));
        }
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<org.leafdrop.model.Target> targets = window.editor().plan().targets();
        assertThat(targets).hasSize(before + 1);
        List<LonLat> ring = targets.get(targets.size() - 1).geometry().firstOuterRing();
        assertThat(ring).hasSize(5);
        for (double[] c : corners) {
            double[] ll = window.map().view().toLonLat(c[0], c[1]);
            // each click became a vertex (within a pixel)
            assertThat(ring).anySatisfy(v -> {
                double[] px = window.map().view().toPixel(v.lonDeg(), v.latDeg());
                assertThat(Math.hypot(px[0] - c[0], px[1] - c[1])).isLessThan(1.5);
            });
            assertThat(ll).hasSize(2);
        }
        assertThat(window.editor().undoNameProperty().get()).isEqualTo("Add target");
        robot.clickOn("Edit");
        assertThat(robot.lookup("Undo Add target").tryQuery()).as("the Edit menu names the action").isPresent();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editor().plan().targets()).hasSize(before);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Y)
                .release(javafx.scene.input.KeyCode.Y, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editor().plan().targets()).as("redo brings it back").hasSize(before + 1);
    }

    @Test
    void theStatusBarShowsTheCursorInDegreesAndMgrs(FxRobot robot) {
        robot.moveTo(onMap(new LonLat(43.13, 36.34)));
        WaitForAsyncUtils.waitForFxEvents();
        String degrees = robot.lookup("#cursor-position").queryAs(javafx.scene.control.Label.class).getText();
        String grid = robot.lookup("#cursor-mgrs").queryAs(javafx.scene.control.Label.class).getText();
        assertThat(degrees).matches("36\\.34\\d{3}°N 43\\.1[23]\\d{3}°E");
        // Mosul lies in UTM zone 38S, 100 km square LF
        assertThat(grid).startsWith("MGRS 38S").contains("LF");
    }

    @Test
    void draggingATrackMovesTheLandingPreviewDuringTheDragAndCommitsOneStep(FxRobot robot) {
        robot.clickOn("#tool-select");
        var s1 = window.editor().plan().sorties().get(0);
        LonLat a = s1.track().positions().get(0);
        LonLat b = s1.track().positions().get(s1.track().positions().size() - 1);
        // grab the track a third of the way along (clear of the handles and the direction arrow)
        LonLat grab = new LonLat(a.lonDeg() + (b.lonDeg() - a.lonDeg()) / 3, a.latDeg() + (b.latDeg() - a.latDeg()) / 3);
        javafx.geometry.Point2D start = onMap(grab);
        robot.clickOn(start);
        assertThat(window.editor().selection()).contains(org.leafdrop.ui.edit.PlanElement.sortie("s1"));
        double before = window.previewOf("s1").landingCentroid().lonLat().lonDeg();
        Plan committed = window.editor().plan();
        robot.moveTo(start).press(javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(start.getX() + 40, start.getY()))
                .moveTo(new javafx.geometry.Point2D(start.getX() + 80, start.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        double during = window.previewOf("s1").landingCentroid().lonLat().lonDeg();
        assertThat(during).as("the preview follows the drag").isGreaterThan(before);
        assertThat(window.editor().plan()).as("nothing committed before the release").isEqualTo(committed);
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editor().plan()).isNotEqualTo(committed);
        assertThat(window.editor().undoNameProperty().get()).isNotNull();
        double metresPerPixel = window.map().view().metresPerPixel();
        double movedM = org.leafdrop.geo.Geodesy.inverse(before, 36.3, window.previewOf("s1").landingCentroid().lonLat()
                .lonDeg(), 36.3).distanceM();
        // the landing moved with the track: 80 pixels on the map
        assertThat(movedM).isBetween(70 * metresPerPixel, 90 * metresPerPixel);
        robot.interact(window::undo);
        assertThat(window.editor().plan()).isEqualTo(committed);
    }

    @Test
    void anMbtilesBaseMapShowsUnderThePlanAndABadOneIsExplained(FxRobot robot) throws Exception {
        // one red tile at zoom 12 where the map looks (Mosul), stored with its TMS row
        org.leafdrop.render.TileId id = org.leafdrop.render.TileId.containing(window.map().view().centreLonDeg(),
                window.map().view().centreLatDeg(), 12);
        Path file = org.leafdrop.io.TileFixtures.mbtiles(home.resolve("city.mbtiles"),
                java.util.Map.of("name", "city", "format", "png", "minzoom", "12", "maxzoom", "12"),
                new org.leafdrop.io.TileFixtures.Stored(12, id.x(), id.tmsRow(),
                        org.leafdrop.io.TileFixtures.image(0xFF0000, "png")));
        robot.interact(() -> {
            window.layers().visibleProperty(org.leafdrop.ui.map.MapLayer.BASE_MAP).set(false);
            for (org.leafdrop.ui.map.MapLayer l : org.leafdrop.ui.map.MapLayer.values()) {
                if (l != org.leafdrop.ui.map.MapLayer.TILES) {
                    window.layers().visibleProperty(l).set(false);
                }
            }
            assertThat(window.openMbtiles(file)).isTrue();
        });
        WaitForAsyncUtils.waitForFxEvents();
        var img = window.map().snapshotImage();
        double[] px = window.map().view().toPixel(window.map().view().centreLonDeg(), window.map().view().centreLatDeg());
        int rgb = img.getRGB((int) px[0], (int) px[1]);
        assertThat((rgb >> 16) & 0xFF).as("red tile under the centre").isGreaterThan(200);
        assertThat(rgb & 0xFF).isLessThan(60);

        Path bad = home.resolve("notes.mbtiles");
        Files.writeString(bad, "not a database");
        robot.interact(() -> assertThat(window.openMbtiles(bad)).isFalse());
        assertThat(dialogs.errors).anySatisfy(e -> assertThat(e).contains("notes.mbtiles"));
        assertThat(window.tileSourceProperty().get()).isPresent();
    }

    @Test
    void onlineTilesAreRememberedAndABadTemplateIsExplained(FxRobot robot) throws Exception {
        dialogs.onlineTiles.add(new String[] {"ftp://example.org/tiles", "analyst@example.org"});
        robot.interact(() -> window.configureOnlineTiles());
        assertThat(dialogs.errors).isNotEmpty();
        assertThat(window.tileSourceProperty().get()).isEmpty();
        dialogs.onlineTiles.add(new String[] {"http://127.0.0.1:9/{z}/{x}/{y}.png", "analyst@example.org"});
        robot.interact(() -> window.configureOnlineTiles());
        assertThat(window.tileSourceProperty().get()).containsInstanceOf(org.leafdrop.io.OnlineTileSource.class);
        assertThat(Files.readString(home.resolve("preferences.properties"))).contains("tiles.url")
                .contains("127.0.0.1");
        dialogs.onlineTiles.add(new String[] {"", ""});
        robot.interact(() -> window.configureOnlineTiles());
        assertThat(window.tileSourceProperty().get()).isEmpty();
        assertThat(Files.readString(home.resolve("preferences.properties"))).doesNotContain("tiles.url");
    }

    @Test
    void aRunFillsTheResultRowsAndClickingOneHighlightsItsShape(FxRobot robot) {
        robot.clickOn("#tab-results");
        robot.interact(() -> window.simulation().runNow());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> sorties = robot.lookup("#results-sorties").queryAs(
                javafx.scene.control.TableView.class);
        javafx.scene.control.TableView<?> targets = robot.lookup("#results-targets").queryAs(
                javafx.scene.control.TableView.class);
        assertThat(sorties.getItems()).hasSize(2);
        assertThat(targets.getItems()).hasSize(2);
        var result = window.simulation().lastRun().orElseThrow().result();
        var row = (org.leafdrop.ui.panels.SortieRow) sorties.getItems().get(0);
        assertThat(row.id()).isEqualTo("s1");
        assertThat(row.driftM().getAsDouble()).isEqualTo(result.sorties().get(0).statistics().orElseThrow().driftM());
        robot.clickOn(robot.lookup("#results-targets .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editor().selection()).contains(org.leafdrop.ui.edit.PlanElement.target("west-mosul"));
        assertThat(window.map().contentProperty().get().selection().map(a -> a[1])).contains("west-mosul");
    }

    @Test
    void importsASoundingAndAnFbForecastAskingForTheStation(FxRobot robot) {
        Path sounding = Path.of("src/test/resources/weather/uwyo/mosul-2016-10-16-12z.txt");
        robot.interact(() -> assertThat(window.importWeather(sounding)).isTrue());
        var w = window.editor().plan().weather();
        assertThat(w.source()).contains("University of Wyoming sounding 40608 ORBM, 2016-10-16 12Z");
        assertThat(w.atmosphere()).isInstanceOf(org.leafdrop.model.Atmosphere.Sounding.class);
        assertThat(w.firstProfile().levels()).hasSize(19);
        // the sample releases at 22:30Z on the 15th, 13.5 h before this sounding: the window says so
        assertThat(robot.lookup("#notice").queryAs(javafx.scene.control.Label.class).getText())
                .contains("sortie s1 releases 13.5 h before");
        // a long status message shrinks; it never pushes the side panels out of the window
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node tabs = robot.lookup("#side-tabs").query();
        var bounds = tabs.localToScene(tabs.getLayoutBounds());
        assertThat(bounds.getWidth()).isGreaterThan(250);
        assertThat(bounds.getMaxX()).isLessThanOrEqualTo(window.stage().getScene().getWidth() + 1);
        Path fb = Path.of("src/test/resources/weather/fb/fd1us1-three-stations.txt");
        dialogs.choices.add("DEN");
        robot.interact(() -> assertThat(window.importWeather(fb)).isTrue());
        assertThat(dialogs.questions).contains("choose ABI,BOS,DEN");
        assertThat(window.editor().plan().weather().station().orElseThrow().id()).isEqualTo("DEN");
        assertThat(window.editor().undoNameProperty().get()).isEqualTo("Import weather from fd1us1-three-stations.txt");
        // cancelling the choice changes nothing and says nothing more
        Plan before = window.editor().plan();
        int problemsBefore = dialogs.problems.size();
        robot.interact(() -> assertThat(window.importWeather(fb)).isFalse());
        assertThat(window.editor().plan()).isEqualTo(before);
        assertThat(dialogs.problems).hasSize(problemsBefore);
        // a broken file lists its problem with the line
        robot.interact(() -> assertThat(window.importWeather(Path.of("src/test/resources/weather/csv/garbage-number.csv")))
                .isFalse());
        assertThat(dialogs.problems.get(dialogs.problems.size() - 1)).anySatisfy(pr -> {
            assertThat(pr.line()).isPositive();
            assertThat(pr.message()).contains("27x4");
        });
        assertThat(window.editor().plan()).isEqualTo(before);
    }

    @Test
    void fetchesAnOpenMeteoForecastFromAConfiguredServerAndSaysSoWhenOffline(FxRobot robot) throws Exception {
        byte[] body = Files.readAllBytes(Path.of("src/test/resources/weather/open-meteo/mosul-forecast.json"));
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        List<String> queries = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.createContext("/v1/forecast", ex -> {
            queries.add(ex.getRequestURI().getQuery());
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/forecast";
        try {
            dialogs.choices.add(url);
            robot.interact(() -> window.fetchForecast());
            assertThat(queries).hasSize(1);
            // asked for the plan's first target, in m/s, for the day of its releases
            assertThat(queries.get(0)).contains("latitude=36.3").contains("wind_speed_unit=ms")
                    .contains("2016-10-15");
            assertThat(window.editor().plan().weather().source().orElseThrow()).startsWith("Open-Meteo forecast");
            assertThat(window.editor().plan().weather().timeVarying()).isTrue();
            assertThat(Files.readString(home.resolve("preferences.properties"))).contains("forecast.url");
        } finally {
            server.stop(0);
        }
        Plan before = window.editor().plan();
        dialogs.choices.add(url);
        robot.interact(() -> window.fetchForecast());
        assertThat(dialogs.errors).anySatisfy(e -> assertThat(e).startsWith("Cannot fetch the forecast")
                .contains("works offline"));
        assertThat(window.editor().plan()).isEqualTo(before);
    }

    @Test
    void exportsTheBriefingAsPdfWithTheCurrentRun(FxRobot robot) throws Exception {
        Path pdf = home.resolve("brief.pdf");
        robot.interact(() -> {
            window.simulation().runNow();
            window.export(PlannerWindow.ExportKind.PDF, pdf);
        });
        assertThat(dialogs.errors).isEmpty();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains(window.editor().plan().name()).contains("Sortie s1").contains("Sortie s2");
        }
    }

    @Test
    void exportsTheMapAsShownToPng(FxRobot robot) throws Exception {
        Path png = home.resolve("map.png");
        int[] size = new int[2];
        robot.interact(() -> {
            size[0] = window.map().view().widthPx();
            size[1] = window.map().view().heightPx();
            window.export(PlannerWindow.ExportKind.PNG, png);
        });
        var img = javax.imageio.ImageIO.read(png.toFile());
        // the map as it was on screen: its size, and the base map's land at a corner
        assertThat(img.getWidth()).isEqualTo(size[0]);
        assertThat(img.getHeight()).isEqualTo(size[1]);
        assertThat(img.getRGB(size[0] - 5, size[1] / 2) & 0xFFFFFF).isNotEqualTo(0);
        assertThat(dialogs.errors).isEmpty();
    }
}
