package org.leafdrop.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.leafdrop.geo.Coordinates;
import org.leafdrop.io.AsciiGridExport;
import org.leafdrop.io.AtomicFiles;
import org.leafdrop.io.GeoJsonExport;
import org.leafdrop.io.KmlExport;
import org.leafdrop.io.LandingsCsv;
import org.leafdrop.io.MapFeatures;
import org.leafdrop.io.PlanWriter;
import org.leafdrop.io.ProgramVersion;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Weather;
import org.leafdrop.planning.LandingPreview;
import org.leafdrop.coverage.Ellipses;
import org.leafdrop.render.MapPainter;
import org.leafdrop.render.MapView;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.ui.edit.CursorKind;
import org.leafdrop.ui.edit.EditCommand;
import org.leafdrop.ui.edit.SortieDefaults;
import org.leafdrop.ui.edit.ToolBox;
import org.leafdrop.ui.edit.PlanEditor;
import org.leafdrop.ui.edit.PlanElement;
import javafx.application.Platform;
import org.leafdrop.io.MbtilesReader;
import org.leafdrop.io.OnlineTileSettings;
import org.leafdrop.io.OnlineTileSource;
import org.leafdrop.io.weather.OpenMeteoClient;
import org.leafdrop.render.TileLayerPainter;
import org.leafdrop.report.BriefingPdf;
import org.leafdrop.render.TileSource;
import org.leafdrop.ui.map.LayerSettings;
import org.leafdrop.ui.map.MapLayer;
import org.leafdrop.ui.map.MapContent;
import org.leafdrop.ui.map.MapPane;
import org.leafdrop.ui.panels.UnitSystem;

/**
 * The planner window (DESIGN.md "The window"): menus and tool bar, the map in the centre, layers
 * and the plan tree on the left, properties, winds, settings and results on the right, the
 * status bar with progress and cancel at the bottom. File handling (new, open, recent, save,
 * save as, import weather, export), autosave and recovery live here; everything computed comes
 * from the core through {@link SimulationController}. FX thread only.
 */
public final class PlannerWindow {
    static final String TITLE_PREFIX = "Leafdrop \u2014 ";

    private final Stage stage;
    private final AppHome home;
    private final Dialogs dialogs;
    private final PlanEditor editor;
    private final SimulationController simulation;
    private final LayerSettings layers = new LayerSettings();
    private final MapPane map;
    private final RecentFiles recent;
    private final Autosave autosave;
    /** The plan's file as this window last read or wrote it (empty: no file, or unknown). */
    private Optional<DiskCopy> diskCopy;
    private final Menu recentMenu = new Menu("Open Recent");
    private final Label position = new Label();
    private final Label mgrs = new Label();
    private final Label scale = new Label();
    private final Label hint = new Label();
    private final Label runStatus = new Label();
    private final Label saved = new Label();
    private final Label notice = new Label();
    private final Label tileStatus = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button("Cancel");
    private final TaskRunner runner;
    private final Timeline autosaveTimer;
    private final BorderPane root = new BorderPane();
    private final ReplayController replay;
    private Runnable replayShown = () -> { };
    /** Timeouts and retries of File > Fetch Forecast (tests shorten them). */
    private OpenMeteoClient.Options forecastOptions = OpenMeteoClient.Options.defaults();
    /** Pictures in an exported replay animation. */
    private int replayExportFrames = org.leafdrop.report.ReplayAnimation.DEFAULT_FRAMES;
    private final ToolBox tools;
    private final Preferences preferences;
    private final javafx.beans.property.ObjectProperty<UnitSystem> units =
            new javafx.beans.property.SimpleObjectProperty<>(UnitSystem.METRIC);
    private final javafx.beans.property.ObjectProperty<Optional<TileSource>> tileSource =
            new javafx.beans.property.SimpleObjectProperty<>(Optional.empty());

    /** What the window needs from outside: its home folder, a task runner and the dialogs. */
    public record Services(AppHome home, TaskRunner runner, int threads, java.util.function.Function<Stage, Dialogs> dialogs) {
    }

    public PlannerWindow(Stage stage, Services services, Plan initial, Optional<Path> file) {
        this(stage, services, initial, file, Optional.empty());
    }

    /**
     * A window on a plan read from {@code file}; {@code bytesRead} are the bytes it was read from,
     * kept for the changed-on-disk check (without them the file is read again for it).
     */
    PlannerWindow(Stage stage, Services services, Plan initial, Optional<Path> file, Optional<byte[]> bytesRead) {
        this.stage = stage;
        this.home = services.home();
        this.runner = services.runner();
        this.dialogs = services.dialogs().apply(stage);
        this.editor = new PlanEditor(initial, file);
        this.diskCopy = file.flatMap(f -> bytesRead.map(b -> DiskCopy.written(f, b)).or(() -> DiskCopy.of(f)));
        this.simulation = new SimulationController(editor, runner, services.threads());
        this.replay = new ReplayController(runner, services.threads());
        this.recent = new RecentFiles(home.recentFile());
        this.preferences = new Preferences(home.preferencesFile());
        preferences.get(Preferences.UNITS).ifPresent(u -> {
            try {
                units.set(UnitSystem.valueOf(u));
            } catch (IllegalArgumentException e) {
                units.set(UnitSystem.METRIC);
            }
        });
        units.addListener((o, a, b) -> {
            try {
                preferences.set(Preferences.UNITS, Optional.of(b.name()));
            } catch (IOException e) {
                simulationStatusNote("Could not save the preferences: " + describe(e));
            }
        });
        this.autosave = new Autosave(home.autosaveDir());
        this.map = new MapPane(MapContent.of(initial), layers);
        map.setId("map");
        this.tools = new ToolBox(editor, SortieDefaults.fromCatalog(LeafletCatalog.bundled()));
        map.interactionProperty().set(new ToolInteraction(tools));
        map.setLayerPainter(MapLayer.TILES, (c, v, m) -> tileSource.get().ifPresent(src ->
                TileLayerPainter.paint(c, v, src, id -> src.request(id,
                        () -> Platform.runLater(() -> map.markDirty(MapLayer.TILES))))));
        tileSource.addListener((o, a, b) -> {
            a.ifPresent(TileSource::close);
            tileStatus.setText("");
            map.markDirty(MapLayer.TILES);
        });
        preferences.get(Preferences.TILES_URL).ifPresent(url -> useOnlineTiles(url,
                preferences.get(Preferences.TILES_CONTACT).orElse(""), false));

        root.setTop(new VBox(menuBar(), WindowParts.toolBar(this)));
        root.setCenter(map);
        ReplayBar replayBar = new ReplayBar(replay, this::closeReplay);
        replayBar.visibleProperty().bind(Bindings.createBooleanBinding(() -> replay.isActive(),
                replay.replayProperty(), replay.preparingProperty()));
        replayBar.managedProperty().bind(replayBar.visibleProperty());
        root.setBottom(new VBox(replayBar, statusBar()));
        SplitPane split = new SplitPane(leftSide(), root.getCenter(), rightSide());
        split.setDividerPositions(0.2, 0.7);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        SplitPane.setResizableWithParent(split.getItems().get(2), false);
        root.setCenter(split);

        Scene scene = new Scene(root, 1440, 900);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> TITLE_PREFIX + editor.plan().name(),
                editor.planProperty()));
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard("close the window")) {
                e.consume();
            } else {
                shutdown();
            }
        });
        wire();
        map.layout();
        autosaveTimer = new Timeline(new KeyFrame(Duration.seconds(Autosave.INTERVAL_S), e -> autosaveNow()));
        autosaveTimer.setCycleCount(Timeline.INDEFINITE);
        autosaveTimer.play();
        refreshRecent();
        setupDragAndDrop(scene);
        // in replay mode the space bar plays and pauses, as in any player (not while typing)
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && replay.replay().isPresent()
                    && !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                replay.playingProperty().set(!replay.playingProperty().get());
                e.consume();
            }
        });
        // the first full run waits until the window is up: on two cores it would otherwise
        // compete with JavaFX's start-up (styles, fonts) and delay the window by a second
        javafx.animation.PauseTransition firstRun = new javafx.animation.PauseTransition(Duration.millis(400));
        firstRun.setOnFinished(e -> ensureRun());
        firstRun.play();
    }

    /** Starts the full run when the plan on screen has none and none is running. */
    private void ensureRun() {
        if (simulation.autoRunProperty().get() && !simulation.isCurrent() && !simulation.runningProperty().get()
                && !editor.plan().sorties().isEmpty()) {
            simulation.runNow();
        }
    }

    public PlanEditor editor() {
        return editor;
    }

    public SimulationController simulation() {
        return simulation;
    }

    /** Replay mode: the campaign played in time. */
    public ReplayController replay() {
        return replay;
    }

    /** Enters replay mode on the plan as it is now (the run happens in the background). */
    public void startReplay() {
        tools.cancel();
        simulationStatusNote("");
        replay.start(editor.plan(), () -> {
            simulationStatusNote("Replay ready: press Play, or drag the slider");
            replayShown.run();
        }, message -> {
            simulationStatusNote("");
            dialogs.showError("Cannot replay this plan", message);
        });
    }

    /** Leaves replay mode; the map shows the plan and its last run again. */
    public void closeReplay() {
        replay.stop();
        simulationStatusNote("");
    }

    /** Sets how many pictures an exported replay animation has (tests use few). */
    void setReplayExportFrames(int frames) {
        replayExportFrames = frames;
    }

    /** What the window does when a replay is ready (the side panel selects its tab). */
    void onReplayShown(Runnable r) {
        replayShown = r;
    }

    public MapPane map() {
        return map;
    }

    public Stage stage() {
        return stage;
    }

    public LayerSettings layers() {
        return layers;
    }

    public ToolBox tools() {
        return tools;
    }

    /** The unit system of the panels (feet and knots, or metres and m/s), kept in the preferences. */
    public javafx.beans.property.ObjectProperty<UnitSystem> unitsProperty() {
        return units;
    }

    private void wire() {
        Runnable refreshMap = () -> map.contentProperty().set(content());
        editor.displayedPlanProperty().addListener((o, a, b) -> refreshMap.run());
        editor.selectionProperty().addListener((o, a, b) -> refreshMap.run());
        simulation.lastRunProperty().addListener((o, a, b) -> refreshMap.run());
        simulation.previewProperty().addListener((o, a, b) -> refreshMap.run());
        replay.momentProperty().addListener((o, a, b) -> refreshMap.run());
        // a replay shows the plan as it was replayed: an edit ends it
        editor.planProperty().addListener((o, a, b) -> {
            if (replay.isActive()) {
                replay.stop();
                simulationStatusNote("Replay closed: the plan changed");
            }
        });
        refreshMap.run();

        map.cursorPositionProperty().addListener((o, a, b) -> showPosition(b));
        map.viewProperty().addListener((o, a, b) -> showScale(b));
        showScale(map.view());
        runStatus.textProperty().bind(simulation.statusProperty());
        progress.visibleProperty().bind(simulation.runningProperty());
        cancel.visibleProperty().bind(simulation.runningProperty());
        progress.progressProperty().bind(simulation.progressProperty());
        cancel.setOnAction(e -> simulation.cancel());
        saved.textProperty().bind(Bindings.createStringBinding(() -> editor.isDirty() ? "Unsaved changes" : "Saved",
                editor.dirtyProperty()));
        editor.fileProperty().addListener((o, a, b) -> b.ifPresent(recent::add));
        tools.overlayRevisionProperty().addListener((o, a, b) -> map.markOverlayDirty());
        tools.cursorProperty().addListener((o, a, b) -> map.setCursor(cursor(b)));
        map.setCursor(cursor(tools.cursorProperty().get()));
        hint.textProperty().bind(Bindings.createStringBinding(() -> tools.messageProperty().get().isEmpty()
                ? tools.hintProperty().get() : tools.messageProperty().get(), tools.hintProperty(),
                tools.messageProperty()));
    }

    private static javafx.scene.Cursor cursor(CursorKind k) {
        return switch (k) {
            case CROSSHAIR -> javafx.scene.Cursor.CROSSHAIR;
            case HAND -> javafx.scene.Cursor.HAND;
            case MOVE -> javafx.scene.Cursor.MOVE;
            default -> javafx.scene.Cursor.DEFAULT;
        };
    }

    /** Undo, after dropping a half-finished drawing or drag. */
    public void undo() {
        tools.cancel();
        editor.undo();
    }

    public void redo() {
        tools.cancel();
        editor.redo();
    }

    /** What the map shows now. */
    MapContent content() {
        Plan shown = editor.displayedPlan();
        Optional<SimulationController.Run> run = simulation.lastRun();
        boolean current = run.map(r -> r.plan().equals(shown)).orElse(false);
        org.leafdrop.geo.LocalFrame frame;
        try {
            frame = org.leafdrop.sim.Scenario.frameFor(shown);
        } catch (RuntimeException e) {
            frame = null;
        }
        List<MapPainter.LandingMark> marks = frame == null ? List.of() : previewMarks(frame);
        Optional<String[]> sel = editor.selection().map(s -> new String[] {s.kind().name().toLowerCase(Locale.ROOT),
            s.id()});
        Optional<org.leafdrop.render.ReplayPainter.Moment> moment = replay.momentProperty().get();
        if (moment.isPresent()) {
            // replay mode: the density landed so far, the clouds, no landing marks of the last run
            return new MapContent(shown, Optional.of(moment.get().scene()), false, List.of(), sel, moment);
        }
        return new MapContent(shown, run.map(SimulationController.Run::scene), current, marks, sel, Optional.empty());
    }

    private List<MapPainter.LandingMark> previewMarks(org.leafdrop.geo.LocalFrame frame) {
        return simulation.previewProperty().get().stream().map(p -> new MapPainter.LandingMark(p.sortieId(),
                p.releaseCentroid().lonLat(), p.landingCentroid().lonLat(), p.driftM(),
                Ellipses.ring(p.landingCentroid(), p.ellipse(), 1, frame, 72),
                Ellipses.ring(p.landingCentroid(), p.ellipse(), 2, frame, 72), true)).toList();
    }

    private void showPosition(Optional<LonLat> p) {
        if (p.isEmpty()) {
            position.setText("");
            mgrs.setText("");
            return;
        }
        LonLat ll = p.get();
        position.setText(String.format(Locale.ROOT, "%.5f\u00b0%s %.5f\u00b0%s", Math.abs(ll.latDeg()),
                ll.latDeg() >= 0 ? "N" : "S", Math.abs(ll.lonDeg()), ll.lonDeg() >= 0 ? "E" : "W"));
        String m;
        try {
            m = "MGRS " + Coordinates.mgrs(ll.lonDeg(), ll.latDeg());
        } catch (RuntimeException e) {
            m = "";
        }
        mgrs.setText(m);
    }

    private void showScale(MapView v) {
        // screen scale at 96 pixels per inch: one pixel is 0.2646 mm
        double denominator = v.metresPerPixel() / 0.0254 * 96;
        scale.setText(String.format(Locale.ROOT, "1:%,d", Math.round(denominator / niceScaleStep(denominator))
                * niceScaleStep(denominator)));
    }

    private static long niceScaleStep(double d) {
        long step = 1;
        while (step * 100 < d) {
            step *= 10;
        }
        return step;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        MenuItem newPlan = item("New", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newPlan);
        MenuItem open = item("Open\u2026", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> dialogs.chooseOpen(Dialogs.FileKind.PLAN, editor.file()).ifPresent(this::open));
        MenuItem save = item("Save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        MenuItem saveAs = item("Save As\u2026", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::saveAs);
        MenuItem importWeather = item("Import Weather\u2026", null, () -> dialogs.chooseOpen(Dialogs.FileKind.WEATHER,
                editor.file()).ifPresent(this::importWeather));
        MenuItem fetchForecast = item("Fetch Forecast (Open-Meteo)\u2026", null, this::fetchForecast);
        Menu export = new Menu("Export");
        export.getItems().addAll(
                item("GeoJSON\u2026", null, () -> exportAs(ExportKind.GEOJSON)),
                item("KML\u2026", null, () -> exportAs(ExportKind.KML)),
                item("Landing points (CSV)\u2026", null, () -> exportAs(ExportKind.CSV)),
                item("Density grid (ESRI ASCII)\u2026", null, () -> exportAs(ExportKind.GRID)),
                item("Current map (PNG)\u2026", null, () -> exportAs(ExportKind.PNG)),
                item("Briefing (PDF, A4)\u2026", null, () -> exportAs(ExportKind.PDF)),
                new SeparatorMenuItem(),
                item("Replay Animation (GIF)\u2026", null, () -> {
                    String base = editor.file().map(p -> p.getFileName().toString()
                            .replaceAll("(\\.leafdrop)?\\.json$", "")).orElse("leafdrop-plan");
                    dialogs.chooseSave(Dialogs.FileKind.GIF, editor.file(), base + "-replay.gif")
                            .ifPresent(p -> exportReplay(p, true));
                }),
                item("Replay Frames (PNG)\u2026", null, () -> dialogs.chooseFolder(
                        "Folder for the replay's PNG frames (new or empty)", editor.file())
                        .ifPresent(p -> exportReplay(p, false))));
        MenuItem baseMap = item("Open Base Map (MBTiles)…", null, () -> dialogs.chooseOpen(
                Dialogs.FileKind.MBTILES, Optional.empty()).ifPresent(this::openMbtiles));
        MenuItem online = item("Online Map Tiles…", null, this::configureOnlineTiles);
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
            if (confirmDiscard("quit")) {
                shutdown();
                stage.close();
            }
        });
        file.getItems().addAll(newPlan, open, recentMenu, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), importWeather, fetchForecast, export, new SeparatorMenuItem(), baseMap, online,
                new SeparatorMenuItem(), quit);

        Menu edit = new Menu("Edit");
        MenuItem undo = item("Undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::undo);
        MenuItem redo = item("Redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::redo);
        undo.textProperty().bind(Bindings.createStringBinding(() -> editor.undoNameProperty().get() == null ? "Undo"
                : "Undo " + editor.undoNameProperty().get(), editor.undoNameProperty()));
        redo.textProperty().bind(Bindings.createStringBinding(() -> editor.redoNameProperty().get() == null ? "Redo"
                : "Redo " + editor.redoNameProperty().get(), editor.redoNameProperty()));
        undo.disableProperty().bind(editor.undoNameProperty().isNull());
        redo.disableProperty().bind(editor.redoNameProperty().isNull());
        undo.setId("menu-undo");
        redo.setId("menu-redo");
        edit.getItems().addAll(undo, redo);
        edit.getItems().addAll(editMenuExtras());

        Menu view = new Menu("View");
        view.getItems().addAll(
                item("Zoom In", new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), map::zoomIn),
                item("Zoom Out", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), map::zoomOut),
                item("Zoom to Plan", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                        map::zoomToPlan));
        view.getItems().addAll(viewMenuExtras());

        Menu sim = new Menu("Simulation");
        MenuItem run = item("Run Now", new KeyCodeCombination(KeyCode.F5), simulation::runNow);
        MenuItem stop = item("Cancel Run", new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN),
                simulation::cancel);
        stop.disableProperty().bind(simulation.runningProperty().not());
        CheckMenuItem auto = new CheckMenuItem("Run After Every Edit");
        auto.selectedProperty().bindBidirectional(simulation.autoRunProperty());
        MenuItem replayItem = item("Replay Campaign", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::startReplay);
        replayItem.setId("menu-replay");
        MenuItem closeReplay = item("Close Replay", null, this::closeReplay);
        closeReplay.disableProperty().bind(Bindings.createBooleanBinding(() -> !replay.isActive(),
                replay.replayProperty(), replay.preparingProperty()));
        sim.getItems().addAll(run, stop, auto, new SeparatorMenuItem(), replayItem, closeReplay);

        Menu help = new Menu("Help");
        help.getItems().addAll(item("Keyboard and Mouse", null, () -> dialogs.showInfo("Keyboard and mouse",
                HELP_TEXT)), item("About Leafdrop", null, () -> dialogs.showInfo("Leafdrop " + ProgramVersion.current(),
                "Planner for aerial leaflet campaigns.\nBase map: Natural Earth (public domain); Mosul features "
                        + "hand-digitised, approximate.")));
        MenuBar bar = new MenuBar(file, edit, view, sim, help);
        bar.setUseSystemMenuBar(false);
        return bar;
    }

    static final String HELP_TEXT = """
            Drag: pan the map (or move the selected shape or a vertex handle)
            Wheel: zoom around the cursor; + and -: zoom in and out
            S: select, T: draw target, X: draw exclusion, R: draw release track, M: measure
            Click: add a vertex; double-click or Enter: finish; Backspace: remove the last vertex
            Esc: cancel the drawing or drag; Delete: remove the selected vertex or shape
            Ctrl+Z / Ctrl+Y: undo / redo; F5: run the simulation now
            Ctrl+Shift+R: replay the campaign; Space: play or pause the replay""";

    private List<MenuItem> editMenuExtras() {
        return WindowParts.editMenuItems(this);
    }

    private List<MenuItem> viewMenuExtras() {
        return WindowParts.viewMenuItems(this);
    }

    private Node leftSide() {
        return WindowParts.leftSide(this);
    }

    private Node rightSide() {
        return WindowParts.rightSide(this);
    }

    static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (key != null) {
            m.setAccelerator(key);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private Node statusBar() {
        progress.setPrefWidth(160);
        cancel.setId("cancel-run");
        progress.setId("run-progress");
        runStatus.setId("run-status");
        position.setId("cursor-position");
        mgrs.setId("cursor-mgrs");
        hint.setId("tool-hint");
        position.setMinWidth(170);
        mgrs.setMinWidth(200);
        scale.setMinWidth(Region.USE_PREF_SIZE);
        hint.setMinWidth(80);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        tileStatus.setId("tile-status");
        saved.setMinWidth(Region.USE_PREF_SIZE);
        // long messages shrink with an ellipsis (the whole text is in the tooltip) rather than
        // push the side panels out of the window
        for (Label l : List.of(notice, tileStatus, runStatus)) {
            l.setMinWidth(40);
            l.setMaxWidth(560);
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
            tip.textProperty().bind(l.textProperty());
            l.setTooltip(tip);
            HBox.setHgrow(l, Priority.SOMETIMES);
        }
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        notice.setId("notice");
        HBox bar = new HBox(14, position, mgrs, scale, hint, notice, tileStatus, runStatus, progress, cancel, saved);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.setStyle("-fx-background-color: #ececec; -fx-border-color: #cfcfcf; -fx-border-width: 1 0 0 0;");
        return bar;
    }

    Dialogs dialogs() {
        return dialogs;
    }

    // ---------------------------------------------------------------- files

    /** Asks about unsaved changes; true when the caller may go on (saved or discarded). */
    boolean confirmDiscard(String action) {
        if (!editor.isDirty()) {
            return true;
        }
        return switch (dialogs.askUnsaved(editor.plan().name(), action)) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    public void newPlan() {
        tools.cancel();
        if (confirmDiscard("start a new plan")) {
            editor.replace(PlanDocuments.empty(), Optional.empty(), false);
            diskCopy = Optional.empty();
            autosave.discard();
        }
    }

    /** Opens a plan; a plan with errors is listed in a dialog and nothing changes. */
    public boolean open(Path file) {
        tools.cancel();
        if (!confirmDiscard("open another plan")) {
            return false;
        }
        PlanDocuments.ReadFile read = PlanDocuments.readKeepingBytes(file);
        Loaded<Plan> loaded = read.loaded();
        Optional<DiskCopy> copy = read.bytes().map(b -> DiskCopy.written(file, b));
        if (loaded.value().isEmpty()) {
            dialogs.showProblems(file, loaded.problems());
            return false;
        }
        editor.replace(loaded.value().get(), Optional.of(file), false);
        diskCopy = copy;
        autosave.discard();
        recent.add(file);
        refreshRecent();
        map.zoomToPlan();
        ensureRun();
        if (!loaded.warnings().isEmpty()) {
            dialogs.showProblems(file, loaded.warnings());
        }
        return true;
    }

    /** Saves to the plan's file (or asks where); true when saved. */
    public boolean save() {
        Optional<Path> f = editor.file();
        return f.isPresent() ? saveTo(f.get()) : saveAs();
    }

    public boolean saveAs() {
        String suggested = editor.file().map(p -> p.getFileName().toString())
                .orElse(fileNameFor(editor.plan().name()) + ".leafdrop.json");
        Optional<Path> target = dialogs.chooseSave(Dialogs.FileKind.PLAN, editor.file(), suggested);
        return target.isPresent() && saveTo(target.get());
    }

    /** A file name from a plan name: letters (any script), digits and . _ - kept; "plan" when none. */
    static String fileNameFor(String planName) {
        String n = planName.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return n.isEmpty() ? "plan" : n;
    }

    /**
     * Writes the plan atomically; on failure the file on disk is untouched and the user told why.
     * When another window or program changed the plan's own file since this window read or wrote
     * it, the user is asked first: overwrite, save elsewhere, or cancel.
     */
    public boolean saveTo(Path target) {
        Plan plan = editor.plan();
        if (diskCopy.filter(c -> c.isOf(target) && c.changedOnDisk()).isPresent()) {
            switch (dialogs.askChangedOnDisk(target)) {
                case OVERWRITE -> { }
                case SAVE_AS -> {
                    return saveAs();
                }
                default -> {
                    return false;
                }
            }
        }
        byte[] bytes = new PlanWriter().toJson(plan).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            Path real = target;
            for (int hops = 0; Files.isSymbolicLink(real) && hops < 40; hops++) {
                // a link stays a link: the file it points at is written, even when it does not exist yet
                Path link = Files.readSymbolicLink(real);
                real = real.toAbsolutePath().getParent().resolve(link);
            }
            AtomicFiles.write(real, out -> out.write(bytes));
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Could not save", target + ": " + describe(e) + "\nThe file on disk was not changed.");
            return false;
        }
        editor.markSaved(plan, target);
        diskCopy = Optional.of(DiskCopy.written(target, bytes));
        autosave.discard();
        recent.add(target);
        refreshRecent();
        return true;
    }

    /**
     * Replaces the plan's weather with a file's (one undoable step): a plan, a weather block or
     * any wind file the {@code weather} command reads; for several stations the user chooses one.
     * Doubts about the new winds (a far station, stale times) are shown in the status bar.
     */
    public boolean importWeather(Path file) {
        Loaded<Weather> loaded = PlanDocuments.readWeather(file, editor.plan(), stations -> dialogs.askChoice(
                "Choose a station", file.getFileName() + " holds winds of several stations. Which one?", stations,
                false));
        if (loaded.value().isEmpty()) {
            if (!loaded.problems().isEmpty()) {
                dialogs.showProblems(file, loaded.problems());
            }
            return false;
        }
        Weather w = loaded.value().get();
        tools.cancel();
        editor.apply(new EditCommand("Import weather from " + file.getFileName(), p -> p.withWeather(w)));
        List<String> doubts = org.leafdrop.weather.WeatherChecks.warnings(editor.plan());
        simulationStatusNote(doubts.isEmpty() ? "Weather imported from " + file.getFileName()
                : "Weather imported; " + doubts.get(0) + (doubts.size() > 1 ? " (and " + (doubts.size() - 1)
                + " more in Results)" : ""));
        return true;
    }

    /**
     * Fetches an Open-Meteo forecast for the plan (optional; never needed): at the first target's
     * centre (else the map's), for the days of the sorties' release times (else today), from the
     * base URL in the preferences. The file is kept under the home folder and imported like any
     * wind file. Runs in the background; offline, the window says so and nothing changes.
     */
    public void fetchForecast() {
        Optional<String> base = dialogs.askChoice("Fetch an Open-Meteo forecast",
                "Base URL of the forecast service (the forecast is saved and then imported like any wind file):",
                List.of(preferences.get(Preferences.FORECAST_URL).orElse(OpenMeteoClient.FORECAST_URL.toString()),
                        OpenMeteoClient.FORECAST_URL.toString(), OpenMeteoClient.ENSEMBLE_URL.toString()).stream()
                        .distinct().toList(), true);
        if (base.isEmpty()) {
            return;
        }
        java.net.URI url;
        try {
            url = java.net.URI.create(base.get().strip());
            if (url.getScheme() == null || !url.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("not an http or https address");
            }
        } catch (IllegalArgumentException e) {
            dialogs.showError("Cannot fetch the forecast", base.get() + ": " + describe(e));
            return;
        }
        try {
            preferences.set(Preferences.FORECAST_URL, Optional.of(url.toString()));
        } catch (IOException e) {
            simulationStatusNote("Could not save the preferences: " + describe(e));
        }
        Plan plan = editor.plan();
        double[] at = plan.targets().isEmpty()
                ? map.view().toLonLat(map.view().widthPx() / 2.0, map.view().heightPx() / 2.0)
                : new double[] {org.leafdrop.sim.Scenario.frameFor(plan).originLonDeg(),
                    org.leafdrop.sim.Scenario.frameFor(plan).originLatDeg()};
        List<java.time.Instant> releases = plan.sorties().stream().flatMap(s -> s.releaseTimeUtc().stream()).sorted()
                .toList();
        java.time.Instant from = releases.isEmpty() ? java.time.Instant.now() : releases.get(0);
        java.time.Instant to = releases.isEmpty() ? from.plus(java.time.Duration.ofHours(24))
                : releases.get(releases.size() - 1).plus(java.time.Duration.ofHours(6));
        Path target = home.root().resolve("forecasts").resolve(String.format(Locale.ROOT,
                "open-meteo-%.3f-%.3f-%s.json", at[1], at[0], from.toString().substring(0, 10)));
        OpenMeteoClient.Options options = forecastOptions.withBaseUrl(url);
        simulationStatusNote("Fetching the forecast from " + url.getHost() + "\u2026");
        runner.run("Fetching the forecast", monitor -> {
            Files.createDirectories(target.getParent());
            // the HTTP client starts threads of its own: made here, off the FX thread
            new OpenMeteoClient(options).fetchTo(new OpenMeteoClient.Request(at[1], at[0], from, to), target);
            return target;
        }, file -> {
            simulationStatusNote("");
            importWeather(file);
        }, error -> {
            simulationStatusNote("Forecast not fetched: " + describe(error) + "; the plan is unchanged");
            dialogs.showError("Cannot fetch the forecast", describe(error) + "\nNothing was changed; Leafdrop works "
                    + "offline with saved wind files (File > Import Weather).");
        });
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        List<Path> files = recent.list();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent plans");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
        for (Path p : files) {
            recentMenu.getItems().add(item(p.getFileName() + "  \u2014  " + p.getParent(), null, () -> open(p)));
        }
    }

    private void setupDragAndDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            var files = e.getDragboard().getFiles();
            boolean done = false;
            if (files != null && files.size() == 1) {
                Path p = files.get(0).toPath();
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                done = name.endsWith(".mbtiles") ? openMbtiles(p)
                        : isPlan(p) ? open(p) : importWeather(p);
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** A plan names its format near the top; only the first 64 KiB are read to tell. */
    private static boolean isPlan(Path p) {
        try (java.io.InputStream in = Files.newInputStream(p)) {
            String head = new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("\"leafdrop-plan\"");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Writes unsaved work to the autosave file (called every minute). */
    public void autosaveNow() {
        if (!editor.isDirty()) {
            return;
        }
        try {
            autosave.save(editor.plan(), editor.file());
        } catch (IOException | RuntimeException e) {
            simulationStatusNote("Autosave failed: " + describe(e));
        }
    }

    Autosave autosave() {
        return autosave;
    }

    void setForecastOptions(OpenMeteoClient.Options options) {
        forecastOptions = options;
    }

    /**
     * Offers autosaves of crashed sessions back, one at a time, after asking about unsaved
     * changes here. An autosave that cannot be read is explained and set aside (kept, not offered
     * again).
     */
    public void offerRecovery() {
        for (Autosave.Recoverable r : Autosave.recoverable(home.autosaveDir())) {
            if (!dialogs.askRecover(r)) {
                Autosave.delete(r);
                continue;
            }
            Loaded<Plan> loaded = PlanDocuments.read(r.planFile());
            if (loaded.value().isEmpty()) {
                dialogs.showProblems(r.planFile(), loaded.problems());
                try {
                    Path aside = Autosave.setAside(r);
                    simulationStatusNote("The autosave could not be read; it is kept as " + aside);
                } catch (IOException e) {
                    Autosave.delete(r);
                }
                continue;
            }
            tools.cancel();
            if (!confirmDiscard("recover the autosaved work")) {
                return;
            }
            editor.replace(loaded.value().get(), r.originalFile(), true);
            // what the crashed window read is unknown: the file as it is now is what a save replaces
            diskCopy = r.originalFile().flatMap(DiskCopy::of);
            map.zoomToPlan();
            Autosave.delete(r);
            autosaveNow();
            ensureRun();
            return;
        }
    }

    /** A one-line note in the status bar (export written, autosave failed). */
    private void simulationStatusNote(String text) {
        notice.setText(text);
    }

    // ---------------------------------------------------------------- base maps

    public javafx.beans.property.ObjectProperty<Optional<TileSource>> tileSourceProperty() {
        return tileSource;
    }

    /** Opens an MBTiles raster file as the tile layer; a bad file is explained, nothing changes. */
    public boolean openMbtiles(Path file) {
        try {
            MbtilesReader reader = MbtilesReader.open(file);
            tileSource.set(Optional.of(reader));
            layers.visibleProperty(MapLayer.TILES).set(true);
            reader.metadata().bounds().ifPresent(b -> {
                double[] centre = map.view().toLonLat(map.view().widthPx() / 2.0, map.view().heightPx() / 2.0);
                if (centre[0] < b.westDeg() || centre[0] > b.eastDeg() || centre[1] < b.southDeg()
                        || centre[1] > b.northDeg()) {
                    simulationStatusNote("The tiles of " + file.getFileName() + " cover another area than the map shows.");
                }
            });
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot open the base map", describe(e));
            return false;
        }
    }

    /** Asks for the online tile source (preferences) and uses it; an empty template turns it off. */
    public void configureOnlineTiles() {
        dialogs.askOnlineTiles(preferences.get(Preferences.TILES_URL).orElse(""),
                preferences.get(Preferences.TILES_CONTACT).orElse("")).ifPresent(a -> useOnlineTiles(a[0], a[1], true));
    }

    /**
     * Uses an online XYZ source ({@code template} empty: none), remembered in the preferences
     * when {@code remember}. Invalid settings are explained and change nothing.
     */
    public boolean useOnlineTiles(String template, String contact, boolean remember) {
        if (template.isBlank()) {
            if (tileSource.get().filter(OnlineTileSource.class::isInstance).isPresent()) {
                tileSource.set(Optional.empty());
            }
            rememberTiles(Optional.empty(), Optional.empty(), remember);
            return true;
        }
        OnlineTileSource src;
        try {
            OnlineTileSettings settings = OnlineTileSettings.of(template, contact, home.tileCacheDir());
            if (settings.host().equals("tile.openstreetmap.org")) {
                // OpenStreetMap's tile policy requires its credit on the map
                settings = OnlineTileSettings.openStreetMap(contact, home.tileCacheDir());
            } else {
                settings = new OnlineTileSettings(settings.name(), settings.urlTemplate(), "Tiles: " + settings.host(),
                        settings.minZoom(), settings.maxZoom(), settings.contact(), settings.cacheRoot());
            }
            src = OnlineTileSource.open(settings);
        } catch (RuntimeException e) {
            dialogs.showError("Cannot use these online tiles", describe(e));
            return false;
        }
        src.addStatusListener(st -> Platform.runLater(() -> tileStatus.setText(switch (st.state()) {
            case OK -> "";
            case OFFLINE -> "Tiles offline: " + st.message();
            case ERROR -> "Online tiles: " + st.message();
        })));
        tileSource.set(Optional.of(src));
        rememberTiles(Optional.of(template), Optional.of(contact), remember);
        return true;
    }

    private void rememberTiles(Optional<String> template, Optional<String> contact, boolean remember) {
        if (!remember) {
            return;
        }
        try {
            preferences.set(Preferences.TILES_URL, template);
            preferences.set(Preferences.TILES_CONTACT, contact);
        } catch (IOException e) {
            simulationStatusNote("Could not save the preferences: " + describe(e));
        }
    }

    /** Ends background work and removes the autosave (a clean close). */
    public void shutdown() {
        replay.stop();
        tileSource.get().ifPresent(TileSource::close);
        autosaveTimer.stop();
        simulation.cancel();
        autosave.discard();
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the folder does not exist";
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    // ---------------------------------------------------------------- exports

    /** The formats the window exports (those of the command line's export, and the map on screen). */
    public enum ExportKind {
        GEOJSON(Dialogs.FileKind.GEOJSON, ".geojson"), KML(Dialogs.FileKind.KML, ".kml"),
        CSV(Dialogs.FileKind.CSV, ".csv"), GRID(Dialogs.FileKind.GRID, ".asc"), PNG(Dialogs.FileKind.PNG, ".png"),
        PDF(Dialogs.FileKind.PDF, ".pdf");

        final Dialogs.FileKind kind;
        final String extension;

        ExportKind(Dialogs.FileKind kind, String extension) {
            this.kind = kind;
            this.extension = extension;
        }
    }

    /**
     * Writes the replay as an animated GIF or PNG frames in the background: the replay on screen,
     * or one made for the plan as it is now.
     */
    public void exportReplay(Path target, boolean gif) {
        Plan plan = editor.plan();
        Optional<String> why = org.leafdrop.planning.CampaignReplay.whyNotReplayable(plan);
        if (why.isPresent()) {
            dialogs.showError("Cannot replay this plan", ReplayController.capitalised(why.get()) + ".");
            return;
        }
        Optional<org.leafdrop.planning.CampaignReplay> shown = replay.replay().filter(r -> r.plan().equals(plan));
        String what = gif ? "the replay animation" : "the replay frames";
        simulationStatusNote("Exporting " + what + "\u2026");
        runner.run("Exporting the replay", monitor -> {
            org.leafdrop.planning.CampaignReplay r = shown.orElseGet(() -> org.leafdrop.planning.CampaignReplay.ofPlan(
                    plan, replay.threads(), monitor));
            if (gif) {
                org.leafdrop.report.ReplayAnimation.writeGif(r, target, replayExportFrames,
                        org.leafdrop.report.ReplayAnimation.DEFAULT_GIF_WIDTH_PX,
                        org.leafdrop.report.ReplayAnimation.DEFAULT_GIF_HEIGHT_PX, monitor);
            } else {
                org.leafdrop.report.ReplayAnimation.writePngFrames(r, target, replayExportFrames,
                        org.leafdrop.report.ReplayAnimation.DEFAULT_PNG_WIDTH_PX,
                        org.leafdrop.report.ReplayAnimation.DEFAULT_PNG_HEIGHT_PX, monitor);
            }
            return target;
        }, done -> simulationStatusNote("Exported " + what + " to " + done), error -> {
            simulationStatusNote("");
            dialogs.showError("Could not export", target + ": " + describe(error));
        });
    }

    private void exportAs(ExportKind kind) {
        String base = editor.file().map(p -> p.getFileName().toString().replaceAll("(\\.leafdrop)?\\.json$", ""))
                .orElse("leafdrop-plan");
        dialogs.chooseSave(kind.kind, editor.file(), base + kind.extension).ifPresent(p -> export(kind, p));
    }

    /**
     * Exports in the background: with the current run, or after running the plan as it is now.
     * The PNG is the map as shown (visible layers, current view).
     */
    public void export(ExportKind kind, Path target) {
        if (kind == ExportKind.PNG) {
            // drawn here (the map's state belongs to the FX thread), encoded and written in the background
            BufferedImage img = map.snapshotImage();
            runner.run("Exporting the map", monitor -> {
                AtomicFiles.write(target, out -> ImageIO.write(img, "png", out));
                return target;
            }, done -> simulationStatusNote("Exported the map to " + done),
                    error -> dialogs.showError("Could not export", target + ": " + describe(error)));
            return;
        }
        Plan plan = editor.plan();
        if (plan.sorties().isEmpty()) {
            dialogs.showError("Nothing to export", "The plan has no sorties: draw a release track first.");
            return;
        }
        Optional<SimulationController.Run> current = simulation.lastRun().filter(r -> r.plan().equals(plan));
        String what = kind.name().toLowerCase(Locale.ROOT);
        simulationStatusNote("Exporting " + what + "\u2026");
        runner.run("Exporting", monitor -> {
            SimulationController.Run run = current.orElseGet(() -> SimulationController.Run.compute(plan,
                    Runtime.getRuntime().availableProcessors(), monitor));
            writeExport(kind, run, target);
            return target;
        }, done -> simulationStatusNote("Exported " + what + " to " + done),
                error -> {
                    simulationStatusNote("");
                    dialogs.showError("Could not export", target + ": " + describe(error));
                }, new TaskRunner.Listener() {
                    @Override
                    public void progress(String task, double fraction) {
                        if (fraction >= 0) {
                            simulationStatusNote(String.format(Locale.ROOT, "Exporting %s: simulating, %.0f %%", what,
                                    100 * fraction));
                        }
                    }
                });
    }

    static void writeExport(ExportKind kind, SimulationController.Run run, Path target) throws IOException {
        var s = run.simulated();
        switch (kind) {
            case GEOJSON, KML -> {
                var features = MapFeatures.of(run.plan(), s.result(), s.run().frame(), Optional.of(run.density()));
                AtomicFiles.writeString(target, kind == ExportKind.GEOJSON
                        ? GeoJsonExport.toJson(run.plan().name(), features)
                        : KmlExport.toKml(run.plan().name(), features));
            }
            case CSV -> AtomicFiles.writeString(target, LandingsCsv.toCsv(s.run()));
            case GRID -> AsciiGridExport.write(AsciiGridExport.of(run.density(), s.run().frame()), target);
            case PDF -> BriefingPdf.write(new BriefingPdf.Input(s.scenario(), s.result(), Optional.of(run.density())),
                    new BriefingPdf.Options(BriefingPdf.Paper.A4, BriefingPdf.DEFAULT_MARKING, java.time.Instant.now()),
                    target);
            case PNG -> throw new IllegalArgumentException("the PNG is drawn from the screen");
        }
    }

    /** Selects an element on the map and in the panels. */
    public void select(Optional<PlanElement> e) {
        editor.select(e);
    }

    LandingPreview.SortiePreview previewOf(String sortieId) {
        return simulation.previewProperty().get().stream().filter(p -> p.sortieId().equals(sortieId)).findFirst()
                .orElseThrow();
    }
}
