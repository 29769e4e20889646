package org.leafdrop.ui;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.leafdrop.model.Plan;

/**
 * The child process of {@link AutosaveCrashTest}: autosaves a plan named by its arguments as a
 * window would ({@link Autosave}, lock held), says so, and waits to be killed.
 *
 * <pre>&lt;autosave folder&gt; &lt;plan name&gt; &lt;original file&gt;</pre>
 */
public final class AutosaveChild {
    private AutosaveChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Autosave autosave = new Autosave(Path.of(args[0]));
        autosave.save(named(PlanDocuments.sample(), args[1]), Optional.of(Path.of(args[2])));
        out.println("saved " + autosave.planFile());
        Thread.sleep(60_000);
    }

    static Plan named(Plan p, String name) {
        return new Plan(p.version(), name, p.notes(), p.groundElevationMslM(), p.targets(), p.exclusions(),
                p.leafletTypes(), p.weather(), p.sorties(), p.simulation(), p.extras());
    }
}
