package org.leafdrop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.model.Plan;
import org.leafdrop.planning.CampaignReplay;
import org.leafdrop.render.ReplayPainter;
import org.leafdrop.ui.edit.EditCommand;
import org.leafdrop.ui.map.MapContent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Replay mode of the window, headless: start, play, step, seek, the facts panel, export, leaving. */
@ExtendWith(ApplicationExtension.class)
class ReplayWindowTest {
    @TempDir
    static Path home;

    PlannerWindow window;
    ScriptedDialogs dialogs;

    @Start
    void start(Stage stage) {
        PlannerWindow.Services services = new PlannerWindow.Services(new AppHome(home), TaskRunner.SAME_THREAD, 2,
                s -> dialogs = new ScriptedDialogs(s));
        window = new PlannerWindow(stage, services, PlannerWindowTest.lightSample(), Optional.empty());
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

    private CampaignReplay started(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.R)
                .release(javafx.scene.input.KeyCode.R, javafx.scene.input.KeyCode.SHIFT,
                        javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        return window.replay().replay().orElseThrow();
    }

    @Test
    void theReplayShowsCloudsFallingAndTheGroundFillingAsTheClockRuns(FxRobot robot) {
        CampaignReplay r = started(robot);
        Node bar = robot.lookup("#replay-bar").query();
        assertThat(bar.isVisible()).isTrue();
        TabPane tabs = robot.lookup("#side-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-replay");
        assertThat(window.replay().frameProperty().get()).isZero();

        // half-way through the first sortie's fall: clouds in the air, on the map's content
        CampaignReplay.SortieSpan first = r.timeline().get(0);
        robot.interact(() -> window.replay().seekFrame(r.activeFrameAtOrBefore(
                (first.releaseEndS() + first.firstLandingS()) / 2)));
        MapContent shown = window.map().contentProperty().get();
        assertThat(shown.replay()).isPresent();
        ReplayPainter.Moment m = shown.replay().orElseThrow();
        assertThat(m.clouds()).isNotEmpty();
        assertThat(m.aloftLeaflets()).isPositive();
        assertThat(shown.run().orElseThrow().result()).as("no final coverage painted during the replay").isEmpty();

        // playing at 2 min/s for 3 s moves the clock on 6 min (or to the next frame with something to show)
        double before = window.replay().timeProperty().get();
        long landedBefore = m.landedLeaflets();
        robot.interact(() -> {
            window.replay().speedProperty().set(120);
            window.replay().playingProperty().set(true);
            window.replay().advance(3);
            window.replay().playingProperty().set(false);
        });
        assertThat(window.replay().timeProperty().get() - before).isGreaterThanOrEqualTo(360 - 1e-6);
        assertThat(window.replay().momentProperty().get().orElseThrow().landedLeaflets())
                .isGreaterThanOrEqualTo(landedBefore);

        // play to the end: it stops there with everything landed, as the full run has it
        robot.interact(() -> {
            window.replay().playingProperty().set(true);
            for (int i = 0; i < 10_000 && window.replay().playingProperty().get(); i++) {
                window.replay().advance(1);
            }
        });
        assertThat(window.replay().playingProperty().get()).isFalse();
        assertThat(window.replay().frameProperty().get()).isEqualTo(r.activeFrameCount() - 1);
        ReplayPainter.Moment end = window.replay().momentProperty().get().orElseThrow();
        assertThat(end.aloftLeaflets()).isZero();
        assertThat(end.clouds()).isEmpty();
        assertThat(end.landedLeaflets()).isEqualTo(r.result().totals().leaflets());
        ReplayFactsPanel facts = robot.lookup("#replay-facts").queryAs(ReplayFactsPanel.class);
        // one card per target, and one for the campaign-wide report of the sample
        assertThat(facts.lines()).hasSize(window.editor().plan().targets().size() + 1);
        ReplayFactsPanel.Line oldCity = facts.lines().get(0);
        String all = String.format(java.util.Locale.ROOT, "%,d", r.result().targets().get(0).leafletsInside());
        assertThat(oldCity.landedNow()).isEqualTo(all);
        assertThat(oldCity.landedAll()).isEqualTo(all);
        assertThat(facts.lines().get(facts.lines().size() - 1).reported()).isEqualTo("100,000*");
        javafx.scene.layout.VBox cards = robot.lookup("#replay-facts-cards").queryAs(javafx.scene.layout.VBox.class);
        assertThat(cards.getChildren()).hasSize(facts.lines().size());
    }

    @Test
    void stepButtonsAndTheSliderMoveOneFrameAndPause(FxRobot robot) {
        started(robot);
        robot.clickOn("#replay-forward");
        robot.clickOn("#replay-forward");
        assertThat(window.replay().frameProperty().get()).isEqualTo(2);
        robot.clickOn("#replay-back");
        assertThat(window.replay().frameProperty().get()).isEqualTo(1);
        robot.interact(() -> robot.lookup("#replay-slider").queryAs(javafx.scene.control.Slider.class).setValue(40));
        assertThat(window.replay().frameProperty().get()).isEqualTo(40);
        assertThat(window.replay().playingProperty().get()).isFalse();
        robot.clickOn("#replay-play");
        assertThat(window.replay().playingProperty().get()).isTrue();
        robot.clickOn("#replay-play");
        assertThat(window.replay().playingProperty().get()).isFalse();
        // the space bar too, as in any player
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertThat(window.replay().playingProperty().get()).isTrue();
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertThat(window.replay().playingProperty().get()).isFalse();
    }

    @Test
    void anEditOrCloseLeavesReplayModeAndTheMapShowsThePlanAgain(FxRobot robot) {
        started(robot);
        robot.clickOn("#replay-close");
        assertThat(window.replay().isActive()).isFalse();
        assertThat(robot.lookup("#replay-bar").query().isVisible()).isFalse();
        assertThat(window.map().contentProperty().get().replay()).isEmpty();

        started(robot);
        robot.interact(() -> window.editor().apply(new EditCommand("Rename plan", p -> new Plan(p.version(), "Edited",
                p.notes(), p.groundElevationMslM(), p.targets(), p.exclusions(), p.leafletTypes(), p.weather(),
                p.sorties(), p.simulation(), p.extras()))));
        assertThat(window.replay().isActive()).isFalse();
        assertThat(robot.lookup("#notice").queryLabeled().getText()).contains("Replay closed");
    }

    @Test
    void aPlanWithoutReleaseTimesSaysWhyItCannotBeReplayed(FxRobot robot) {
        robot.interact(() -> window.editor().apply(new EditCommand("Clear release times", p -> p.withSorties(
                p.sorties().stream().map(s -> s.withReleaseTimeUtc(Optional.empty())).toList()))));
        robot.interact(() -> window.startReplay());
        assertThat(window.replay().isActive()).isFalse();
        assertThat(dialogs.errors).anySatisfy(e -> assertThat(e).startsWith("Cannot replay this plan")
                .contains("releaseTimeUtc"));
    }

    @Test
    void theReplayExportsAsALoopingGifAndAsPngFrames(FxRobot robot) throws Exception {
        started(robot);
        Path gif = home.resolve("replay.gif");
        Path frames = home.resolve("frames");
        robot.interact(() -> {
            window.setReplayExportFrames(12);
            window.exportReplay(gif, true);
            window.exportReplay(frames, false);
        });
        assertThat(dialogs.errors).isEmpty();
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(gif), 6);
        assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("GIF89a");
        assertThat(new String(Files.readAllBytes(gif), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("NETSCAPE2.0");
        try (var list = Files.list(frames)) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted().toList()).startsWith("frame-0001.png",
                    "frame-0002.png").hasSize(12);
        }
        // a second export into the same, now full, folder is refused and keeps the frames
        robot.interact(() -> window.exportReplay(frames, false));
        assertThat(dialogs.errors).anySatisfy(e -> assertThat(e).contains("not empty"));
        assertThat(frames.resolve("frame-0001.png")).isRegularFile();
    }
}
