package org.leafdrop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.io.FaultyServer;
import org.leafdrop.io.weather.OpenMeteoClient;
import org.leafdrop.model.Plan;
import org.leafdrop.ui.edit.EditCommand;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window when the network misbehaves: a forecast server that never answers, a tile server
 * that is gone. Background work runs on real threads here, so the FX thread is seen not to wait.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFaultsTest {
    @TempDir
    static Path home;

    PlannerWindow window;
    ScriptedDialogs dialogs;
    FxTaskRunner runner;

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(2);
        window = new PlannerWindow(stage, new PlannerWindow.Services(new AppHome(home), runner, 1,
                s -> dialogs = new ScriptedDialogs(s)), tinySample(), Optional.empty());
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(window::shutdown);
        runner.shutdown();
    }

    /** The sample with very few particles: every edit starts a run on the worker threads, and none matters here. */
    private static Plan tinySample() {
        Plan p = PlanDocuments.sample();
        return p.withSimulation(p.simulation().withParticlesPerSortie(50));
    }

    private void rename(FxRobot robot, String name) {
        robot.interact(() -> window.editor().apply(new EditCommand("Rename", p -> AutosaveChild.named(p, name))));
    }

    @Test
    void aForecastServerThatNeverAnswersDoesNotHoldTheWindowAndTheStatusSaysWhy(FxRobot robot) throws Exception {
        try (FaultyServer.Silent silent = new FaultyServer.Silent()) {
            URI url = silent.uri("/v1/forecast");
            Plan before = window.editor().plan();
            robot.interact(() -> window.setForecastOptions(new OpenMeteoClient.Options(url, Duration.ofSeconds(1),
                    Duration.ofSeconds(1), 1, Duration.ofMillis(50))));
            dialogs.choices.add(url.toString());
            Label notice = robot.lookup("#notice").queryAs(Label.class);
            long[] tookNanos = new long[1];
            String[] shownAtOnce = new String[1];

            robot.interact(() -> {
                long start = System.nanoTime();
                window.fetchForecast();
                tookNanos[0] = System.nanoTime() - start;
                shownAtOnce[0] = notice.getText();
            });

            // waiting for the server would take two tries of 1 s; the rest (preferences, the plan's
            // centre) takes some milliseconds, a few hundred on two busy cores
            assertThat(TimeUnit.NANOSECONDS.toMillis(tookNanos[0])).as("fetchForecast on the FX thread, ms")
                    .isLessThan(1_500L);
            assertThat(shownAtOnce[0]).isEqualTo("Fetching the forecast from 127.0.0.1\u2026");
            // the window answers while the fetch waits
            rename(robot, "Edited during the fetch");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(dialogs.errors).singleElement().asString().startsWith("Cannot fetch the forecast: cannot "
                    + "reach 127.0.0.1: no answer within 1 s (tried 2 times)");
            assertThat(notice.getText()).isEqualTo("Forecast not fetched: cannot reach 127.0.0.1: no answer within "
                    + "1 s (tried 2 times); the plan is unchanged");
            assertThat(window.editor().plan().weather()).isEqualTo(before.weather());
        }
    }

    @Test
    void tilesFromAServerThatIsGoneSayOfflineInTheStatusBar(FxRobot robot) throws Exception {
        String template = "http://127.0.0.1:" + FaultyServer.closedPort() + "/tiles/{z}/{x}/{y}.png";
        robot.interact(() -> assertThat(window.useOnlineTiles(template, "", false)).isTrue());
        Label status = robot.lookup("#tile-status").queryAs(Label.class);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !status.getText().isEmpty());

        assertThat(status.getText()).isEqualTo("Tiles offline: cannot reach 127.0.0.1 (connection refused or no "
                + "network); showing cached tiles only");
    }
}
