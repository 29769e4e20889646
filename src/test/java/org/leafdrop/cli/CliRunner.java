package org.leafdrop.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in process and captures what it prints. */
final class CliRunner {
    private CliRunner() {
    }

    record Outcome(int exitCode, String out, String err) {
    }

    static Outcome run(String... args) {
        return runWith(WindowOpener.UNAVAILABLE, args);
    }

    static Outcome runWith(WindowOpener opener, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LeafdropCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), opener);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
