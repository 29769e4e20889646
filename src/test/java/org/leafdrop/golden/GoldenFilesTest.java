package org.leafdrop.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafdrop.cli.LeafdropCli;
import org.leafdrop.io.PlanReader;
import org.leafdrop.io.PlanWriter;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;

/**
 * Golden copies of every sample: the plan as written back by Leafdrop and the result of
 * simulating it. Compared as parsed values, all mismatches listed at once. Regenerate on purpose
 * with {@code mvn test -Dtest=GoldenFilesTest -Dgolden.update=true} and read the diff.
 */
class GoldenFilesTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /** Results are identical on any machine in principle; allow for last-digit differences of libm. */
    private static final double RESULT_TOLERANCE = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".leafdrop.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleRoundTripsThroughReaderAndWriter(Path sample) throws IOException {
        PlanReader reader = new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled());
        Loaded<Plan> loaded = reader.read(sample);
        assertThat(loaded.errors()).isEmpty();
        Plan plan = loaded.value().orElseThrow();
        String written = new PlanWriter().toJson(plan);
        Path golden = GOLDEN.resolve(name(sample) + ".plan.json");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, written);
        }
        assertThat(reader.read(written, java.util.Optional.empty()).value()).contains(plan);
        // the sample's own values survive the trip, unknown fields included
        assertThat(JsonDiff.missingOrDifferent(JSON.readTree(sample.toFile()), JSON.readTree(written))).isEmpty();
        assertThat(JsonDiff.diff(JSON.readTree(golden.toFile()), JSON.readTree(written), 0, Set.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleResultMatchesItsGoldenCopy(Path sample) throws IOException {
        Path out = tmp.resolve("result.json");
        int code = LeafdropCli.run(new String[] {"simulate", sample.toString(), "-o", out.toString(),
            "--particles", "4000", "--threads", "2"}, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertThat(code).isZero();
        Path golden = GOLDEN.resolve(name(sample) + ".result.json");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.copy(out, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        JsonNode expected = JSON.readTree(golden.toFile());
        JsonNode actual = JSON.readTree(out.toFile());
        List<String> mismatches = JsonDiff.diff(expected, actual, RESULT_TOLERANCE, Set.of("run"));
        assertThat(mismatches).isEmpty();
    }

    private static String name(Path sample) {
        return sample.getFileName().toString().replace(".leafdrop.json", "");
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> exports() throws IOException {
        return samples().flatMap(sample -> Stream.of("geojson", "kml", "csv", "grid")
                .map(format -> org.junit.jupiter.params.provider.Arguments.of(sample, format)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("exports")
    void sampleExportMatchesItsGoldenCopy(Path sample, String format) throws IOException {
        String ext = format.equals("grid") ? "asc" : format;
        Path out = tmp.resolve("export." + ext);
        java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        int code = LeafdropCli.run(new String[] {"export", sample.toString(), "--to", format, "-o", out.toString(),
            "--particles", "2000", "--threads", "2"}, quiet, quiet);
        assertThat(code).isZero();
        Path golden = GOLDEN.resolve(name(sample) + ".export." + ext);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.copy(out, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(tokenMismatches(Files.readString(golden), Files.readString(out))).isEmpty();
    }

    /**
     * Compares two texts token by token (split at white space and JSON, XML and CSV punctuation):
     * numbers within a relative 1e-7 (the last printed digit of coordinates may differ between
     * libm builds), everything else exactly. Lists the first twenty mismatches.
     */
    static List<String> tokenMismatches(String expected, String actual) {
        String split = "[\\s,\\[\\]{}:\"<>=/]+";
        String[] e = expected.split(split);
        String[] a = actual.split(split);
        List<String> out = new java.util.ArrayList<>();
        if (e.length != a.length) {
            out.add("expected " + e.length + " tokens but found " + a.length);
        }
        for (int i = 0; i < Math.min(e.length, a.length) && out.size() < 20; i++) {
            if (e[i].equals(a[i])) {
                continue;
            }
            try {
                double x = Double.parseDouble(e[i]);
                double y = Double.parseDouble(a[i]);
                if (Math.abs(x - y) <= 1e-7 * Math.max(1, Math.abs(x))) {
                    continue;
                }
            } catch (NumberFormatException ignored) {
                // not numbers: they differ
            }
            out.add("token " + i + ": expected " + e[i] + " but found " + a[i]);
        }
        return out;
    }
}
