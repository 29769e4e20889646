package org.leafdrop.io.weather;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Severity;

/**
 * Collects the problems of one wind-table read (FB or CSV), each with its file, field, 1-based
 * line and column. Not thread-safe: one instance per read.
 */
final class WindTableProblems {
    private final Optional<Path> file;
    private final List<Problem> problems = new ArrayList<>();

    WindTableProblems(Optional<Path> file) {
        this.file = file;
    }

    void error(String field, int line, int column, String message) {
        problems.add(new Problem(Severity.ERROR, file, field, line, column, message));
    }

    void warning(String field, int line, int column, String message) {
        problems.add(new Problem(Severity.WARNING, file, field, line, column, message));
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Every problem in file order (by line, then column; unlocated ones first), stable. */
    List<Problem> inFileOrder() {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return out;
    }
}
