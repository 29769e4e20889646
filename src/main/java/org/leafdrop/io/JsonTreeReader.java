package org.leafdrop.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses JSON text into a located {@link JsonValue} tree with Jackson's streaming parser,
 * enforcing the format's limits (PLAN-FORMAT.md: 50 MB, nesting up to 64 levels). Malformed
 * JSON gives one error with Jackson's location and message; duplicate member names are errors
 * too, but parsing goes on past them. Stateless and thread-safe.
 */
final class JsonTreeReader {
    /** Largest plan file read, in bytes (characters for text given directly). */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Deepest nesting of objects and arrays accepted. */
    static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH * 4)
                    .maxNumberLength(1000)
                    .maxStringLength((int) MAX_FILE_BYTES)
                    .maxNameLength(10_000)
                    .maxDocumentLength(MAX_FILE_BYTES + 1)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final Pattern SOURCE_NOISE =
            Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

    private JsonTreeReader() {
    }

    /** The tree of {@code text}, or empty with the reasons logged. Never throws for bad input. */
    static Optional<JsonValue> read(String text, ProblemLog log) {
        if (text.length() > MAX_FILE_BYTES) {
            log.error(JsonPaths.ROOT, 1, 1, String.format(Locale.ROOT,
                    "file too large: %,d characters, the limit is %,d bytes (50 MB)", text.length(), MAX_FILE_BYTES));
            return Optional.empty();
        }
        if (text.isBlank()) {
            log.error(JsonPaths.ROOT, 1, 1, text.isEmpty() ? "file is empty" : "file is empty (only whitespace)");
            return Optional.empty();
        }
        Builder builder = new Builder(log);
        try (JsonParser parser = FACTORY.createParser(text)) {
            builder.parser = parser;
            JsonValue root = builder.value(parser.nextToken(), JsonPaths.ROOT, 1);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                log.error(JsonPaths.ROOT, at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the JSON value (got " + parser.getText() + ")");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null || builder.parser == null
                    ? e.getLocation() : builder.parser.currentTokenLocation();
            int line = at == null ? 1 : Math.max(at.getLineNr(), 1);
            int column = at == null ? 1 : Math.max(at.getColumnNr(), 1);
            String where = builder.parser == null ? JsonPaths.ROOT : pathOf(builder.parser.getParsingContext());
            log.error(where, line, column, "malformed JSON: " + clean(e.getOriginalMessage()));
        } catch (Stop e) {
            // the builder logged the reason
        } catch (IOException e) {
            log.error(JsonPaths.ROOT, 1, 1, "cannot read the JSON: " + clean(e.getMessage()));
        }
        return Optional.empty();
    }

    /** The JSON path of where Jackson stands, e.g. {@code $.sorties[0].altitudeAglM}. */
    private static String pathOf(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = JsonPaths.ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path = JsonPaths.item(path, Math.max(c.getCurrentIndex(), 0));
            } else if (c.getCurrentName() != null) {
                path = JsonPaths.member(path, c.getCurrentName());
            }
        }
        return path;
    }

    private static String clean(String message) {
        if (message == null) {
            return "unknown parse error";
        }
        String m = SOURCE_NOISE.matcher(message).replaceAll("line $1, column $2").replaceAll("\\s+", " ").trim();
        // Jackson names its own switches; say what is wrong in JSON terms instead
        if (m.contains("ALLOW_COMMENTS")) {
            return "comments are not allowed in JSON (remove the // or /* */ text)";
        }
        if (m.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
            return "NaN and Infinity are not JSON numbers: give a finite number";
        }
        if (m.contains("ALLOW_SINGLE_QUOTES")) {
            return "strings and field names need double quotes in JSON";
        }
        if (m.contains("ALLOW_UNQUOTED_FIELD_NAMES")) {
            return "field names need double quotes in JSON";
        }
        int feature = m.indexOf(": Feature '");
        return feature >= 0 ? m.substring(0, feature) : m;
    }

    /** Stops parsing after the builder has logged a fatal problem. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** Recursive descent over the token stream, building located nodes. */
    private static final class Builder {
        private final ProblemLog log;
        private JsonParser parser;

        Builder(ProblemLog log) {
            this.log = log;
        }

        JsonValue value(JsonToken token, String at, int depth) throws IOException {
            if (token == null) {
                JsonLocation end = parser.currentLocation();
                log.error(at, end.getLineNr(), end.getColumnNr(), "malformed JSON: unexpected end of file");
                throw new Stop();
            }
            JsonLocation loc = parser.currentTokenLocation();
            int line = loc.getLineNr();
            int column = loc.getColumnNr();
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > MAX_DEPTH) {
                log.error(at, line, column, "JSON nesting deeper than " + MAX_DEPTH + " levels");
                throw new Stop();
            }
            return switch (token) {
                case START_OBJECT -> object(at, depth, line, column);
                case START_ARRAY -> array(at, depth, line, column);
                case VALUE_STRING -> new JsonValue.JsonString(parser.getText(), line, column);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(at, line, column);
                case VALUE_TRUE -> new JsonValue.JsonBoolean(true, line, column);
                case VALUE_FALSE -> new JsonValue.JsonBoolean(false, line, column);
                case VALUE_NULL -> new JsonValue.JsonNull(line, column);
                default -> {
                    log.error(at, line, column, "malformed JSON: unexpected " + parser.getText());
                    throw new Stop();
                }
            };
        }

        private JsonValue object(String at, int depth, int line, int column) throws IOException {
            List<JsonValue.Member> members = new ArrayList<>();
            Map<String, JsonValue.Member> seen = new HashMap<>();
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonLocation nameLoc = parser.currentTokenLocation();
                String memberPath = JsonPaths.member(at, name);
                JsonValue v = value(parser.nextToken(), memberPath, depth + 1);
                JsonValue.Member first = seen.get(name);
                if (first != null) {
                    log.error(memberPath, nameLoc.getLineNr(), nameLoc.getColumnNr(),
                            "duplicate field '" + name + "' (first given at line " + first.nameLine() + ")");
                    continue;
                }
                JsonValue.Member m = new JsonValue.Member(name, nameLoc.getLineNr(), nameLoc.getColumnNr(), v);
                seen.put(name, m);
                members.add(m);
            }
            return new JsonValue.JsonObject(members, line, column);
        }

        private JsonValue array(String at, int depth, int line, int column) throws IOException {
            List<JsonValue> items = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                items.add(value(t, JsonPaths.item(at, items.size()), depth + 1));
            }
            return new JsonValue.JsonArray(items, line, column);
        }

        private JsonValue number(String at, int line, int column) throws IOException {
            String text = parser.getText();
            try {
                return new JsonValue.JsonNumber(text, new BigDecimal(text), line, column);
            } catch (NumberFormatException e) {
                log.error(at, line, column, "number out of range (got " + text + ")");
                throw new Stop();
            }
        }
    }
}
