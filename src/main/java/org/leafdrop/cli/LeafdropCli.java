package org.leafdrop.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.leafdrop.io.ProgramVersion;

/**
 * The {@code leafdrop} command and its subcommands. {@link #run} never throws and never exits:
 * it returns the exit code, so tests call it in process.
 */
@Command(name = "leafdrop", mixinStandardHelpOptions = true, versionProvider = LeafdropCli.Version.class,
        description = {"Plans aerial leaflet drops: where the leaflets land, how much of the target they cover.", ""},
        subcommands = {ValidateCommand.class, SimulateCommand.class, SolveCommand.class, ExportCommand.class,
            WeatherCommand.class, ReplayCommand.class, CalibrateCommand.class,
            GuiCommand.class},
        footer = {"", "Exit codes: 0 success, 2 invalid input (bad plan, bad file, bad option), 1 unexpected failure.",
            "Problems are printed as FILE:LINE:COLUMN: error|warning: JSONPATH: message.",
            "Add --debug to any command to see stack traces of unexpected failures."})
public final class LeafdropCli implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of unexpected failures.")
    boolean debug;

    /** Opens the window for no arguments and {@code gui}. */
    WindowOpener windowOpener = WindowOpener.UNAVAILABLE;

    /** Runs the command line with the given streams and no window; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, WindowOpener.UNAVAILABLE);
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, WindowOpener opener) {
        PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        LeafdropCli root = new LeafdropCli();
        root.windowOpener = opener;
        CommandLine cl = new CommandLine(root);
        cl.setOut(o);
        cl.setErr(e);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UserInputException) {
                e.println("leafdrop: " + ex.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
            e.println("leafdrop: unexpected failure: " + describe(ex));
            if (debug) {
                ex.printStackTrace(e);
            } else {
                e.println("Run again with --debug for the details, and please report it.");
            }
            return ExitCodes.UNEXPECTED;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            e.println("leafdrop: " + ex.getMessage());
            e.println("See 'leafdrop " + (ex.getCommandLine().getParent() == null ? "" : ex.getCommandLine().getCommandName() + " ")
                    + "--help'.");
            return ExitCodes.INVALID_INPUT;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError oom) {
            e.println("leafdrop: out of memory: lower --particles, or give Java more memory "
                    + "(e.g. LEAFDROP_JAVA_OPTS=-Xmx8g)");
            if (debug) {
                oom.printStackTrace(e);
            }
            code = ExitCodes.UNEXPECTED;
        }
        o.flush();
        e.flush();
        return code;
    }

    private static String describe(Throwable ex) {
        String m = ex.getMessage();
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** With no subcommand: the planner window on the bundled Mosul sample (PLAN-FORMAT.md). */
    @Override
    public Integer call() {
        return windowOpener.open(java.util.Optional.empty(), false, spec.commandLine().getErr());
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Leafdrop " + ProgramVersion.current()};
        }
    }
}
