package org.leafdrop.app;

import org.leafdrop.cli.LeafdropCli;
import org.leafdrop.ui.PlannerApp;

/** The jar's entry point: runs the command line and exits with its code. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        StartupWarmer.start();
        int code = LeafdropCli.run(args, System.out, System.err, PlannerApp::open);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }
}
