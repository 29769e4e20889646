package org.leafdrop.io.weather;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Severity;

/**
 * Collects the problems of one University of Wyoming file (or of one sounding in it) while it is
 * read. The field is a column name as the file spells it ({@code HGHT}, {@code wind speed_m/s}),
 * a station-information key, or {@code $} for the whole file. Not thread-safe: one log per read.
 */
final class UwyoProblemLog {
    private final Optional<Path> file;
    private final List<Problem> problems = new ArrayList<>();

    UwyoProblemLog(Optional<Path> file) {
        this.file = file;
    }

    /** A log for the same file, to collect one sounding's problems apart from the others'. */
    UwyoProblemLog fresh() {
        return new UwyoProblemLog(file);
    }

    void error(String field, int line, int column, String message) {
        problems.add(new Problem(Severity.ERROR, file, field, line, column, message));
    }

    void warning(String field, int line, int column, String message) {
        problems.add(new Problem(Severity.WARNING, file, field, line, column, message));
    }

    void addAll(UwyoProblemLog other) {
        problems.addAll(other.problems);
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Every problem in file order (by line, then column; unlocated ones first), stable. */
    List<Problem> inFileOrder() {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(out);
    }
}
