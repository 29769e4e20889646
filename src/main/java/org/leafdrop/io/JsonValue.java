package org.leafdrop.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable JSON tree whose every node remembers where its token starts in the file (1-based
 * line and column), so that problems found while binding can point at the offending value.
 */
public sealed interface JsonValue {
    /** 1-based line of the value's first token. */
    int line();

    /** 1-based column of the value's first token. */
    int column();

    /** A short description for messages, e.g. {@code string "high"}, {@code number -300}, {@code object}. */
    String describe();

    /** The value as plain Java: null, Boolean, Long/BigInteger/BigDecimal, String, List, Map (file order). */
    Object toPlain();

    /** A JSON object; members in file order, names unique (the reader reports duplicates). */
    record JsonObject(List<Member> members, int line, int column) implements JsonValue {
        public JsonObject {
            members = List.copyOf(members);
        }

        public Optional<Member> member(String name) {
            return members.stream().filter(m -> m.name().equals(name)).findFirst();
        }

        @Override
        public String describe() {
            return "object";
        }

        @Override
        public Object toPlain() {
            Map<String, Object> out = new LinkedHashMap<>();
            members.forEach(m -> out.put(m.name(), m.value().toPlain()));
            return Collections.unmodifiableMap(out);
        }
    }

    /** One member of an object: its name, where the name is, and its value. */
    record Member(String name, int nameLine, int nameColumn, JsonValue value) {
    }

    /** A JSON array. */
    record JsonArray(List<JsonValue> items, int line, int column) implements JsonValue {
        public JsonArray {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "array";
        }

        @Override
        public Object toPlain() {
            List<Object> out = new ArrayList<>(items.size());
            items.forEach(i -> out.add(i.toPlain()));
            return Collections.unmodifiableList(out);
        }
    }

    /** A JSON string. */
    record JsonString(String value, int line, int column) implements JsonValue {
        @Override
        public String describe() {
            String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
            return "string \"" + shown + "\"";
        }

        @Override
        public Object toPlain() {
            return value;
        }
    }

    /**
     * A JSON number, kept exactly as written.
     *
     * @param text    the number as it appears in the file
     * @param decimal its exact value
     */
    record JsonNumber(String text, BigDecimal decimal, int line, int column) implements JsonValue {
        /** The nearest double; infinite when the number is beyond the double range. */
        public double doubleValue() {
            return decimal.doubleValue();
        }

        /** True for whole numbers, also when written as {@code 5e5} or {@code 2.0}. */
        public boolean isWhole() {
            return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
        }

        @Override
        public String describe() {
            return "number " + text.toLowerCase(Locale.ROOT);
        }

        @Override
        public Object toPlain() {
            boolean integerToken = text.chars().allMatch(c -> c == '-' || Character.isDigit(c));
            if (!integerToken) {
                return decimal;
            }
            BigInteger whole = decimal.toBigIntegerExact();
            return whole.bitLength() < 64 ? (Object) whole.longValue() : whole;
        }
    }

    /** JSON true or false. */
    record JsonBoolean(boolean value, int line, int column) implements JsonValue {
        @Override
        public String describe() {
            return Boolean.toString(value);
        }

        @Override
        public Object toPlain() {
            return value;
        }
    }

    /** JSON null. */
    record JsonNull(int line, int column) implements JsonValue {
        @Override
        public String describe() {
            return "null";
        }

        @Override
        public Object toPlain() {
            return null;
        }
    }
}
