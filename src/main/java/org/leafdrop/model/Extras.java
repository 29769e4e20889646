package org.leafdrop.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fields of a plan object that this version does not know, kept in file order so that saving
 * writes them back unchanged (a newer version's plan is not silently stripped). Values are plain
 * JSON values: {@code null}, {@link Boolean}, {@link Number}, {@link String}, {@link List} and
 * {@link Map} (string keys), deeply unmodifiable.
 */
public record Extras(Map<String, Object> fields) {
    public static final Extras NONE = new Extras(Map.of());

    public Extras {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(deepCopyMap(fields)));
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    private static Map<String, Object> deepCopyMap(Map<String, ?> in) {
        Map<String, Object> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, deepCopy(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object v) {
        if (v instanceof Map<?, ?> m) {
            return Collections.unmodifiableMap(deepCopyMap((Map<String, ?>) m));
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(deepCopy(o));
            }
            return Collections.unmodifiableList(out);
        }
        if (v == null || v instanceof Boolean || v instanceof Number || v instanceof String) {
            return v;
        }
        throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
    }
}
