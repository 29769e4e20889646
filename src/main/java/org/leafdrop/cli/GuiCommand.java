package org.leafdrop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code leafdrop gui [PLAN]}: the planner window, on a plan or on the bundled Mosul sample. */
@Command(name = "gui", description = "Open the planner window (on PLAN, or on the bundled Mosul sample).")
final class GuiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    LeafdropCli parent;

    @Parameters(arity = "0..1", paramLabel = "PLAN", description = "The plan to open.")
    Path plan;

    @Override
    public Integer call() {
        if (plan != null && !Files.isRegularFile(plan)) {
            spec.commandLine().getErr().println("leafdrop: " + plan + ": "
                    + (Files.exists(plan) ? "is not a file" : "no such file"));
            return ExitCodes.INVALID_INPUT;
        }
        return parent.windowOpener.open(Optional.ofNullable(plan), false, spec.commandLine().getErr());
    }
}
