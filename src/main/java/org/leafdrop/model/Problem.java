package org.leafdrop.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a user's file or plan, with where it is: the file (empty for a plan built
 * in memory), the JSON path ({@code $.sorties[0].altitudeAglM}), and the 1-based line and column
 * (0 when unknown). Printed as {@code FILE:LINE:COLUMN: error: JSONPATH: message}.
 */
public record Problem(Severity severity, Optional<Path> file, String jsonPath, int line, int column,
                      String message) {
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(jsonPath, "jsonPath");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String jsonPath, String message) {
        return new Problem(Severity.ERROR, Optional.empty(), jsonPath, 0, 0, message);
    }

    public static Problem warning(String jsonPath, String message) {
        return new Problem(Severity.WARNING, Optional.empty(), jsonPath, 0, 0, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Problem inFile(Path f, int atLine, int atColumn) {
        return new Problem(severity, Optional.of(f), jsonPath, atLine, atColumn, message);
    }

    /** The one-line form, e.g. {@code plan.json:41:22: error: $.sorties[0].altitudeAglM: must be above 0 m (got -300)}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (file.isPresent()) {
            sb.append(file.get()).append(':');
            if (line > 0) {
                sb.append(line).append(':').append(Math.max(column, 1)).append(':');
            }
            sb.append(' ');
        }
        sb.append(severity.label()).append(": ");
        if (!jsonPath.isEmpty()) {
            sb.append(jsonPath).append(": ");
        }
        return sb.append(message).toString();
    }
}
