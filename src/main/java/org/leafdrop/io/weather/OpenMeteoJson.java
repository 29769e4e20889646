package org.leafdrop.io.weather;

import org.leafdrop.io.ProblemLog;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.leafdrop.io.JsonValue;

/**
 * Parses an Open-Meteo response into a located {@link JsonValue} tree, so that problems can
 * point at the offending value's line and column. The plan reader's tree reader does the same
 * but is private to {@code org.leafdrop.io}; this one keeps only what a forecast needs: a size
 * limit, a nesting limit, and one located error for malformed JSON. Stateless and thread-safe.
 */
final class OpenMeteoJson {
    /** Largest response read, in characters: a 16-day hourly forecast of every level is a few MB. */
    static final int MAX_CHARS = 50 * 1024 * 1024;
    /** Open-Meteo nests three levels deep; anything far deeper is not a forecast. */
    private static final int MAX_DEPTH = 64;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(1000)
                    .maxStringLength(MAX_CHARS)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private OpenMeteoJson() {
    }

    /** The tree of {@code text}, or empty with the reason logged. Never throws for bad input. */
    static Optional<JsonValue> parse(String text, ProblemLog problems) {
        if (text.length() > MAX_CHARS) {
            problems.error("$", 1, 1, String.format(Locale.ROOT,
                    "file too large: %,d characters, the limit is %,d", text.length(), MAX_CHARS));
            return Optional.empty();
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            problems.error("$", 1, 1, body.isEmpty() ? "file is empty" : "file is empty (only whitespace)");
            return Optional.empty();
        }
        JsonParser parser = null;
        try (JsonParser p = FACTORY.createParser(body)) {
            parser = p;
            JsonValue root = value(p, p.nextToken());
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                problems.error("$", at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the JSON value (got " + p.getText() + ")");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            // Jackson's stream constraints (nesting, number length) carry no location: use the parser's
            JsonLocation at = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentTokenLocation();
            // Jackson reports some ends of input as plain parse errors
            boolean truncated = e instanceof JsonEOFException
                    || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
            problems.error(pathOf(parser), lineOf(at), columnOf(at), truncated
                    ? "malformed JSON: the file ends before the JSON is complete (truncated?)"
                    : e instanceof OutOfRange ? e.getOriginalMessage()
                    : "malformed JSON: " + clean(e.getOriginalMessage()));
        } catch (IOException e) {
            problems.error("$", 1, 1, "cannot read the JSON: " + clean(e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * True when {@code text} is a JSON object whose {@code hourly} object has a member whose name
     * {@code wanted} accepts. Reads only as far as needed; false for anything malformed before that.
     */
    static boolean hourlyHasMember(String text, Predicate<String> wanted) {
        try (JsonParser p = FACTORY.createParser(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean hourly = p.currentName().equals("hourly");
                JsonToken value = p.nextToken();
                if (hourly && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        if (wanted.test(p.currentName())) {
                            return true;
                        }
                        p.nextToken();
                        p.skipChildren();
                    }
                    return false;
                }
                p.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static JsonValue value(JsonParser p, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonEOFException(p, null, "unexpected end of input");
        }
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (token) {
            case START_OBJECT -> {
                List<JsonValue.Member> members = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    JsonLocation nameAt = p.currentTokenLocation();
                    members.add(new JsonValue.Member(name, nameAt.getLineNr(), nameAt.getColumnNr(),
                            value(p, p.nextToken())));
                }
                return new JsonValue.JsonObject(members, line, column);
            }
            case START_ARRAY -> {
                List<JsonValue> items = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    items.add(value(p, t));
                }
                return new JsonValue.JsonArray(items, line, column);
            }
            case VALUE_STRING -> {
                return new JsonValue.JsonString(p.getText(), line, column);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                String text = p.getText();
                try {
                    return new JsonValue.JsonNumber(text, new BigDecimal(text), line, column);
                } catch (NumberFormatException e) { // an exponent beyond int range: 1e99999999999
                    throw new OutOfRange(p, text);
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new JsonValue.JsonBoolean(token == JsonToken.VALUE_TRUE, line, column);
            }
            case VALUE_NULL -> {
                return new JsonValue.JsonNull(line, column);
            }
            default -> throw new JsonParseException(p, "unexpected " + p.getText());
        }
    }

    /** A number Java cannot hold even as a {@link BigDecimal}, located at the number. */
    private static final class OutOfRange extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        OutOfRange(JsonParser p, String number) {
            super("number out of range (got " + (number.length() > 40 ? number.substring(0, 40) + "..." : number)
                    + ")", p.currentTokenLocation());
        }
    }

    /** The JSON path of where the parser stands, e.g. {@code $.hourly.time[3]}. */
    private static String pathOf(JsonParser parser) {
        if (parser == null) {
            return "$";
        }
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder("$");
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            } else if (c.getCurrentName() != null) {
                path.append('.').append(c.getCurrentName());
            }
        }
        return path.toString();
    }

    private static int lineOf(JsonLocation at) {
        return at == null ? 1 : Math.max(at.getLineNr(), 1);
    }

    private static int columnOf(JsonLocation at) {
        return at == null ? 1 : Math.max(at.getColumnNr(), 1);
    }

    /** Jackson's message without its source excerpt and switch names, in JSON terms. */
    private static String clean(String message) {
        if (message == null) {
            return "unknown parse error";
        }
        String m = message.replaceAll("\\s+", " ").trim();
        if (m.contains("ALLOW_COMMENTS")) {
            return "comments are not allowed in JSON";
        }
        if (m.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (m.contains("ALLOW_SINGLE_QUOTES") || m.contains("ALLOW_UNQUOTED_FIELD_NAMES")) {
            return "strings and field names need double quotes in JSON";
        }
        if (m.contains("nesting depth")) {
            return "JSON nesting deeper than " + MAX_DEPTH + " levels";
        }
        int feature = m.indexOf(": Feature '");
        return feature >= 0 ? m.substring(0, feature) : m;
    }
}
