package org.leafdrop.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;
import org.leafdrop.sim.Scenario;
import picocli.CommandLine.Command;

/** {@code leafdrop validate PLAN}: every problem at once; exit 2 if any is an error. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "List every problem in a plan, as FILE:LINE:COLUMN: error|warning: JSONPATH: message. Exits with 2 if there is any error; warnings alone exit with 0.")
final class ValidateCommand extends PlanCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Loaded<Plan> loaded = PlanLoading.read(plan);
        PlanLoading.print(loaded, err);
        int errors = loaded.errors().size();
        int warnings = loaded.warnings().size();
        if (errors > 0) {
            err.printf("%s: %d error%s, %d warning%s%n", plan, errors, errors == 1 ? "" : "s", warnings,
                    warnings == 1 ? "" : "s");
            return ExitCodes.INVALID_INPUT;
        }
        Plan p = loaded.value().orElseThrow();
        out.printf("%s: valid plan \"%s\" (%d sortie%s, %d target%s, %d exclusion%s), %d warning%s%n", plan, p.name(),
                p.sorties().size(), p.sorties().size() == 1 ? "" : "s", p.targets().size(),
                p.targets().size() == 1 ? "" : "s", p.exclusions().size(), p.exclusions().size() == 1 ? "" : "s",
                warnings, warnings == 1 ? "" : "s");
        printAssumptions(p, out);
        return ExitCodes.OK;
    }

    /** What simulating this plan will assume, so validate and simulate tell the same story. */
    private void printAssumptions(Plan p, PrintWriter out) {
        if (p.sorties().isEmpty()) {
            return;
        }
        try {
            List<String> assumed = Scenario.prepare(p).assumptions();
            if (!assumed.isEmpty()) {
                out.println("Simulating it will assume:");
                assumed.forEach(a -> out.println("  - " + a));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserInputException(plan + ": " + e.getMessage());
        }
    }
}
