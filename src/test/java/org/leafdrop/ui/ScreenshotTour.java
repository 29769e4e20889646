package org.leafdrop.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.leafdrop.ui.edit.MapInput;
import org.leafdrop.ui.edit.PlanElement;
import org.leafdrop.ui.edit.ToolKind;
import org.leafdrop.ui.panels.UnitSystem;

/**
 * Takes the README's screenshots of the real window: {@code docs/screenshots/make.sh} runs it
 * under Xvfb. Not a test: it drives the window through its public methods and saves snapshots
 * of the scene as PNG files.
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("leafdrop-tour");
        System.setProperty("leafdrop.home", home.toString());
        Platform.startup(() -> { });
        PlannerWindow w = onFx(() -> {
            Stage stage = new Stage();
            PlannerWindow window = new PlannerWindow(stage, new PlannerWindow.Services(new AppHome(home),
                    new FxTaskRunner(1), 2, FxDialogs::new), PlanDocuments.sample(), Optional.empty());
            stage.show();
            window.map().zoomToPlan();
            return window;
        });
        waitForRun(w);
        onFx(() -> {
            w.select(Optional.of(PlanElement.sortie("s1")));
            tabs(w).getSelectionModel().select(0);
            return null;
        });
        shot(w, out.resolve("01-sample-opened.png"));

        onFx(() -> {
            w.select(Optional.empty());
            w.tools().activate(ToolKind.DRAW_TARGET);
            var v = w.map().view();
            double[][] clicks = {{0.18, 0.2}, {0.34, 0.16}, {0.38, 0.34}};
            for (double[] c : clicks) {
                double x = c[0] * v.widthPx();
                double y = c[1] * v.heightPx();
                w.tools().handle(MapInput.press(x, y), v);
                w.tools().handle(MapInput.release(x, y), v);
                w.tools().handle(MapInput.click(x, y), v);
            }
            w.tools().handle(MapInput.move(0.22 * v.widthPx(), 0.38 * v.heightPx()), v);
            w.map().markOverlayDirty();
            return null;
        });
        shot(w, out.resolve("02-drawing-a-target.png"));

        onFx(() -> {
            w.tools().cancel();
            w.tools().activate(ToolKind.SELECT);
            w.select(Optional.of(PlanElement.target("old-city")));
            tabs(w).getSelectionModel().select(3);
            return null;
        });
        shot(w, out.resolve("03-results-and-heat-map.png"));

        onFx(() -> {
            w.select(Optional.empty());
            w.unitsProperty().set(UnitSystem.IMPERIAL);
            tabs(w).getSelectionModel().select(1);
            return null;
        });
        shot(w, out.resolve("04-winds-and-hodograph.png"));

        onFx(() -> {
            w.unitsProperty().set(UnitSystem.METRIC);
            w.importWeather(Path.of("src/test/resources/weather/uwyo/mosul-2016-10-16-12z.txt"));
            tabs(w).getSelectionModel().select(1);
            return null;
        });
        waitForRun(w);
        shot(w, out.resolve("05-imported-sounding.png"));

        onFx(() -> {
            w.undo(); // back to the sample's own winds
            w.startReplay();
            return null;
        });
        for (int i = 0; i < 600 && onFx(() -> w.replay().replay().isEmpty()); i++) {
            Thread.sleep(100);
        }
        onFx(() -> {
            var r = w.replay().replay().orElseThrow();
            // the second sortie's bomb has burst and its cloud is falling; the first pass is landing
            var second = r.timeline().get(1);
            w.replay().seekFrame(r.activeFrameAtOrBefore(second.releaseStartS() + 0.5 * (second.firstLandingS()
                    - second.releaseStartS())));
            return null;
        });
        shot(w, out.resolve("07-replay-mode.png"));
        onFx(() -> {
            w.shutdown();
            w.stage().close();
            return null;
        });
        Platform.exit();
        System.exit(0);
    }

    private static TabPane tabs(PlannerWindow w) {
        return (TabPane) w.stage().getScene().lookup("#side-tabs");
    }

    private static void waitForRun(PlannerWindow w) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (onFx(() -> w.simulation().isCurrent())) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the simulation did not finish in a minute");
    }

    private static void shot(PlannerWindow w, Path file) throws Exception {
        Thread.sleep(600); // two pulses at least: the map redraws its dirty layers on a pulse
        WritableImage img = onFx(() -> w.stage().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
        System.err.println("wrote " + file);
    }

    private static <T> T onFx(Supplier<T> action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                result[0] = action.get();
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer");
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

}
