package org.leafdrop.model;

import java.util.List;
import java.util.Optional;

/**
 * What a loader returns: the value when the input was usable (no errors), and every problem
 * found, errors and warnings alike, in file order.
 */
public record Loaded<T>(Optional<T> value, List<Problem> problems) {
    public Loaded {
        problems = List.copyOf(problems);
        if (value.isPresent() && problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a loaded value cannot carry errors");
        }
    }

    public static <T> Loaded<T> of(T value, List<Problem> warnings) {
        return new Loaded<>(Optional.of(value), warnings);
    }

    public static <T> Loaded<T> failed(List<Problem> problems) {
        return new Loaded<>(Optional.empty(), problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
