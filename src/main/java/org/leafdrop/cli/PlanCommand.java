package org.leafdrop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What every command over one plan file shares: the plan argument and {@code --debug}. */
abstract class PlanCommand {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (*.leafdrop.json).")
    Path plan;

    @Option(names = "--debug", description = "Show stack traces of unexpected failures.")
    boolean debug;
}
