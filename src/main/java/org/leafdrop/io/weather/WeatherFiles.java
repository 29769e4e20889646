package org.leafdrop.io.weather;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Severity;

/**
 * Reads a wind file in any of the formats: checks that it is a readable UTF-8 text file of at
 * most 50 MB, picks the reader by {@code --format} or by the content, and returns the reading or
 * the problems (file, line, column, field, message). Stateless.
 */
public final class WeatherFiles {
    /** The same limit as for plans: a larger file is a mistake, not weather. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** A heading or title of an HTML page, its tags inside kept (removed afterwards). */
    private static final Pattern HTML_HEADING =
            Pattern.compile("(?is)<(h[1-3]|title)\\b[^<>]{0,200}>(.{0,500}?)</\\1\\s*>");

    private WeatherFiles() {
    }

    /**
     * Every format's reader.
     *
     * @param groundElevationMslM for CSV tables with heights above ground (the plan's ground)
     * @param clock               for FB text, whose valid time gives day and hour only
     */
    public static List<WeatherFileReader> readers(OptionalDouble groundElevationMslM, Clock clock) {
        return List.of(new UwyoTextReader(), new UwyoCsvReader(), new FbWindsReader(clock),
                new OpenMeteoReader(), new CsvWindsReader(groundElevationMslM));
    }

    /**
     * Reads a wind file.
     *
     * @param format  {@code --format}; empty: recognised from the content
     * @param station {@code --station}
     */
    public static Loaded<WeatherReading> read(Path file, Optional<WeatherFormat> format, Optional<String> station,
                                              List<WeatherFileReader> readers) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return fail(file, 0, "is a folder, not a wind file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return fail(file, 1, String.format(Locale.ROOT, "file too large: %,d bytes, the limit is %,d bytes "
                        + "(50 MB)", size, MAX_FILE_BYTES));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return fail(file, 0, "file not found");
        } catch (IOException | SecurityException e) {
            return fail(file, 0, "cannot read the file: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        }
        return read(bytes, file, format, station, readers);
    }

    /**
     * Reads a wind file's bytes, as {@link #read(Path, Optional, Optional, List)} does after
     * reading them (strict UTF-8, binary and UTF-16 refused, the 50 MB limit); for tests and
     * fuzzing without files.
     *
     * @param file names the bytes in problems
     */
    public static Loaded<WeatherReading> read(byte[] bytes, Path file, Optional<WeatherFormat> format,
                                              Optional<String> station, List<WeatherFileReader> readers) {
        if (bytes.length > MAX_FILE_BYTES) {
            return fail(file, 1, String.format(Locale.ROOT, "file too large: %,d bytes, the limit is %,d bytes "
                    + "(50 MB)", bytes.length, MAX_FILE_BYTES));
        }
        Loaded<String> decoded = decode(bytes, file);
        if (decoded.value().isEmpty()) {
            return Loaded.failed(decoded.problems());
        }
        return read(decoded.value().get(), Optional.of(file), format, station, readers);
    }

    /** Reads wind text (already decoded); {@code file} names it in problems. */
    public static Loaded<WeatherReading> read(String text, Optional<Path> file, Optional<WeatherFormat> format,
                                              Optional<String> station, List<WeatherFileReader> readers) {
        if (text.isBlank()) {
            return Loaded.failed(List.of(new Problem(Severity.ERROR, file, "$", 1, 1,
                    "the file is empty: expected a wind file (" + names(readers) + ")")));
        }
        Optional<WeatherFileReader> reader = format.isPresent()
                ? readers.stream().filter(r -> r.format() == format.get()).findFirst()
                : readers.stream().filter(r -> r.recognises(text)).findFirst();
        if (reader.isEmpty()) {
            return Loaded.failed(List.of(new Problem(Severity.ERROR, file, "$", 1, 1, format.isPresent()
                    ? "no reader for format " + format.get().cliName()
                    : htmlPage(text).map(says -> "an HTML page without a sounding table" + says + ": save the "
                            + "University of Wyoming page of a sounding that was found (TEXT:LIST), or one of "
                            + names(readers))
                    .orElse(text.strip().startsWith("{") ? "JSON, but not an Open-Meteo forecast Leafdrop "
                            + "recognises (no hourly wind_speed_ variable found); if it is one, give --format open-meteo "
                            + "to see what is wrong"
                    : "not a wind file Leafdrop knows: expected one of " + names(readers)
                    + "; name the format with --format if it is one of them"))));
        }
        return reader.get().read(text, file, station);
    }

    /**
     * For an HTML page: what its first heading (else its title) says, as {@code " (it says \"...\")"},
     * or "" when it has none; empty for text that is not HTML.
     */
    static Optional<String> htmlPage(String text) {
        String start = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
        if (!start.contains("<html") && !start.contains("<!doctype html")) {
            return Optional.empty();
        }
        Matcher m = HTML_HEADING.matcher(text.substring(0, Math.min(text.length(), 64 * 1024)));
        String heading = "";
        String title = "";
        while (heading.isEmpty() && m.find()) {
            String t = m.group(2).replaceAll("<[^<>]*>", " ").replaceAll("\\s+", " ").trim();
            if (m.group(1).toLowerCase(Locale.ROOT).startsWith("h")) {
                heading = t;
            } else if (title.isEmpty()) {
                title = t;
            }
        }
        heading = heading.isEmpty() ? title : heading;
        if (heading.length() > 120) {
            heading = heading.substring(0, 117) + "...";
        }
        return Optional.of(heading.isEmpty() ? "" : " (it says \"" + heading + "\")");
    }

    private static String names(List<WeatherFileReader> readers) {
        return readers.stream().map(r -> r.format().cliName()).collect(Collectors.joining(", "));
    }

    private static Loaded<WeatherReading> fail(Path file, int line, String message) {
        return Loaded.failed(List.of(new Problem(Severity.ERROR, Optional.of(file), "$", line, line > 0 ? 1 : 0,
                message)));
    }

    /** Strict UTF-8 (a byte order mark is skipped); binary and UTF-16 files are named as such. */
    static Loaded<String> decode(byte[] bytes, Path file) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return Loaded.failed(List.of(new Problem(Severity.ERROR, Optional.of(file), "$", 1, 1,
                    "the file is UTF-16 text; save it as UTF-8")));
        }
        int line = 1;
        int column = 1;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Loaded.failed(List.of(new Problem(Severity.ERROR, Optional.of(file), "$", line, column,
                        "not a text file: binary data (a zero byte at byte offset " + i + ")")));
            }
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return Loaded.of(text, List.of());
        } catch (CharacterCodingException e) {
            return Loaded.failed(List.of(new Problem(Severity.ERROR, Optional.of(file), "$", 1, 1,
                    "the file is not UTF-8 text (saved in another encoding?); save it as UTF-8")));
        }
    }
}
