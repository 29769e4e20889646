package org.leafdrop.ui;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;

/**
 * Starts JavaFX and opens one planner window, on a plan or on the bundled Mosul sample, and
 * returns when the window closes. The jar's launcher calls it for {@code leafdrop} and
 * {@code leafdrop gui [PLAN]}; it is not a JavaFX Application subclass, so {@code java -jar}
 * works with JavaFX on the class path.
 */
public final class PlannerApp {
    private PlannerApp() {
    }

    /** Opens the window and waits for it to close; returns the exit code. */
    public static int open(Optional<Path> plan, boolean replay, PrintWriter err) {
        if (!hasDisplay()) {
            err.println("leafdrop: cannot open the map window: no display (DISPLAY is not set). "
                    + "Run it in a desktop session, or use the commands: leafdrop --help");
            return 2;
        }
        trace("open");
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> {
                trace("fx started");
                try {
                    PlannerWindow w = show(new Stage(), plan, closed::countDown);
                    if (replay && plan.isPresent() && w.editor().file().isPresent()) {
                        // leafdrop replay PLAN: straight into replay mode
                        Platform.runLater(w::startReplay);
                    }
                } catch (RuntimeException | Error e) {
                    failure.set(e);
                    closed.countDown();
                }
            });
        } catch (RuntimeException | Error e) {
            err.println("leafdrop: cannot open the map window: " + PlannerWindow.describe(e));
            return 1;
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        if (failure.get() != null) {
            err.println("leafdrop: the map window failed to open: " + PlannerWindow.describe(failure.get()));
            return 1;
        }
        return 0;
    }

    /**
     * Builds and shows a window on a stage (FX thread): on {@code plan} if it reads, else on the
     * bundled sample with the plan's problems listed; then offers autosaves of crashed sessions.
     */
    public static PlannerWindow show(Stage stage, Optional<Path> plan, Runnable onClosed) {
        // two workers: an export never waits behind a simulation (the simulations themselves are
        // one at a time: a newer one cancels the older)
        FxTaskRunner runner = new FxTaskRunner(2);
        PlannerWindow.Services services = new PlannerWindow.Services(AppHome.fromEnvironment(), runner,
                Math.max(1, Runtime.getRuntime().availableProcessors()), FxDialogs::new);
        Plan initial = PlanDocuments.sample();
        trace("sample read");
        Optional<Path> file = Optional.empty();
        Loaded<Plan> loaded = null;
        Optional<byte[]> bytes = Optional.empty();
        if (plan.isPresent()) {
            PlanDocuments.ReadFile read = PlanDocuments.readKeepingBytes(plan.get());
            loaded = read.loaded();
            if (loaded.value().isPresent()) {
                initial = loaded.value().get();
                file = plan;
                bytes = read.bytes();
            }
        }
        PlannerWindow w = new PlannerWindow(stage, services, initial, file, bytes);
        trace("window built");
        stage.setOnHidden(e -> {
            runner.shutdown();
            onClosed.run();
        });
        stage.show();
        trace("shown");
        w.map().zoomToPlan();
        if (loaded != null && !loaded.problems().isEmpty()) {
            w.dialogs().showProblems(plan.get(), loaded.problems());
        }
        Platform.runLater(w::offerRecovery);
        return w;
    }

    static void trace(String what) {
        if (System.getenv("LEAFDROP_TRACE") != null) {
            System.err.printf("%6d ms %s%n", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(), what);
        }
    }

    private static boolean hasDisplay() {
        if ("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
