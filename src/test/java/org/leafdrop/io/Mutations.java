package org.leafdrop.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a file's bytes for {@link ReaderFuzzTest}: byte flips, truncation,
 * insertion of boundary tokens, duplicated, deleted and swapped spans and lines, renamed keys,
 * replaced numbers, JSON-aware value replacement and wrapping, deep nesting, splices of two
 * files and (rarely) blow-ups to a megabyte. The same random generator state gives the
 * same mutant. Stateless.
 */
final class Mutations {
    /** Tokens at the edges of what readers accept, in JSON and in text tables. */
    private static final List<byte[]> TOKENS = new ArrayList<>();
    private static final String[] NUMBERS = {"-1", "0", "-0", "1", "0.0", "1e308", "-1e308", "1e999", "-1e999",
        "1e-999", "4.9e-324", "1.7976931348623157E308", "NaN", "-NaN", "Infinity", "-Infinity", "inf",
        "9223372036854775808", "-9223372036854775809", "2147483648", "99999999999999999999999999", "1e99999999999",
        "1e-99999999999", "360", "361", "-360", "720", "999", "9999", "99999", "-9999", "0.5", "12a3", "1.2.3", "1e",
        "-", ".", "+1", "0x1F", "1,5", "00", "007", "1E400"};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
    private static final Pattern KEY = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]*)\"\\s*:");

    static {
        for (String n : NUMBERS) {
            TOKENS.add(utf8(n));
        }
        for (String t : new String[] {"\"\"", "null", "[]", "{}", "[{}]", "{\"\":null}", "true", "false", "\"x\"",
            ",", ":", "\"", "{", "}", "[", "]", ",,", "\\", "\\u", "\\uD800", "\"\\uDC00\"", "\uFEFF", "\r\n", "\r",
            "\n", "\n\n", "\t", " ", "\u00e9", "\u2028", "\u00a0", "\ud83d\ude00", "<html>", "</pre>", "<pre>",
            "<PRE>", "<h2>", "---", "M", "////", "#", ";", "e", "E", "kt", "m/s", "km/h", "mph", "ft", "m", "hPa",
            "T", "Z", "2016-10-16T12:00", "2016-13-45T25:61", "1200Z", "9900", "7799", "0000", "//", "/*",
            "PRES,HGHT,DRCT,SKNT", "height_m,direction_deg,speed_kt", "FT  3000    6000", "DATA BASED ON",
            "VALID 161200Z", "Station number", "-----------------------------------------------------------------",
            "\"hourly\"", "\"time\"", "\"wind_speed_850hPa\"", "\"hourly_units\"", "\"format\"", "\"leafdrop-plan\"",
            "\"sorties\"", "\"weather\"", "\"coordinates\""}) {
            TOKENS.add(utf8(t));
        }
        TOKENS.add(new byte[] {0});
        TOKENS.add(new byte[] {(byte) 0xFF});
        TOKENS.add(new byte[] {(byte) 0xC3});
        TOKENS.add(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        TOKENS.add(new byte[] {(byte) 0xFE, (byte) 0xFF});
        TOKENS.add(utf8("\"" + "A".repeat(10_000) + "\""));
        TOKENS.add(utf8("1".repeat(2_000)));
        TOKENS.add(utf8("1." + "0".repeat(999)));
        TOKENS.add(utf8("x".repeat(70_000)));
        for (int depth : new int[] {10, 63, 64, 65, 300, 3000}) {
            TOKENS.add(utf8("[".repeat(depth) + "1" + "]".repeat(depth)));
            TOKENS.add(utf8("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
            TOKENS.add(utf8("[".repeat(depth)));
        }
    }

    private Mutations() {
    }

    /** One mutant of {@code seed}: one to four mutations, and sometimes a splice with {@code other}. */
    static byte[] mutate(byte[] seed, byte[] other, SplittableRandom rng) {
        byte[] b = seed;
        int count = rng.nextInt(8) == 0 ? 5 + rng.nextInt(8) : 1 + rng.nextInt(4);
        for (int k = 0; k < count; k++) {
            b = once(b, other, rng);
        }
        return b;
    }

    private static byte[] once(byte[] b, byte[] other, SplittableRandom rng) {
        if (b.length == 0) {
            return token(rng);
        }
        int op = rng.nextInt(100);
        if (op < 10) { // flip a bit
            byte[] c = b.clone();
            int at = rng.nextInt(c.length);
            c[at] ^= (byte) (1 << rng.nextInt(8));
            return c;
        } else if (op < 15) { // set a byte to anything
            byte[] c = b.clone();
            c[rng.nextInt(c.length)] = (byte) rng.nextInt(256);
            return c;
        } else if (op < 21) { // truncate
            return Arrays.copyOf(b, rng.nextInt(b.length));
        } else if (op < 35) { // insert a token
            return splice(b, rng.nextInt(b.length + 1), 0, token(rng));
        } else if (op < 42) { // replace a span with a token
            int at = rng.nextInt(b.length);
            return splice(b, at, spanLength(b.length - at, rng), token(rng));
        } else if (op < 48) { // duplicate a span
            int at = rng.nextInt(b.length);
            int len = spanLength(b.length - at, rng);
            return splice(b, rng.nextInt(b.length + 1), 0, Arrays.copyOfRange(b, at, at + len));
        } else if (op < 54) { // delete a span
            int at = rng.nextInt(b.length);
            return splice(b, at, spanLength(b.length - at, rng), new byte[0]);
        } else if (op < 64) { // replace a number
            return replaceMatch(b, NUMBER, rng, m -> rng.nextBoolean() ? NUMBERS[rng.nextInt(NUMBERS.length)]
                    : randomNumber(rng));
        } else if (op < 70) { // rename a key
            return renameKey(b, rng);
        } else if (op < 80) { // replace or wrap a JSON value
            return jsonValue(b, rng);
        } else if (op < 90) { // lines: delete, duplicate, swap, replace
            return lines(b, rng);
        } else if (op < 95) { // fields of a line (CSV cells, columns of a table)
            return fields(b, rng);
        } else if (op < 99 || rng.nextInt(50) != 0) { // splice with the other seed
            int cut = rng.nextInt(b.length + 1);
            int from = other.length == 0 ? 0 : rng.nextInt(other.length);
            return splice(Arrays.copyOf(b, cut), cut, 0, Arrays.copyOfRange(other, from, other.length));
        } else { // blow up: the file or a span repeated to a few megabytes
            int at = rng.nextInt(b.length);
            byte[] span = Arrays.copyOfRange(b, at, at + spanLength(b.length - at, rng));
            int times = Math.max(1, (1 + rng.nextInt(4)) * 256 * 1024 / Math.max(span.length, 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(b, 0, at);
            for (int i = 0; i < times; i++) {
                out.write(span, 0, span.length);
            }
            out.write(b, at, b.length - at);
            return out.toByteArray();
        }
    }

    private static int spanLength(int max, SplittableRandom rng) {
        int len = rng.nextInt(4) == 0 ? 1 + rng.nextInt(Math.max(max, 1)) : 1 + rng.nextInt(Math.min(64, Math.max(max, 1)));
        return Math.min(len, max);
    }

    private static byte[] token(SplittableRandom rng) {
        return TOKENS.get(rng.nextInt(TOKENS.size()));
    }

    private static String randomNumber(SplittableRandom rng) {
        return switch (rng.nextInt(4)) {
            case 0 -> Integer.toString(rng.nextInt(-100_000, 100_000));
            case 1 -> Double.toString(rng.nextDouble(-1e6, 1e6));
            case 2 -> Double.toString(Double.longBitsToDouble(rng.nextLong())).replace("Infinity", "1e999");
            default -> Long.toString(rng.nextLong());
        };
    }

    private static byte[] replaceMatch(byte[] b, Pattern p, SplittableRandom rng,
                                       java.util.function.Function<Matcher, String> with) {
        String s = latin1(b);
        Matcher m = p.matcher(s);
        List<int[]> spans = new ArrayList<>();
        while (m.find() && spans.size() < 5000) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return splice(b, rng.nextInt(b.length + 1), 0, token(rng));
        }
        int[] span = spans.get(rng.nextInt(spans.size()));
        m.region(span[0], span[1]).lookingAt();
        return splice(b, span[0], span[1] - span[0], utf8(with.apply(m)));
    }

    private static byte[] renameKey(byte[] b, SplittableRandom rng) {
        String s = latin1(b);
        Matcher m = KEY.matcher(s);
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find() && spans.size() < 5000) {
            spans.add(new int[] {m.start(1), m.end(1)});
            names.add(m.group(1));
        }
        if (spans.isEmpty()) {
            return once(b, b, rng);
        }
        int i = rng.nextInt(spans.size());
        String name = names.get(i);
        String renamed = switch (rng.nextInt(5)) {
            case 0 -> names.get(rng.nextInt(names.size())); // another key of the file (often a duplicate)
            case 1 -> name.toUpperCase(java.util.Locale.ROOT);
            case 2 -> name.substring(0, name.length() - 1);
            case 3 -> name + "x";
            default -> "";
        };
        return splice(b, spans.get(i)[0], spans.get(i)[1] - spans.get(i)[0], utf8(renamed));
    }

    /** Replaces the value after a random ':' or '[' or ',' with a token, or wraps it in an array or object. */
    private static byte[] jsonValue(byte[] b, SplittableRandom rng) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < b.length && starts.size() < 20_000; i++) {
            if (b[i] == ':' || b[i] == '[' || b[i] == ',') {
                starts.add(i + 1);
            }
        }
        if (starts.isEmpty()) {
            return once(b, b, rng);
        }
        int start = starts.get(rng.nextInt(starts.size()));
        while (start < b.length && (b[start] == ' ' || b[start] == '\n' || b[start] == '\r' || b[start] == '\t')) {
            start++;
        }
        int end = valueEnd(b, start);
        byte[] value = Arrays.copyOfRange(b, start, end);
        byte[] with = switch (rng.nextInt(6)) {
            case 0 -> concat(utf8("["), value, utf8("]"));
            case 1 -> concat(utf8("{\"v\":"), value, utf8("}"));
            case 2 -> concat(value, utf8(","), value);
            case 3 -> new byte[0];
            default -> token(rng);
        };
        return splice(b, start, end - start, with);
    }

    /** The end of the JSON value starting at {@code start}: the next ',' '}' or ']' at its depth. */
    private static int valueEnd(byte[] b, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < b.length; i++) {
            byte c = b[i];
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return b.length;
    }

    private static byte[] lines(byte[] b, SplittableRandom rng) {
        List<byte[]> lines = split(b, (byte) '\n');
        int i = rng.nextInt(lines.size());
        int j = rng.nextInt(lines.size());
        switch (rng.nextInt(5)) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(i));
            case 2 -> {
                byte[] t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case 3 -> lines.set(i, lines.get(j));
            default -> lines.subList(Math.min(i, j), Math.max(i, j)).clear();
        }
        return join(lines, (byte) '\n');
    }

    private static byte[] fields(byte[] b, SplittableRandom rng) {
        List<byte[]> lines = split(b, (byte) '\n');
        int i = rng.nextInt(lines.size());
        byte sep = rng.nextBoolean() ? (byte) ',' : (byte) ' ';
        List<byte[]> cells = split(lines.get(i), sep);
        int a = rng.nextInt(cells.size());
        int c = rng.nextInt(cells.size());
        switch (rng.nextInt(4)) {
            case 0 -> cells.remove(a);
            case 1 -> cells.add(a, cells.get(c));
            case 2 -> {
                byte[] t = cells.get(a);
                cells.set(a, cells.get(c));
                cells.set(c, t);
            }
            default -> cells.set(a, token(rng));
        }
        lines.set(i, join(cells, sep));
        return join(lines, (byte) '\n');
    }

    private static List<byte[]> split(byte[] b, byte sep) {
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= b.length; i++) {
            if (i == b.length || b[i] == sep) {
                parts.add(Arrays.copyOfRange(b, from, i));
                from = i + 1;
            }
        }
        return parts;
    }

    private static byte[] join(List<byte[]> parts, byte sep) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.write(sep);
            }
            out.write(parts.get(i), 0, parts.get(i).length);
        }
        return out.toByteArray();
    }

    static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** One char per byte, so that match offsets are byte offsets. */
    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
