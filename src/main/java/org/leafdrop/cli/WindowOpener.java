package org.leafdrop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the planner window for {@code leafdrop}, {@code leafdrop gui [PLAN]} and
 * {@code leafdrop replay PLAN}. The command line does not depend on the window (the window is a
 * layer above it); the launcher passes the real opener in.
 */
@FunctionalInterface
public interface WindowOpener {
    /**
     * Opens the window and returns when it closes.
     *
     * @param plan   the plan to open; empty for the bundled sample
     * @param replay open in replay mode
     * @return the exit code
     */
    int open(Optional<Path> plan, boolean replay, PrintWriter err);

    /** For runs without a window (tests, embedding): says so and fails with exit code 2. */
    WindowOpener UNAVAILABLE = (plan, replay, err) -> {
        err.println("leafdrop: the map window cannot be opened from here; use the commands (leafdrop --help)");
        return ExitCodes.INVALID_INPUT;
    };
}
