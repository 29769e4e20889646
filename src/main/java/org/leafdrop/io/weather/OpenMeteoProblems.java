package org.leafdrop.io.weather;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leafdrop.io.JsonValue;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Severity;

/** Collects the problems of one Open-Meteo file while it is read. Not thread-safe: one per read. */
final class OpenMeteoProblems {
    private final Optional<Path> file;
    private final List<Problem> problems = new ArrayList<>();

    OpenMeteoProblems(Optional<Path> file) {
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
