package org.leafdrop.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Severity;

/**
 * Collects the problems of one file while it is read. Not thread-safe: one log per read.
 */
public final class ProblemLog {
    private final Optional<Path> file;
    private final List<Problem> problems = new ArrayList<>();

    public ProblemLog(Optional<Path> file) {
        this.file = file;
    }

    public void error(String jsonPath, int line, int column, String message) {
        problems.add(new Problem(Severity.ERROR, file, jsonPath, line, column, message));
    }

    public void error(String jsonPath, JsonValue at, String message) {
        error(jsonPath, at.line(), at.column(), message);
    }

    public void warning(String jsonPath, int line, int column, String message) {
        problems.add(new Problem(Severity.WARNING, file, jsonPath, line, column, message));
    }

    public void warning(String jsonPath, JsonValue at, String message) {
        warning(jsonPath, at.line(), at.column(), message);
    }

    /** A log for the same file, to collect one part's problems apart from the others'. */
    public ProblemLog fresh() {
        return new ProblemLog(file);
    }

    /** Adds another log's problems (a part that was kept). */
    public void addAll(ProblemLog other) {
        problems.addAll(other.problems);
    }

    /** Errors logged so far; compare before and after binding an object to see if it failed. */
    public int errorCount() {
        return (int) problems.stream().filter(Problem::isError).count();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Every problem so far in file order (by line, then column; unlocated ones first), stable. */
    public List<Problem> inFileOrder() {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return out;
    }

    public List<Problem> warnings() {
        return inFileOrder().stream().filter(p -> !p.isError()).toList();
    }
}
