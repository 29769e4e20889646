package org.leafdrop.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code leafdrop gui [PLAN]}: the planner window, which a later release brings. */
@Command(name = "gui", description = "Open the planner window (not built yet: says so and exits with 2).")
final class GuiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PLAN", description = "The plan to open.")
    Path plan;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("leafdrop: " + LeafdropCli.WINDOW_NOT_BUILT);
        return ExitCodes.INVALID_INPUT;
    }
}
