package org.leafdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad plan of src/test/resources/bad/cases.csv through the real commands: exit code 2, a
 * message naming the file and the field, no stack trace, the plan untouched, no output written.
 */
class BadInputCommandLineTest {
    private static final Path BAD = Path.of("src/test/resources/bad");

    @TempDir
    Path tmp;

    record Case(String file, String jsonPath, String fragment) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<String> lines = Files.readAllLines(BAD.resolve("cases.csv"));
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> {
            String[] c = l.split(",", 5);
            return new Case(c[0], c[1], c[4]);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateRejectsTheBadPlanNamingFileAndField(Case c) throws IOException {
        Path plan = Files.copy(BAD.resolve(c.file()), tmp.resolve(c.file()));
        byte[] before = Files.readAllBytes(plan);
        CliRunner.Outcome o = CliRunner.run("validate", plan.toString());
        assertThat(o.exitCode()).as(o.err()).isEqualTo(2);
        assertThat(o.err()).contains(plan + ":").contains("error: " + c.jsonPath()).contains(c.fragment());
        assertNoStackTrace(o);
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void simulateRejectsTheBadPlanAndWritesNothing(Case c) throws IOException {
        Path plan = Files.copy(BAD.resolve(c.file()), tmp.resolve(c.file()));
        byte[] before = Files.readAllBytes(plan);
        Path result = tmp.resolve("result.json");
        CliRunner.Outcome o = CliRunner.run("simulate", plan.toString(), "-o", result.toString());
        assertThat(o.exitCode()).as(o.err()).isEqualTo(2);
        assertThat(o.err()).contains(plan + ":").contains(c.jsonPath());
        assertNoStackTrace(o);
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).containsExactly(plan);
        }
    }

    private static void assertNoStackTrace(CliRunner.Outcome o) {
        assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
        assertThat(o.out()).doesNotContain("Exception");
    }
}
