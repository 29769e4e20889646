package org.leafdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    static final Path SAMPLE = Path.of("samples/mosul-central-2016-10-16.leafdrop.json");

    @TempDir
    Path tmp;

    /** Records how the command line asked for the window. */
    private static final class RecordingOpener implements WindowOpener {
        final java.util.List<java.util.Optional<Path>> opened = new java.util.ArrayList<>();

        @Override
        public int open(java.util.Optional<Path> plan, boolean replay, java.io.PrintWriter err) {
            opened.add(plan);
            return 0;
        }
    }

    @Test
    void noArgumentsOpensTheWindowOnTheBundledSample() {
        RecordingOpener opener = new RecordingOpener();
        CliRunner.Outcome o = CliRunner.runWith(opener);
        assertThat(o.exitCode()).isZero();
        assertThat(opener.opened).containsExactly(java.util.Optional.empty());
    }

    @Test
    void guiOpensTheWindowOnTheGivenPlan() {
        RecordingOpener opener = new RecordingOpener();
        assertThat(CliRunner.runWith(opener, "gui", SAMPLE.toString()).exitCode()).isZero();
        assertThat(CliRunner.runWith(opener, "gui").exitCode()).isZero();
        assertThat(opener.opened).containsExactly(java.util.Optional.of(SAMPLE), java.util.Optional.empty());
    }

    @Test
    void guiOnAMissingFileFailsBeforeOpeningAnything() {
        RecordingOpener opener = new RecordingOpener();
        CliRunner.Outcome o = CliRunner.runWith(opener, "gui", tmp.resolve("nope.json").toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("nope.json").contains("no such file");
        assertThat(opener.opened).isEmpty();
    }

    @Test
    void withoutAWindowTheCommandLineSaysSoAndFails() {
        CliRunner.Outcome o = CliRunner.run("gui");
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("map window cannot be opened");
    }

    @Test
    void simulatePreviewPrintsTheWindowsFastPathLandings() {
        CliRunner.Outcome o = CliRunner.run("simulate", SAMPLE.toString(), "--preview");
        assertThat(o.exitCode()).as(o.err()).isZero();
        var plan = PlanLoading.read(SAMPLE).value().orElseThrow();
        var rows = org.leafdrop.planning.LandingPreview.compute(plan, java.util.Optional.empty());
        for (var r : rows) {
            // the same figures the window's preview shows, sortie by sortie
            assertThat(o.out()).containsPattern(r.sortieId() + "\\s+\\d+:\\d\\d\\s+"
                    + String.format(java.util.Locale.ROOT, "%.2f", r.driftM() / 1000));
        }
        assertThat(CliRunner.run("simulate", SAMPLE.toString(), "--preview", "--ensemble").exitCode()).isEqualTo(2);
    }

    @Test
    void validateAcceptsTheSample() {
        CliRunner.Outcome o = CliRunner.run("validate", SAMPLE.toString());
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(o.out()).contains("valid plan");
        assertThat(o.err()).doesNotContain("error:");
    }

    @Test
    void simulateWritesTheResultAndPrintsTheSummary() throws IOException {
        Path result = tmp.resolve("r.json");
        CliRunner.Outcome o = CliRunner.run("simulate", SAMPLE.toString(), "-o", result.toString(), "--particles", "2000");
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(o.out()).contains("s1").contains("s2").contains("old-city").contains("tigris");
        JsonNode r = new ObjectMapper().readTree(result.toFile());
        assertThat(r.path("format").asText()).isEqualTo("leafdrop-result");
        assertThat(r.path("particlesPerSortie").asInt()).isEqualTo(2000);
        assertThat(r.path("sorties")).hasSize(2);
        assertThat(r.path("targets")).hasSize(2);
        assertThat(r.path("sorties").get(0).path("doctrinal").path("driftM").asDouble()).isPositive();
        assertThat(r.path("totals").path("leaflets").asLong()).isEqualTo(100_000);
    }

    @Test
    void simulateWithoutOutputWritesNoFile() throws IOException {
        Path copy = Files.copy(SAMPLE, tmp.resolve("plan.leafdrop.json"));
        CliRunner.Outcome o = CliRunner.run("simulate", copy.toString(), "--particles", "500");
        assertThat(o.exitCode()).as(o.err()).isZero();
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(copy);
        }
    }

    @Test
    void theSeedOptionChangesTheRunAndIsRecorded() throws IOException {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        assertThat(CliRunner.run("simulate", SAMPLE.toString(), "-o", a.toString(), "--particles", "500",
                "--seed", "5").exitCode()).isZero();
        assertThat(CliRunner.run("simulate", SAMPLE.toString(), "-o", b.toString(), "--particles", "500",
                "--seed", "6").exitCode()).isZero();
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(a.toFile()).path("seed").asLong()).isEqualTo(5);
        assertThat(m.readTree(a.toFile()).path("sorties")).isNotEqualTo(m.readTree(b.toFile()).path("sorties"));
    }

    @Test
    void resultsAreIdenticalOnOneAndTwoThreads() throws IOException {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        assertThat(CliRunner.run("simulate", SAMPLE.toString(), "-o", a.toString(), "--particles", "3000",
                "--threads", "1").exitCode()).isZero();
        assertThat(CliRunner.run("simulate", SAMPLE.toString(), "-o", b.toString(), "--particles", "3000",
                "--threads", "2").exitCode()).isZero();
        ObjectMapper m = new ObjectMapper();
        JsonNode ra = m.readTree(a.toFile());
        JsonNode rb = m.readTree(b.toFile());
        for (String part : new String[] {"sorties", "targets", "exclusions", "totals", "warnings"}) {
            assertThat(ra.path(part)).as(part).isEqualTo(rb.path(part));
        }
    }

    @Test
    void refusesToOverwriteTheInputPlan() throws IOException {
        Path copy = Files.copy(SAMPLE, tmp.resolve("plan.leafdrop.json"));
        byte[] before = Files.readAllBytes(copy);
        CliRunner.Outcome o = CliRunner.run("simulate", copy.toString(), "-o", copy.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("refusing to overwrite");
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    @Test
    void anEmptySortieListIsValidButNothingToSimulate() throws IOException {
        Path plan = tmp.resolve("draft.leafdrop.json");
        Files.writeString(plan, """
                {"format": "leafdrop-plan", "version": 1, "name": "draft", "groundElevationMslM": 0,
                 "weather": {"winds": [{"altitudeMslM": 0, "fromDeg": 270, "speedMps": 5}]},
                 "sorties": []}
                """);
        CliRunner.Outcome v = CliRunner.run("validate", plan.toString());
        assertThat(v.exitCode()).isZero();
        assertThat(v.err()).contains("warning:");
        CliRunner.Outcome s = CliRunner.run("simulate", plan.toString(), "-o", tmp.resolve("r.json").toString());
        assertThat(s.exitCode()).isEqualTo(2);
        assertThat(s.err()).contains("nothing to simulate");
        assertThat(tmp.resolve("r.json")).doesNotExist();
    }

    @Test
    void badOptionsExitWithTwoAndNameTheOption() {
        assertThat(CliRunner.run("simulate", SAMPLE.toString(), "--particles", "0").err()).contains("--particles");
        assertThat(CliRunner.run("simulate", SAMPLE.toString(), "--particles", "0").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("simulate", SAMPLE.toString(), "--threads", "0").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("simulate", SAMPLE.toString(), "--seed", "abc").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("simulate", SAMPLE.toString(), "--no-such-option").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("no-such-command").exitCode()).isEqualTo(2);
    }

    @Test
    void aMissingPlanFileIsInvalidInputNamingTheFile() {
        CliRunner.Outcome o = CliRunner.run("validate", tmp.resolve("nope.leafdrop.json").toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("nope.leafdrop.json").doesNotContain("Exception");
    }

    @Test
    void anOutputFolderThatDoesNotExistIsRefusedBeforeAnyWork() {
        CliRunner.Outcome o = CliRunner.run("simulate", SAMPLE.toString(), "-o", tmp.resolve("no/such/r.json").toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("does not exist");
    }

    @Test
    void dashWritesTheResultToStandardOutputAndTheSummaryToStderr() throws IOException {
        CliRunner.Outcome o = CliRunner.run("simulate", SAMPLE.toString(), "-o", "-", "--particles", "300");
        assertThat(o.exitCode()).as(o.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(o.out());
        assertThat(r.path("format").asText()).isEqualTo("leafdrop-result");
        assertThat(o.err()).contains("Sorties: fall time and drift");
    }

    @Test
    void refusesToReplaceAnythingButARegularFile() throws IOException, InterruptedException {
        Path fifo = tmp.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        CliRunner.Outcome o = CliRunner.run("simulate", SAMPLE.toString(), "-o", fifo.toString(), "--particles", "100");
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("not a regular file").contains("-o -");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void writingThroughASymbolicLinkKeepsTheLink() throws IOException {
        Path real = Files.writeString(tmp.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.json"), real);
        assertThat(CliRunner.run("simulate", SAMPLE.toString(), "-o", link.toString(), "--particles", "100")
                .exitCode()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("leafdrop-result");
    }

    @Test
    void debugIsAcceptedBeforeOrAfterTheCommand() {
        assertThat(CliRunner.run("--debug", "validate", SAMPLE.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("validate", "--debug", SAMPLE.toString()).exitCode()).isZero();
    }

    @Test
    void validateListsWhatSimulatingWillAssume() {
        CliRunner.Outcome o = CliRunner.run("validate", SAMPLE.toString());
        assertThat(o.out()).contains("Simulating it will assume:").contains("M129 bomb: mass 91 kg");
    }

    @Test
    void aMissingGroundSpeedForABombIsAWarningWithItsLocation() throws IOException {
        Path plan = tmp.resolve("bomb.leafdrop.json");
        Files.writeString(plan, """
                {"format": "leafdrop-plan", "version": 1, "name": "bomb", "groundElevationMslM": 0,
                 "weather": {"winds": [{"altitudeMslM": 0, "fromDeg": 270, "speedMps": 5}],
                             "turbulence": {"model": "none"}},
                 "sorties": [{"id": "b", "track": {"type": "Point", "coordinates": [43.0, 36.3]},
                   "headingDeg": 90, "altitudeAglM": 3000, "releaseMethod": "leaflet-bomb",
                   "burstAltitudeAglM": 1200, "leafletType": "6x3-20lb", "leafletCount": 60000}]}
                """);
        CliRunner.Outcome o = CliRunner.run("simulate", plan.toString(), "--particles", "200");
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(o.err()).contains(plan + ":4:").contains("warning: $.sorties[0].groundSpeedMps")
                .contains("70 m/s assumed");
    }

    @Test
    void exportWritesEachGisFormat() throws IOException {
        for (String format : new String[] {"geojson", "kml", "csv"}) {
            Path out = tmp.resolve("map." + format);
            CliRunner.Outcome o = CliRunner.run("export", SAMPLE.toString(), "--to", format, "-o", out.toString(),
                    "--particles", "200");
            assertThat(o.exitCode()).as(o.err()).isZero();
            assertThat(Files.size(out)).isPositive();
        }
        JsonNode fc = new ObjectMapper().readTree(tmp.resolve("map.geojson").toFile());
        assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
        List<String> contourLevels = new ArrayList<>();
        for (JsonNode f : fc.path("features")) {
            if (f.path("properties").path("kind").asText().equals("density-contour")) {
                contourLevels.add(f.path("properties").path("levelPerKm2").asText());
            }
        }
        // the plan's threshold and the Old City's desired density
        assertThat(contourLevels).containsExactly("1000", "10000");
        assertThat(Files.readAllLines(tmp.resolve("map.csv")).get(0)).isEqualTo("sortie,lon,lat,leaflets");
    }

    @Test
    void exportWritesThePngTheGridAndThePdfAndRefusesUnknownFormats() throws IOException {
        Path png = tmp.resolve("map.png");
        assertThat(CliRunner.run("export", SAMPLE.toString(), "--to", "png", "-o", png.toString(), "--particles",
                "200").exitCode()).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1200);
        Path out = tmp.resolve("briefing.pdf");
        CliRunner.Outcome o = CliRunner.run("export", SAMPLE.toString(), "--to", "pdf", "-o", out.toString(),
                "--particles", "200");
        assertThat(CliRunner.run("export", SAMPLE.toString(), "--to", "grid", "-o", tmp.resolve("d.asc").toString(),
                "--particles", "200").exitCode()).isZero();
        assertThat(tmp.resolve("d.prj")).exists();
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(new String(Files.readAllBytes(out), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(CliRunner.run("export", SAMPLE.toString(), "--to", "shapefile", "-o", out.toString()).exitCode())
                .isEqualTo(2);
        assertThat(CliRunner.run("export", SAMPLE.toString(), "--to", "kml").exitCode()).isEqualTo(2);
    }

    @Test
    void exportPdfPrintsOnLetterWhenAskedAndRefusesAnUnknownPaperBeforeSimulating() throws IOException {
        Path out = tmp.resolve("letter.pdf");
        CliRunner.Outcome o = CliRunner.run("export", SAMPLE.toString(), "--to", "pdf", "-o", out.toString(),
                "--particles", "200", "--paper", "letter", "--marking", "EXERCISE ONLY");
        assertThat(o.exitCode()).as(o.err()).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("EXERCISE ONLY");
        }
        Path refused = tmp.resolve("tabloid.pdf");
        CliRunner.Outcome bad = CliRunner.run("export", SAMPLE.toString(), "--to", "pdf", "-o", refused.toString(),
                "--paper", "tabloid");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--paper tabloid");
        assertThat(refused).doesNotExist();
    }

    @Test
    void exportPdfOfABadPlanExitsTwoWithTheProblemLinesAndWritesNothing() throws IOException {
        Path plan = tmp.resolve("bad.leafdrop.json");
        Files.writeString(plan, Files.readString(SAMPLE).replaceFirst("\"altitudeAglM\": *[0-9.]+",
                "\"altitudeAglM\": -300"));
        Path out = tmp.resolve("bad.pdf");
        CliRunner.Outcome o = CliRunner.run("export", plan.toString(), "--to", "pdf", "-o", out.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("bad.leafdrop.json:").contains("error: $.sorties[0].altitudeAglM");
        assertThat(out).doesNotExist();
    }

    @Test
    void solveWritesAPlanThatValidatesAndLeavesTheInputAlone() throws IOException {
        Path copy = Files.copy(SAMPLE, tmp.resolve("plan.leafdrop.json"));
        byte[] before = Files.readAllBytes(copy);
        Path solved = tmp.resolve("solved.leafdrop.json");
        CliRunner.Outcome o = CliRunner.run("solve", copy.toString(), "-o", solved.toString(), "--particles", "500");
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(o.out()).contains("Sortie s1 -> target old-city").contains("miss after").contains("38S");
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
        assertThat(CliRunner.run("validate", solved.toString()).exitCode()).isZero();
        CliRunner.Outcome optimized = CliRunner.run("solve", copy.toString(), "--optimize", "--particles", "300");
        assertThat(optimized.exitCode()).as(optimized.err()).isZero();
        assertThat(optimized.out()).contains("Optimisation: score");
        Path impossible = tmp.resolve("impossible.leafdrop.json");
        Files.writeString(impossible, Files.readString(copy).replaceFirst("\"altitudeAglM\": 1200",
                "\"altitudeAglM\": 1200, \"minAltitudeAglM\": 2000, \"maxAltitudeAglM\": 1000"));
        CliRunner.Outcome refused = CliRunner.run("solve", impossible.toString(), "--optimize", "-o",
                tmp.resolve("never.json").toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("$.sorties[0]").contains("impossible altitude limits");
        assertThat(tmp.resolve("never.json")).doesNotExist();
        assertThat(CliRunner.run("solve", copy.toString(), "--sortie", "nope").err()).contains("nope");
        assertThat(CliRunner.run("solve", copy.toString(), "-o", copy.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void ensembleAddsProbabilitiesToTheResult() throws IOException {
        Path result = tmp.resolve("r.json");
        CliRunner.Outcome o = CliRunner.run("simulate", SAMPLE.toString(), "--ensemble", "--particles", "300", "-o",
                result.toString());
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(o.out()).contains("Ensemble: 9 members");
        JsonNode e = new ObjectMapper().readTree(result.toFile()).path("ensemble");
        assertThat(e.path("members").asInt()).isEqualTo(9);
        assertThat(e.path("targets")).hasSize(2);
        assertThat(e.path("targets").get(0).path("probabilityAboveThreshold").isNumber()).isTrue();
        assertThat(e.path("sorties").get(0).path("centroidSpreadM").asDouble()).isPositive();
    }

    @Test
    void exportWithTheEnsembleAddsProbabilityContours() throws IOException {
        Path out = tmp.resolve("odds.geojson");
        CliRunner.Outcome o = CliRunner.run("export", SAMPLE.toString(), "--to", "geojson", "--ensemble", "-o",
                out.toString(), "--particles", "300");
        assertThat(o.exitCode()).as(o.err()).isZero();
        List<Double> probabilities = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(out.toFile()).path("features")) {
            if (f.path("properties").path("kind").asText().equals("probability-contour")) {
                probabilities.add(f.path("properties").path("probability").asDouble());
                assertThat(f.path("geometry").path("type").asText()).isIn("Polygon", "MultiPolygon");
            }
        }
        assertThat(probabilities).isNotEmpty().isSubsetOf(0.5, 0.9);
        assertThat(CliRunner.run("export", SAMPLE.toString(), "--to", "csv", "--ensemble", "-o",
                tmp.resolve("x.csv").toString()).exitCode()).isEqualTo(2);
    }
}
