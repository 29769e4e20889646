package org.leafdrop.io.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.WindLevel;

/** Shared by the FB and CSV reader tests: fixtures and a wind comparison that lists every mismatch. */
final class WindTableAssertions {
    /**
     * Expected figures are written to 4 decimals (3000 ft = 914.4 m, 10 kt = 5.1444 m/s); 1 mm and
     * 1 mm/s are far below what any wind table resolves (1 kt, 10 ft) and far above rounding.
     */
    static final double TOLERANCE = 1e-3;

    private WindTableAssertions() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(WindTableAssertions.class.getResource("/weather/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each expected row is {altitudeMslM, fromDeg, speedMps}; fails listing all mismatches. */
    static void assertWinds(List<WindLevel> actual, double[]... expected) {
        List<String> mismatches = new ArrayList<>();
        if (actual.size() != expected.length) {
            mismatches.add("expected " + expected.length + " levels, got " + actual.size() + ": " + actual);
        }
        for (int i = 0; i < Math.min(actual.size(), expected.length); i++) {
            WindLevel a = actual.get(i);
            double[] e = expected[i];
            if (Math.abs(a.altitudeMslM() - e[0]) > TOLERANCE || Math.abs(a.fromDeg() - e[1]) > TOLERANCE
                    || Math.abs(a.speedMps() - e[2]) > TOLERANCE) {
                mismatches.add(String.format(Locale.ROOT, "level %d: expected %.4f m %.4f° %.4f m/s, got %.4f m %.4f° %.4f m/s",
                        i, e[0], e[1], e[2], a.altitudeMslM(), a.fromDeg(), a.speedMps()));
            }
        }
        if (!mismatches.isEmpty()) {
            fail(String.join("\n", mismatches));
        }
    }

    static double[] level(double altitudeMslM, double fromDeg, double speedMps) {
        return new double[] {altitudeMslM, fromDeg, speedMps};
    }

    /** No problem message may leak a stack trace or an exception's text. */
    static void assertNoStackTraces(Loaded<?> loaded) {
        assertThat(loaded.problems()).allSatisfy(p -> assertThat(p.message())
                .doesNotContain("Exception").doesNotContain("at org.").doesNotContain("java."));
    }
}
