package org.leafdrop.io;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.leafdrop.model.Extras;

/**
 * Typed access to the members of one JSON object while binding, logging a located problem for
 * each missing or ill-typed member. An optional member given as {@code null} counts as absent.
 * Accessors return empty after logging, so binders go on and report every problem.
 */
final class Fields {
    private final JsonValue.JsonObject object;
    private final String path;
    private final ProblemLog log;
    private final List<String> known;

    private Fields(JsonValue.JsonObject object, String path, ProblemLog log, List<String> known) {
        this.object = object;
        this.path = path;
        this.log = log;
        this.known = List.copyOf(known);
    }

    /** The fields of {@code value}, or empty after logging when it is not an object. */
    static Optional<Fields> of(JsonValue value, String path, ProblemLog log, List<String> known) {
        if (value instanceof JsonValue.JsonObject o) {
            return Optional.of(new Fields(o, path, log, known));
        }
        log.error(path, value, "must be an object (got " + value.describe() + ")");
        return Optional.empty();
    }

    JsonValue.JsonObject node() {
        return object;
    }

    String path() {
        return path;
    }

    ProblemLog log() {
        return log;
    }

    String pathOf(String name) {
        return JsonPaths.member(path, name);
    }

    /** The member's value, {@code null} included. */
    Optional<JsonValue> raw(String name) {
        return object.member(name).map(JsonValue.Member::value);
    }

    /** The member's value unless absent or null. */
    Optional<JsonValue> present(String name) {
        return raw(name).filter(v -> !(v instanceof JsonValue.JsonNull));
    }

    boolean has(String name) {
        return present(name).isPresent();
    }

    /** Logs that a required member is missing, at the object's opening brace. */
    void missing(String name) {
        log.error(pathOf(name), object, "missing required field '" + name + "'");
    }

    Optional<JsonValue> required(String name) {
        Optional<JsonValue> v = raw(name);
        if (v.isEmpty()) {
            missing(name);
        }
        return v;
    }

    Optional<String> string(String name) {
        return present(name).flatMap(v -> asString(name, v));
    }

    Optional<String> requiredString(String name) {
        return required(name).flatMap(v -> asString(name, v));
    }

    OptionalDouble number(String name, NumberRule rule) {
        Optional<JsonValue> v = present(name);
        return v.isEmpty() ? OptionalDouble.empty() : asNumber(name, v.get(), rule);
    }

    OptionalDouble requiredNumber(String name, NumberRule rule) {
        Optional<JsonValue> v = required(name);
        return v.isEmpty() ? OptionalDouble.empty() : asNumber(name, v.get(), rule);
    }

    OptionalLong whole(String name, long min, long max) {
        Optional<JsonValue> v = present(name);
        return v.isEmpty() ? OptionalLong.empty() : asWhole(name, v.get(), min, max);
    }

    Optional<Boolean> bool(String name) {
        Optional<JsonValue> v = present(name);
        if (v.isPresent() && !(v.get() instanceof JsonValue.JsonBoolean)) {
            log.error(pathOf(name), v.get(), "must be true or false (got " + v.get().describe() + ")");
            return Optional.empty();
        }
        return v.map(b -> ((JsonValue.JsonBoolean) b).value());
    }

    /** An ISO-8601 time with {@code Z} or an offset. */
    Optional<Instant> time(String name) {
        return string(name).flatMap(s -> {
            try {
                return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                log.error(pathOf(name), present(name).orElseThrow(), "must be an ISO-8601 time with Z or an offset, "
                        + "e.g. \"2016-10-15T22:00:00Z\" (got \"" + s + "\")");
                return Optional.empty();
            }
        });
    }

    Optional<JsonValue.JsonArray> array(String name) {
        return present(name).flatMap(v -> asArray(name, v));
    }

    Optional<JsonValue.JsonArray> requiredArray(String name) {
        return required(name).flatMap(v -> asArray(name, v));
    }

    /** Unknown members as {@link Extras} in file order, warning on those that look like typos. */
    Extras extras(Set<String> silentlyKept) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (JsonValue.Member m : object.members()) {
            if (known.contains(m.name())) {
                continue;
            }
            if (!silentlyKept.contains(m.name())) {
                List<String> candidates = new ArrayList<>(known);
                candidates.addAll(new TreeSet<>(silentlyKept));
                Names.suggest(m.name(), candidates).ifPresent(s -> log.warning(pathOf(m.name()), m.nameLine(),
                        m.nameColumn(), "unknown field '" + m.name() + "' kept as is; did you mean '" + s + "'?"));
            }
            out.put(m.name(), m.value().toPlain());
        }
        return out.isEmpty() ? Extras.NONE : new Extras(out);
    }

    /** Warns about each unknown member of an object that keeps no extras. */
    void warnUnknown() {
        for (JsonValue.Member m : object.members()) {
            if (!known.contains(m.name())) {
                String hint = Names.suggest(m.name(), known).map(s -> "; did you mean '" + s + "'?").orElse("");
                log.warning(pathOf(m.name()), m.nameLine(), m.nameColumn(),
                        "unknown field '" + m.name() + "' ignored" + hint);
            }
        }
    }

    Optional<String> asString(String name, JsonValue v) {
        if (v instanceof JsonValue.JsonString s) {
            return Optional.of(s.value());
        }
        log.error(pathOf(name), v, "must be a string (got " + v.describe() + ")");
        return Optional.empty();
    }

    OptionalDouble asNumber(String name, JsonValue v, NumberRule rule) {
        return Values.number(pathOf(name), v, rule, log);
    }

    private OptionalLong asWhole(String name, JsonValue v, long min, long max) {
        return Values.whole(pathOf(name), v, min, max, log);
    }

    private Optional<JsonValue.JsonArray> asArray(String name, JsonValue v) {
        if (v instanceof JsonValue.JsonArray a) {
            return Optional.of(a);
        }
        log.error(pathOf(name), v, "must be an array (got " + v.describe() + ")");
        return Optional.empty();
    }

    /** Names for a message: {@code a, b, c}. */
    static String list(Collection<String> names) {
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }
}
