package org.leafdrop.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Prints plain JSON values (null, Boolean, Number, String, List, Map with string keys) with
 * 2-space indentation, keeping arrays of scalars such as GeoJSON positions on one line:
 * {@code [43.05, 36.34]}, and any object or array whose one-line form is short on one line too. Doubles are written in their shortest exact form without a trailing
 * {@code .0}; non-finite doubles are rejected. Stateless and thread-safe.
 */
final class JsonPrinter {
    private static final String INDENT = "  ";
    /** Objects and arrays whose one-line form fits this width (with the indentation) stay on one line. */
    private static final int MAX_LINE = 100;

    private JsonPrinter() {
    }

    /** The JSON text of {@code value}, ending with a newline. */
    static String print(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.append('\n').toString();
    }

    private static void write(Object value, int depth, StringBuilder out) {
        if (depth > 0 && (value instanceof Map || value instanceof List)) {
            StringBuilder line = new StringBuilder();
            if (inline(value, line, MAX_LINE - INDENT.length() * depth)) {
                out.append(line);
                return;
            }
        }
        if (value instanceof Map<?, ?> map) {
            writeObject(map, depth, out);
        } else if (value instanceof List<?> list) {
            writeArray(list, depth, out);
        } else {
            writeScalar(value, out);
        }
    }

    private static void writeObject(Map<?, ?> map, int depth, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            indent(depth + 1, out);
            writeString(String.valueOf(e.getKey()), out);
            out.append(": ");
            write(e.getValue(), depth + 1, out);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        indent(depth, out);
        out.append('}');
    }

    private static void writeArray(List<?> list, int depth, StringBuilder out) {
        if (list.stream().noneMatch(v -> v instanceof Map || v instanceof List)) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i > 0 ? ", " : "");
                writeScalar(list.get(i), out);
            }
            out.append(']');
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            indent(depth + 1, out);
            write(list.get(i), depth + 1, out);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        indent(depth, out);
        out.append(']');
    }

    /** Appends the one-line form of {@code value}; false (with {@code out} partly filled) when longer than {@code budget}. */
    private static boolean inline(Object value, StringBuilder out, int budget) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return true;
            }
            out.append("{ ");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(i++ > 0 ? ", " : "");
                writeString(String.valueOf(e.getKey()), out);
                out.append(": ");
                if (!inline(e.getValue(), out, budget) || out.length() > budget) {
                    return false;
                }
            }
            out.append(" }");
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i > 0 ? ", " : "");
                if (!inline(list.get(i), out, budget) || out.length() > budget) {
                    return false;
                }
            }
            out.append(']');
        } else {
            writeScalar(value, out);
        }
        return out.length() <= budget;
    }

    private static void writeScalar(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof String s) {
            writeString(s, out);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            out.append(Numbers.format(d));
        } else if (value instanceof BigDecimal || value instanceof BigInteger || value instanceof Long
                || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
    }

    private static void indent(int depth, StringBuilder out) {
        out.append(INDENT.repeat(depth));
    }
}
