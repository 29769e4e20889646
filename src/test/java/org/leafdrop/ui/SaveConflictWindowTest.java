package org.leafdrop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.io.PlanWriter;
import org.leafdrop.model.Plan;
import org.leafdrop.ui.edit.EditCommand;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Saving over a plan file that another window or program changed since this window read or wrote it. */
@ExtendWith(ApplicationExtension.class)
class SaveConflictWindowTest {
    @TempDir
    static Path home;

    PlannerWindow window;
    ScriptedDialogs dialogs;

    @Start
    void start(Stage stage) {
        Plan p = PlanDocuments.sample();
        window = new PlannerWindow(stage, new PlannerWindow.Services(new AppHome(home), TaskRunner.SAME_THREAD, 1,
                s -> dialogs = new ScriptedDialogs(s)), p.withSimulation(p.simulation().withParticlesPerSortie(50)),
                Optional.empty());
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(window::shutdown);
    }

    private static Plan renamed(Plan p, String name) {
        return AutosaveChild.named(p, name);
    }

    private void rename(FxRobot robot, String name) {
        robot.interact(() -> window.editor().apply(new EditCommand("Rename", p -> renamed(p, name))));
    }

    @Test
    void savingOverAFileAnotherWindowChangedAsksFirst(FxRobot robot) throws Exception {
        Path file = home.resolve("shared.leafdrop.json");
        robot.interact(() -> assertThat(window.saveTo(file)).isTrue());
        // another window saves its own version of the plan
        String theirs = new PlanWriter().toJson(renamed(window.editor().plan(), "Their version"));
        Files.writeString(file, theirs, StandardCharsets.UTF_8);
        rename(robot, "My version");

        // cancel: their file stays, my work stays unsaved
        robot.interact(() -> assertThat(window.save()).isFalse());
        assertThat(dialogs.questions).containsExactly("changed shared.leafdrop.json");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(theirs);
        assertThat(window.editor().isDirty()).isTrue();

        // save as: mine goes elsewhere, theirs stays
        Path mine = home.resolve("mine.leafdrop.json");
        dialogs.changedOnDisk.add(Dialogs.ChangedOnDiskChoice.SAVE_AS);
        dialogs.files.add(mine);
        robot.interact(() -> assertThat(window.save()).isTrue());
        assertThat(PlanDocuments.read(mine).value().map(Plan::name)).contains("My version");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(theirs);
        assertThat(window.editor().file()).contains(mine);

        // overwrite: asked once more for the shared file, then written
        robot.interact(() -> assertThat(window.open(file)).isTrue());
        rename(robot, "Mine after all");
        Files.writeString(file, theirs.replace("Their version", "Their second version"), StandardCharsets.UTF_8);
        dialogs.changedOnDisk.add(Dialogs.ChangedOnDiskChoice.OVERWRITE);
        robot.interact(() -> assertThat(window.save()).isTrue());
        assertThat(PlanDocuments.read(file).value().map(Plan::name)).contains("Mine after all");
        assertThat(dialogs.questions).filteredOn(q -> q.startsWith("changed")).hasSize(3);

        // my own saves, and a file rewritten with the same bytes, ask nothing
        rename(robot, "Mine again");
        robot.interact(() -> assertThat(window.save()).isTrue());
        Files.write(file, Files.readAllBytes(file));
        rename(robot, "Mine once more");
        robot.interact(() -> assertThat(window.save()).isTrue());
        assertThat(dialogs.questions).filteredOn(q -> q.startsWith("changed")).hasSize(3);
    }
}
