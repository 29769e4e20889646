package org.leafdrop.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests the known field an unknown one was probably meant to be: equal ignoring case, or
 * within two edits (one for names of four letters or fewer, so that short names do not match
 * everything).
 */
final class Names {
    private Names() {
    }

    static Optional<String> suggest(String unknown, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            if (k.toLowerCase(Locale.ROOT).equals(unknown.toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
            int d = distance(unknown, k);
            int allowed = k.length() <= 4 ? 1 : 2;
            if (d <= allowed && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
