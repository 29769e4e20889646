package org.leafdrop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.io.ChildJvm;

/**
 * A planner process killed with SIGKILL after an autosave: while it lived its work was not
 * offered to anyone else; once it is dead the next start offers exactly that work back, with its
 * name and its own file.
 */
class AutosaveCrashTest {
    @Test
    void theWorkOfAKilledProcessIsOfferedBackAtTheNextStart(@TempDir Path home) throws Exception {
        Path dir = home.resolve("autosave");
        Path original = home.resolve("central.leafdrop.json");
        String name = "Unsaved work before the crash";
        Path autosaved;
        try (ChildJvm child = ChildJvm.start(AutosaveChild.class, dir.toString(), name, original.toString())) {
            autosaved = Path.of(child.await("saved ", 30).substring("saved ".length()));
            assertThat(Autosave.recoverable(dir)).as("a live window's autosave is its own").isEmpty();
            child.kill();
        }

        List<Autosave.Recoverable> offered = Autosave.recoverable(dir);

        assertThat(offered).singleElement().satisfies(r -> {
            assertThat(r.planFile()).isEqualTo(autosaved);
            assertThat(r.planName()).isEqualTo(name);
            assertThat(r.originalFile()).contains(original);
        });
        assertThat(PlanDocuments.read(autosaved).value())
                .contains(AutosaveChild.named(PlanDocuments.sample(), name));
        // a window starting now has its own session and does not take the dead one's for its own
        Autosave next = new Autosave(dir);
        next.save(PlanDocuments.empty(), Optional.empty());
        assertThat(Autosave.recoverable(dir)).extracting(Autosave.Recoverable::planName).containsExactly(name);
        next.discard();
    }
}
