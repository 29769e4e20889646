package org.leafdrop.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes a file's bytes as strict UTF-8 text, recognising the usual wrong inputs (binary data,
 * UTF-16) and reporting them as one problem with the line and column of the first bad byte.
 * A UTF-8 byte order mark is skipped. Stateless and thread-safe.
 */
final class Utf8Text {
    private Utf8Text() {
    }

    /** The text of {@code bytes}, or empty with the reason logged. */
    static Optional<String> decode(byte[] bytes, ProblemLog log) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            log.error(JsonPaths.ROOT, 1, 1, "the file is UTF-16 text; save it as UTF-8");
            return Optional.empty();
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] at = lineAndColumn(bytes, start, i);
                log.error(JsonPaths.ROOT, at[0], at[1],
                        "not a text file: binary data (a zero byte at byte offset " + i + "); a plan is UTF-8 JSON");
                return Optional.empty();
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int[] at = lineAndColumn(bytes, start, bad);
            log.error(JsonPaths.ROOT, at[0], at[1], String.format(Locale.ROOT,
                    "not valid UTF-8: byte 0x%02X at byte offset %d cannot be decoded; save the file as UTF-8",
                    bytes[Math.min(bad, bytes.length - 1)] & 0xFF, bad));
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }

    /** 1-based line and column (counted in bytes, a good guess before decoding) of byte {@code offset}. */
    private static int[] lineAndColumn(byte[] bytes, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
