package org.leafdrop.io;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Constructs a model record once its fields are checked. The binders check every rule first;
 * this is the backstop that turns a record's own {@link IllegalArgumentException} into a located
 * error instead of a crash, and skips construction when the object already has errors.
 */
final class Build {
    private Build() {
    }

    /**
     * The record, or empty: when errors were logged since {@code errorsBefore} (they already say
     * what is wrong), or when the constructor rejects the values (logged at {@code at}).
     */
    static <T> Optional<T> record(ProblemLog log, int errorsBefore, String path, JsonValue at, Supplier<T> make) {
        if (log.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException | NullPointerException | NoSuchElementException e) {
            log.error(path, at, "invalid: " + e.getMessage());
            return Optional.empty();
        }
    }
}
