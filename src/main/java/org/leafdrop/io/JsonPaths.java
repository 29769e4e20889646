package org.leafdrop.io;

import java.util.regex.Pattern;

/** Builds JSON paths in the {@code $.sorties[0].altitudeAglM} form used in problem messages. */
final class JsonPaths {
    static final String ROOT = "$";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

    private JsonPaths() {
    }

    /** The path of a member: {@code $.a.b}, or {@code $['odd name']} for names that need quoting. */
    static String member(String parent, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** The path of an array item: {@code $.a[3]}. */
    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
