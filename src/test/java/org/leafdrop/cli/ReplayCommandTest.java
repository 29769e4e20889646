package org.leafdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code leafdrop replay}: the window in replay mode, or the summary and animation without one. */
class ReplayCommandTest {
    static final Path CENTRAL = Path.of("samples/mosul-central-2016-10-16.leafdrop.json");
    static final Path NINEVEH = Path.of("samples/nineveh-2016-09.leafdrop.json");

    @TempDir
    Path tmp;

    /** Remembers what it was asked to open. */
    static final class RecordingOpener implements WindowOpener {
        final List<String> opened = new ArrayList<>();

        @Override
        public int open(Optional<Path> plan, boolean replay, PrintWriter err) {
            opened.add(plan.map(Path::toString).orElse("sample") + (replay ? " replay" : ""));
            return 0;
        }
    }

    @Test
    void replayOpensTheWindowInReplayModeOnTheCampaign() {
        RecordingOpener opener = new RecordingOpener();
        CliRunner.Outcome o = CliRunner.runWith(opener, "replay", CENTRAL.toString());
        assertThat(o.exitCode()).isZero();
        assertThat(opener.opened).containsExactly(CENTRAL + " replay");
    }

    @Test
    void withoutADisplayReplaySaysSoAndFails() {
        CliRunner.Outcome o = CliRunner.run("replay", CENTRAL.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("window cannot be opened");
    }

    @Test
    void theSummaryListsTheSortiesInReleaseOrderAndReportsBesideTheSimulation() {
        CliRunner.Outcome o = CliRunner.run("replay", NINEVEH.toString(), "--summary", "--particles", "500");
        assertThat(o.exitCode()).as(o.err()).isZero();
        String out = o.out();
        assertThat(out).contains("Replay of ").contains("8 sorties").contains("Timeline (UTC)");
        List<String> rows = out.lines().filter(l -> l.matches("\\s+s-\\S+\\s.*2016-09-15 .*")).toList();
        assertThat(rows).hasSize(8);
        List<String> starts = rows.stream().map(l -> l.trim().split("\\s{2,}")[2]).toList();
        assertThat(starts).isSorted();
        assertThat(out).contains("Reported and simulated per target");
        assertThat(out).containsPattern("central-mosul\\s+[\\d.]+\\s+2,000,000\\s+2,000,000");
        assertThat(out).contains("kurdistan24.net/en/story/9460");
    }

    @Test
    void assumedReportsAreMarkedWithTheirWording() {
        CliRunner.Outcome o = CliRunner.run("replay", "samples/west-mosul-2017-02-18.leafdrop.json", "--summary",
                "--particles", "300");
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(o.out()).contains("2,000,000*").contains("assumed from \"millions of leaflets\"");
    }

    @Test
    void framesAndAGifAreWrittenWithoutAWindow() throws Exception {
        Path frames = tmp.resolve("frames");
        Path gif = tmp.resolve("replay.gif");
        CliRunner.Outcome o = CliRunner.run("replay", CENTRAL.toString(), "--frames", frames.toString(), "--gif",
                gif.toString(), "--frame-count", "5", "--size", "400x300", "--particles", "500");
        assertThat(o.exitCode()).as(o.err()).isZero();
        try (var list = Files.list(frames)) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("frame-0001.png",
                    "frame-0002.png", "frame-0003.png", "frame-0004.png", "frame-0005.png");
        }
        var image = javax.imageio.ImageIO.read(frames.resolve("frame-0003.png").toFile());
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(300);
        var reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = javax.imageio.ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(5);
        }
        assertThat(new String(Files.readAllBytes(gif), StandardCharsets.ISO_8859_1)).contains("NETSCAPE2.0");
        assertThat(o.err()).contains("Written 5 frames").doesNotContain("Exception");
    }

    @Test
    void aFullFramesFolderIsRefusedBeforeAnyWorkAndKeptAsItWas() throws Exception {
        Path frames = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(frames.resolve("frame-0001.png"), "mine");
        CliRunner.Outcome o = CliRunner.run("replay", CENTRAL.toString(), "--frames", frames.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("--frames").contains("not empty").doesNotContain("Exception");
        assertThat(o.out()).isEmpty();
        assertThat(Files.readString(frames.resolve("frame-0001.png"))).isEqualTo("mine");
    }

    @Test
    void theGifNeverReplacesThePlan() throws Exception {
        Path plan = Files.copy(CENTRAL, tmp.resolve("plan.leafdrop.json"));
        byte[] before = Files.readAllBytes(plan);
        CliRunner.Outcome o = CliRunner.run("replay", plan.toString(), "--gif", plan.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("--gif").contains("input plan");
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
    }

    @Test
    void aPlanWithoutReleaseTimesCannotBeReplayedAndTheMessageSaysWhere() throws Exception {
        String text = Files.readString(CENTRAL).replaceAll(",\\s*\"releaseTimeUtc\": \"[^\"]*\"", "");
        Path plan = tmp.resolve("untimed.leafdrop.json");
        Files.writeString(plan, text);
        assertThat(CliRunner.run("validate", plan.toString()).exitCode()).as("still a valid plan").isZero();
        for (String[] args : new String[][] {{"replay", plan.toString(), "--summary"}, {"replay", plan.toString()}}) {
            RecordingOpener opener = new RecordingOpener();
            CliRunner.Outcome o = CliRunner.runWith(opener, args);
            assertThat(o.exitCode()).isEqualTo(2);
            assertThat(o.err()).containsPattern("untimed\\.leafdrop\\.json:\\d+:\\d+: error: \\$\\.sorties: no sortie has "
                    + "a releaseTimeUtc");
            assertThat(opener.opened).isEmpty();
        }
    }

    @Test
    void aSortieWithoutAReleaseTimeIsNamed() throws Exception {
        // only the second sortie loses its time: it would otherwise be placed at the winds' time
        String text = Files.readString(CENTRAL).replace(",\n      \"releaseTimeUtc\": \"2016-10-15T22:45:00Z\"", "");
        Path plan = tmp.resolve("half-timed.leafdrop.json");
        Files.writeString(plan, text);
        assertThat(text).contains("2016-10-15T22:30:00Z").doesNotContain("2016-10-15T22:45:00Z");
        CliRunner.Outcome o = CliRunner.run("replay", plan.toString(), "--summary");
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("$.sorties: sortie s2 has no releaseTimeUtc");
        assertThat(o.out()).isEmpty();
    }

    @Test
    void aBrokenPlanListsItsProblemsAndOpensNothing() throws Exception {
        Path plan = tmp.resolve("broken.leafdrop.json");
        Files.writeString(plan, Files.readString(CENTRAL).replace("\"altitudeAglM\": ", "\"altitudeAglM\": -"));
        RecordingOpener opener = new RecordingOpener();
        CliRunner.Outcome o = CliRunner.runWith(opener, "replay", plan.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("altitudeAglM").contains("must be above 0");
        assertThat(opener.opened).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--frame-count|1|--frame-count 1: must be from 2 to 5,000",
        "--size|big|--size big: must be WIDTHxHEIGHT",
        "--size|50x50|--size 50x50: each side from 200x150",
        "--particles|0|--particles 0: must be from 1 to 10,000,000"})
    void badOptionsAreNamed(String option, String value, String message) {
        CliRunner.Outcome o = CliRunner.run("replay", CENTRAL.toString(), "--summary", option, value);
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains(message).doesNotContain("Exception");
    }
}
