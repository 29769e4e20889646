package org.leafdrop.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code id} of each object of one list and reports a repeated id at its second
 * occurrence, naming the first. Remembers every id seen (also of objects that failed to bind) so
 * that references to them do not cascade into further errors. Not thread-safe.
 */
final class UniqueIds {
    private final Map<String, String> firstPathById = new LinkedHashMap<>();
    private final Map<String, Integer> firstLineById = new LinkedHashMap<>();

    /** The object's id, or empty after logging when it is missing, empty or repeated. */
    Optional<String> read(Fields f) {
        Optional<String> id = f.requiredString("id");
        if (id.isEmpty()) {
            return id;
        }
        JsonValue at = f.present("id").orElseThrow();
        if (id.get().isBlank()) {
            f.log().error(f.pathOf("id"), at, "must not be empty");
            return Optional.empty();
        }
        String first = firstPathById.get(id.get());
        if (first != null) {
            f.log().error(f.pathOf("id"), at, "duplicate id \"" + id.get() + "\": already used by " + first
                    + " (line " + firstLineById.get(id.get()) + ")");
            return Optional.empty();
        }
        firstPathById.put(id.get(), f.path());
        firstLineById.put(id.get(), f.node().line());
        return id;
    }

    boolean contains(String id) {
        return firstPathById.containsKey(id);
    }

    List<String> ids() {
        return List.copyOf(firstPathById.keySet());
    }
}
