package org.leafdrop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What every command over one plan file shares: the plan argument ({@code --debug} is inherited). */
abstract class PlanCommand {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (*.leafdrop.json).")
    Path plan;
}
