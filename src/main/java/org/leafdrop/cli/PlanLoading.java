package org.leafdrop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.leafdrop.io.PlanReader;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Problem;

/** Reads a plan for a command and prints its problems to stderr, one line each. */
final class PlanLoading {
    private PlanLoading() {
    }

    /** Reads and reports; empty when the plan has errors (they have been printed). */
    static Optional<Plan> load(Path file, PrintWriter err) {
        Loaded<Plan> loaded = read(file);
        print(loaded, err);
        return loaded.value();
    }

    static Loaded<Plan> read(Path file) {
        return new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled()).read(file);
    }

    static void print(Loaded<?> loaded, PrintWriter err) {
        for (Problem p : loaded.problems()) {
            err.println(p.format());
        }
        err.flush();
    }

    /**
     * Where to write an output: an existing symbolic link is followed, so the link stays and the
     * file it points at is replaced.
     */
    static Path writeTarget(Path output) throws java.io.IOException {
        return Files.isSymbolicLink(output) && Files.exists(output) ? output.toRealPath() : output;
    }

    /**
     * Writes a plan a command made to its {@code -o} path (atomically, through a link to the file
     * it points at) and says so on stderr as "WHAT written to PATH".
     *
     * @throws UserInputException when it cannot be written (the old file is then untouched)
     */
    static void writePlan(org.leafdrop.model.Plan plan, Path output, String what, PrintWriter err) {
        try {
            new org.leafdrop.io.PlanWriter().write(plan, writeTarget(output));
        } catch (java.io.IOException e) {
            throw new UserInputException("-o " + output + ": cannot write the plan (" + e.getMessage() + ")");
        }
        err.println(what + " written to " + output);
    }

    /**
     * Checks an output path before any work: not the input, its folder exists and is writable.
     *
     * @throws UserInputException naming the option and what is wrong
     */
    static void checkOutput(Path output, Path input, String option) {
        Path out = output.toAbsolutePath().normalize();
        Path in = input.toAbsolutePath().normalize();
        try {
            if (out.equals(in) || (Files.exists(out) && Files.isSameFile(out, in))) {
                throw new UserInputException(option + " " + output + ": is the input plan; refusing to overwrite it");
            }
        } catch (java.io.IOException e) {
            throw new UserInputException(option + " " + output + ": cannot check the path (" + e.getMessage() + ")");
        }
        Path dir = out.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserInputException(option + " " + output + ": folder " + dir + " does not exist");
        }
        if (Files.isDirectory(out)) {
            throw new UserInputException(option + " " + output + ": is a folder, not a file");
        }
        if (Files.exists(out) && !Files.isRegularFile(out)) {
            throw new UserInputException(option + " " + output + ": is not a regular file (a device, pipe or socket); "
                    + "refusing to replace it. Use " + option + " - to write to standard output");
        }
        if (!Files.isWritable(dir)) {
            throw new UserInputException(option + " " + output + ": folder " + dir + " is not writable");
        }
    }
}
