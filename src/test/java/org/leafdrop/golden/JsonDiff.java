package org.leafdrop.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Compares two parsed JSON trees value by value and lists every mismatch by JSON path. */
final class JsonDiff {
    private JsonDiff() {
    }

    /**
     * @param relTolerance relative tolerance for numbers (absolute below 1)
     * @param ignored      member names skipped wherever they appear (e.g. timings)
     */
    static List<String> diff(JsonNode expected, JsonNode actual, double relTolerance, Set<String> ignored) {
        List<String> out = new ArrayList<>();
        walk("$", expected, actual, relTolerance, ignored, false, out);
        return out;
    }

    /** Like {@link #diff}, but members only {@code actual} has (e.g. defaults written out) are fine. */
    static List<String> missingOrDifferent(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        walk("$", expected, actual, 0, Set.of(), true, out);
        return out;
    }

    private static void walk(String path, JsonNode e, JsonNode a, double tol, Set<String> ignored, boolean allowExtra,
                             List<String> out) {
        if (e.isNumber() && a.isNumber()) {
            double x = e.asDouble();
            double y = a.asDouble();
            if (Math.abs(x - y) > tol * Math.max(1, Math.abs(x))) {
                out.add(path + ": expected " + e + " but was " + a);
            }
            return;
        }
        if (e.getNodeType() != a.getNodeType()) {
            out.add(path + ": expected " + e.getNodeType() + " " + e + " but was " + a.getNodeType() + " " + a);
            return;
        }
        if (e.isObject()) {
            Iterator<String> names = e.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (ignored.contains(n)) {
                    continue;
                }
                if (!a.has(n)) {
                    out.add(path + "." + n + ": missing");
                } else {
                    walk(path + "." + n, e.get(n), a.get(n), tol, ignored, allowExtra, out);
                }
            }
            Iterator<String> extra = a.fieldNames();
            while (extra.hasNext()) {
                String n = extra.next();
                if (!allowExtra && !e.has(n) && !ignored.contains(n)) {
                    out.add(path + "." + n + ": unexpected");
                }
            }
        } else if (e.isArray()) {
            if (e.size() != a.size()) {
                out.add(path + ": expected " + e.size() + " elements but was " + a.size());
            }
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                walk(path + "[" + i + "]", e.get(i), a.get(i), tol, ignored, allowExtra, out);
            }
        } else if (!e.equals(a)) {
            out.add(path + ": expected " + e + " but was " + a);
        }
    }
}
