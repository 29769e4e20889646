package org.leafdrop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.model.Plan;
import org.leafdrop.ui.edit.EditCommand;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A long full run in the background: progress, cancel, and a newer edit replacing it. */
@ExtendWith(ApplicationExtension.class)
class LongRunTest {
    @TempDir
    static Path home;

    PlannerWindow window;
    FxTaskRunner runner;

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(1);  // one worker: a run that ignored cancel would block the next
        Plan p = PlanDocuments.sample();
        // millions of particles: many seconds of work, so there is time to cancel
        Plan heavy = p.withSimulation(p.simulation().withParticlesPerSortie(3_000_000));
        window = new PlannerWindow(stage, new PlannerWindow.Services(new AppHome(home), runner, 1,
                ScriptedDialogs::new), heavy, Optional.empty());
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(window::shutdown);
        runner.shutdown();
    }

    @Test
    void theCancelButtonStopsARunningSimulationAndKeepsTheWindowResponsive(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.simulation().runningProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.simulation().progressProperty().get() > 0);
        robot.clickOn("#cancel-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.simulation().runningProperty().get()).isFalse();
        Label status = robot.lookup("#run-status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("Simulation cancelled.");
        assertThat(window.simulation().lastRun()).isEmpty();
        // the engine really stopped: the workers are free at once for a small run
        robot.interact(() -> window.editor().apply(new EditCommand("Fewer particles", p -> p.withSimulation(
                p.simulation().withParticlesPerSortie(300)))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.simulation().lastRun().isPresent());
    }

    @Test
    void aNewerEditCancelsTheRunningSimulationAndStartsAnother(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.simulation().runningProperty().get());
        robot.interact(() -> window.editor().apply(new EditCommand("Fewer particles", p -> p.withSimulation(
                p.simulation().withParticlesPerSortie(500)))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.simulation().lastRun().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // only the newer plan's run lands: the heavy one was cancelled
        assertThat(window.simulation().lastRun().get().plan().simulation().particlesPerSortie()).isEqualTo(500);
        assertThat(window.simulation().isCurrent()).isTrue();
        assertThat(window.simulation().runningProperty().get()).isFalse();
    }
}
