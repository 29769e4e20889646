package org.leafdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad wind file of {@code src/test/resources/bad-weather/cases.csv} (new fixtures there,
 * and the bad fixtures of {@code weather/}) through {@code leafdrop weather FILE} and
 * {@code leafdrop weather FILE --into PLAN -o OUT}: exit code 2, the file, line and field named
 * with what is wrong, no stack trace, nothing on stdout, OUT not created, the plan and the wind
 * file byte-identical. Plus what a manifest cannot hold: a 60 MB file, a folder, a missing file;
 * and the doubtful-but-usable files that are read with a warning (exit 0).
 */
class BadWeatherCommandLineTest {
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Path SAMPLE = Path.of("samples/mosul-central-2016-10-16.leafdrop.json");

    @TempDir
    Path tmp;

    /**
     * One row of the manifest.
     *
     * @param line  the line the error names; 0 for an error about the whole file without a line
     * @param field what follows "error: " (a column, a JSON path or its start, or $)
     */
    record Case(String file, List<String> options, int line, String field, String fragment) {
        @Override
        public String toString() {
            return file + (options.isEmpty() ? "" : " " + String.join(" ", options));
        }
    }

    static Stream<Case> cases() throws IOException {
        List<String> lines = Files.readAllLines(RESOURCES.resolve("bad-weather/cases.csv"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> {
            List<String> c = cells(l);
            return new Case(c.get(0), c.get(1).isBlank() ? List.of() : Arrays.asList(c.get(1).trim().split(" ")),
                    Integer.parseInt(c.get(2)), c.get(3), c.get(4));
        });
    }

    @Test
    void theManifestHoldsAtLeast25CasesAndEveryNewFixture() throws IOException {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(25);
        try (Stream<Path> files = Files.list(RESOURCES.resolve("bad-weather"))) {
            List<String> fixtures = files.map(f -> "bad-weather/" + f.getFileName())
                    .filter(f -> !f.endsWith("cases.csv") && !f.endsWith("README.md")).toList();
            assertThat(all.stream().map(Case::file).toList()).containsAll(fixtures.stream()
                    .filter(f -> !f.contains("nan-direction")).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printingTheWeatherBlockRefusesTheFileNamingLineAndField(Case c) throws IOException {
        Path wind = copy(c.file());
        byte[] before = Files.readAllBytes(wind);
        List<String> args = new ArrayList<>(List.of("weather", wind.toString()));
        args.addAll(c.options());

        CliRunner.Outcome o = CliRunner.run(args.toArray(String[]::new));

        assertRefused(o, wind, c);
        assertThat(o.out()).as("nothing on stdout").isEmpty();
        assertThat(Files.readAllBytes(wind)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergingIntoAPlanRefusesTheFileAndWritesNothing(Case c) throws IOException {
        // heights above ground are refused only for want of a ground elevation, which the plan gives
        Assumptions.assumeFalse(c.fragment().contains("no ground elevation is known"));
        Path wind = copy(c.file());
        Path plan = Files.copy(SAMPLE, tmp.resolve("plan.leafdrop.json"));
        byte[] windBefore = Files.readAllBytes(wind);
        byte[] planBefore = Files.readAllBytes(plan);
        Path out = tmp.resolve("out.leafdrop.json");
        List<String> args = new ArrayList<>(List.of("weather", wind.toString(), "--into", plan.toString(), "-o",
                out.toString()));
        args.addAll(c.options());

        CliRunner.Outcome o = CliRunner.run(args.toArray(String[]::new));

        assertRefused(o, wind, c);
        assertThat(out).doesNotExist();
        assertThat(Files.readAllBytes(plan)).isEqualTo(planBefore);
        assertThat(Files.readAllBytes(wind)).isEqualTo(windBefore);
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("no temporary file left").containsExactlyInAnyOrder(wind, plan);
        }
    }

    @Test
    void aSixtyMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path big = tmp.resolve("huge.csv");
        try (OutputStream os = Files.newOutputStream(big)) {
            byte[] row = "1000,270,5\n".getBytes(StandardCharsets.US_ASCII);
            byte[] block = new byte[row.length * 10_000];
            for (int i = 0; i < 10_000; i++) {
                System.arraycopy(row, 0, block, i * row.length, row.length);
            }
            os.write("height_m_msl,direction_deg,speed_mps\n".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < 60L * 1024 * 1024; written += block.length) {
                os.write(block);
            }
        }
        Path plan = Files.copy(SAMPLE, tmp.resolve("plan.leafdrop.json"));
        byte[] planBefore = Files.readAllBytes(plan);
        Path out = tmp.resolve("out.leafdrop.json");

        CliRunner.Outcome o = CliRunner.run("weather", big.toString(), "--into", plan.toString(), "-o",
                out.toString());

        assertThat(o.exitCode()).as(o.err()).isEqualTo(2);
        assertThat(o.err()).contains(big + ":1:1: error: $: file too large:").contains("the limit is")
                .contains("(50 MB)");
        assertNoStackTrace(o);
        assertThat(out).doesNotExist();
        assertThat(Files.readAllBytes(plan)).isEqualTo(planBefore);
    }

    @Test
    void aFolderOrAMissingFileIsNamedAsSuch() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("winds"));
        CliRunner.Outcome dir = CliRunner.run("weather", folder.toString());
        CliRunner.Outcome missing = CliRunner.run("weather", tmp.resolve("nowhere.csv").toString());

        assertThat(dir.exitCode()).isEqualTo(2);
        assertThat(dir.err()).contains(folder + ": error: $: is a folder, not a wind file");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains(tmp.resolve("nowhere.csv") + ": error: $: file not found");
        assertNoStackTrace(dir);
        assertNoStackTrace(missing);
    }

    /** Doubtful but usable: read, with a warning naming the file, line and field; exit 0. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            weather/uwyo/mosul-duplicate-descending.txt | 9  | HGHT          | duplicate height 1505 m (first at line 8): this level is dropped
            weather/uwyo/mosul-duplicate-descending.txt | 11 | HGHT          | height 1980 m is below the previous level's 2012 m (line 10): the levels are sorted by height
            weather/uwyo/mosul-duplicate-descending.csv | 6  | geopotential height_m | duplicate height 1505 m (first at line 5)
            weather/uwyo/mosul-duplicate-descending.csv | 8  | geopotential height_m | height 1980 m is below the previous level's 2012 m
            weather/csv/duplicates-unsorted.csv         | 3  | height_m_msl  | the heights go down at line 3
            weather/csv/duplicates-unsorted.csv         | 4  | height_m_msl  | line 4 repeats the height 1000 m MSL of line 2; the first (line 2) is kept
            bad-weather/csv-nan-direction.csv           | 2  | direction_deg | line 2 has no value for direction_deg; the row is skipped
            """)
    void heightsThatRepeatOrGoDownAndMissingValuesAreWarnedOfAndRead(String file, int line, String field,
                                                                      String fragment) throws IOException {
        Path wind = copy(file);

        CliRunner.Outcome o = CliRunner.run("weather", wind.toString());

        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(o.out()).contains("\"altitudeMslM\"");
        assertThat(o.err()).containsPattern(Pattern.quote(wind + ":" + line + ":") + "\\d+: warning: "
                + Pattern.quote(field + ": " + fragment));
        assertNoStackTrace(o);
    }

    private Path copy(String file) throws IOException {
        Path from = RESOURCES.resolve(file);
        return Files.copy(from, tmp.resolve(from.getFileName().toString()));
    }

    private static void assertRefused(CliRunner.Outcome o, Path wind, Case c) {
        assertThat(o.exitCode()).as(o.err()).isEqualTo(2);
        String where = c.line() > 0 ? Pattern.quote(wind + ":" + c.line() + ":") + "\\d+: "
                : Pattern.quote(wind + ": ");
        assertThat(o.err()).as("names file, line and field").containsPattern(where + Pattern.quote("error: "
                + c.field()));
        assertThat(o.err()).contains(c.fragment());
        assertNoStackTrace(o);
    }

    private static void assertNoStackTrace(CliRunner.Outcome o) {
        assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.")
                .doesNotContain("unexpected failure");
        assertThat(o.out()).doesNotContain("Exception");
    }

    /** The cells of one CSV line: commas separate, a cell starting with a double quote is quoted, "" in it is a quote. */
    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
