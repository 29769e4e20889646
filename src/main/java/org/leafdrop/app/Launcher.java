package org.leafdrop.app;

import org.leafdrop.cli.LeafdropCli;
import org.leafdrop.ui.PlannerApp;

/** The jar's entry point: runs the command line and exits with its code. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (!opensWindow(args)) {
            // the commands' warm-up; the window has its own start-up to do on two cores
            StartupWarmer.start();
        }
        int code = LeafdropCli.run(args, System.out, System.err, PlannerApp::open);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /** True for the invocations that open the planner window: no arguments, or {@code gui}. */
    static boolean opensWindow(String[] args) {
        return args.length == 0 || args[0].equals("gui") && !java.util.Arrays.asList(args).contains("--help")
                && !java.util.Arrays.asList(args).contains("-h");
    }
}
