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
final class ProblemLog {
    private final Optional<Path> file;
    private final List<Problem> problems = new ArrayList<>();

    ProblemLog(Optional<Path> file) {
        this.file = file;
    }

    void error(String jsonPath, int line, int column, String message) {
        problems.add(new Problem(Severity.ERROR, file, jsonPath, line, column, message));
    }

    void error(String jsonPath, JsonValue at, String message) {
        error(jsonPath, at.line(), at.column(), message);
    }

    void warning(String jsonPath, int line, int column, String message) {
        problems.add(new Problem(Severity.WARNING, file, jsonPath, line, column, message));
    }

    void warning(String jsonPath, JsonValue at, String message) {
        warning(jsonPath, at.line(), at.column(), message);
    }

    /** Errors logged so far; compare before and after binding an object to see if it failed. */
    int errorCount() {
        return (int) problems.stream().filter(Problem::isError).count();
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Every problem so far in file order (by line, then column; unlocated ones first), stable. */
    List<Problem> inFileOrder() {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return out;
    }

    List<Problem> warnings() {
        return inFileOrder().stream().filter(p -> !p.isError()).toList();
    }
}
