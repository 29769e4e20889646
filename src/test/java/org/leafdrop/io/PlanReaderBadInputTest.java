package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Problem;

/**
 * The bad-input suite: every file under {@code src/test/resources/bad/} is listed in
 * {@code cases.csv} ({@code file,jsonPath,line,column,messageFragment}; no quoting, no field
 * contains a comma or a quote; -1 for a line or column that is not checked) with the first error
 * the reader must report. The command-line tests reuse the same manifest.
 */
class PlanReaderBadInputTest {
    static Stream<Arguments> cases() throws IOException {
        List<String> lines = Files.readAllLines(TestPlans.resource("bad/cases.csv"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> {
            String[] cells = l.split(",", 5);
            return Arguments.of(cells[0], cells[1], Integer.parseInt(cells[2]), Integer.parseInt(cells[3]), cells[4]);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheFirstErrorWithPathLocationAndMessage(String file, String jsonPath, int line, int column,
                                                        String fragment) {
        Path path = TestPlans.resource("bad/" + file);
        Loaded<Plan> loaded = TestPlans.READER.read(path);

        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.errors()).isNotEmpty();
        Problem first = loaded.errors().get(0);
        assertThat(first.jsonPath()).isEqualTo(jsonPath);
        if (line >= 0) {
            assertThat(first.line()).as("line").isEqualTo(line);
        }
        if (column >= 0) {
            assertThat(first.column()).as("column").isEqualTo(column);
        }
        assertThat(first.message()).contains(fragment);
        assertThat(first.format()).startsWith(path.toString());
        assertThat(loaded.problems()).allSatisfy(p -> assertThat(p.message())
                .doesNotContain("Exception").doesNotContain("at org.").doesNotContain("[Source:"));
    }

    @Test
    void everyBadFileIsListedInTheManifest() throws IOException {
        List<String> listed = cases().map(a -> (String) a.get()[0]).toList();
        try (Stream<Path> files = Files.list(TestPlans.resource("bad/cases.csv").getParent())) {
            List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(present).hasSizeGreaterThanOrEqualTo(25);
        }
    }

    @Test
    void reportsEveryIndependentErrorInFileOrder() {
        String json = """
                {
                  "format": "leafdrop-plan",
                  "version": 1,
                  "groundElevationMslM": 223,
                  "targets": [
                    { "id": "t1", "geometry": { "type": "Polygon",
                      "coordinates": [[[43.1, 36.3], [200, 36.3], [43.2, 36.4], [43.1, 36.4], [43.1, 36.3]]] } }
                  ],
                  "weather": { "winds": [{ "altitudeMslM": 300, "fromDeg": 400, "speedMps": 3 }] },
                  "sorties": [
                    { "id": "s1", "track": { "type": "Point", "coordinates": [43.0, 36.3] },
                      "altitudeAglM": -300, "leafletType": "6x3-20lb", "leafletCount": 1000 },
                    { "id": "s2", "track": { "type": "Point", "coordinates": [43.0, 36.3] },
                      "altitudeAglM": 900, "leafletType": "9x9-20lb", "leafletCount": 1000 }
                  ],
                  "simulation": { "particlesPerSortie": 0 }
                }
                """;
        Loaded<Plan> loaded = TestPlans.read(json);

        assertThat(loaded.errors()).extracting(Problem::jsonPath).containsExactly(
                "$.targets[0].geometry.coordinates[0][1][0]",
                "$.weather.winds[0].fromDeg",
                "$.sorties[0].altitudeAglM",
                "$.sorties[1].leafletType",
                "$.simulation.particlesPerSortie");
        assertThat(loaded.errors()).extracting(Problem::line).containsExactly(7, 9, 12, 14, 16);
    }

    @Test
    void rejectsFileLargerThan50MbBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.leafdrop.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(JsonTreeReader.MAX_FILE_BYTES + 1);
        }
        Loaded<Plan> loaded = TestPlans.READER.read(big);

        assertThat(loaded.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("file too large").contains("52,428,801 bytes").contains("50 MB");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.format()).startsWith(big.toString() + ":1:1: error: $: file too large");
        });
    }

    @Test
    void missingFileIsAProblemNotACrash(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.leafdrop.json");
        Loaded<Plan> loaded = TestPlans.READER.read(missing);

        assertThat(loaded.errors()).singleElement()
                .satisfies(p -> assertThat(p.format()).startsWith(missing.toString()).endsWith("file not found"));
    }

    @Test
    void rejectsNegativeAltitudeNamingTheField() {
        Loaded<Plan> loaded = TestPlans.read(TestPlans.withSortie(
                TestPlans.SORTIE.replace("\"altitudeAglM\": 1200", "\"altitudeAglM\": -300")));

        assertThat(loaded.errors()).singleElement().satisfies(p -> assertThat(p.format())
                .isEqualTo("test.leafdrop.json:11:135: error: $.sorties[0].altitudeAglM: must be above 0 m (got -300)"));
    }

    @Test
    void missingFieldPointsAtTheEnclosingObject() {
        Loaded<Plan> loaded = TestPlans.read(TestPlans.withSortie(
                TestPlans.SORTIE.replace(", \"leafletType\": \"6x3-20lb\"", "")));

        assertThat(loaded.errors()).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.sorties[0].leafletType");
            assertThat(p.message()).isEqualTo("missing required field 'leafletType'");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.column()).isEqualTo(5);
        });
    }

    @Test
    void rejectsPlanLocalTypeWithSpreadOfOneOrMore() {
        String json = TestPlans.minimal().replace("\"weather\"",
                "\"leafletTypes\": [{ \"id\": \"c\", \"descentRateMps\": 1.2, \"descentSpreadFraction\": 1 }],\n  \"weather\"");
        Loaded<Plan> loaded = TestPlans.read(json);

        assertThat(loaded.errors()).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.leafletTypes[0].descentSpreadFraction");
            assertThat(p.message()).isEqualTo("must be in [0, 1) (got 1)");
        });
    }

    @Test
    void rejectsDeviceThatIsNotABombListingTheBombs() {
        Loaded<Plan> loaded = TestPlans.read(TestPlans.withSortie(TestPlans.SORTIE
                + ", \"releaseMethod\": \"leaflet-bomb\", \"burstAltitudeAglM\": 300, \"device\": \"static-line-box\""));

        assertThat(loaded.errors()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("device \"static-line-box\" is a box, not a leaflet-bomb store: use one of M129, PDU-5/B"));
    }

    @Test
    void rejectsUnknownReleaseMethodListingTheAllowedOnes() {
        Loaded<Plan> loaded = TestPlans.read(TestPlans.withSortie(TestPlans.SORTIE
                + ", \"releaseMethod\": \"parachute\""));

        assertThat(loaded.errors()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
                "unknown release method \"parachute\": use one of free-fall, static-line-box, leaflet-bomb"));
    }

    @Test
    void rejectsAHoleOutsideItsShellWithJtsReasonAndCoordinate() {
        String json = TestPlans.minimal().replace(
                "[[[43.1, 36.3], [43.2, 36.3], [43.2, 36.4], [43.1, 36.4], [43.1, 36.3]]]",
                "[[[43.1, 36.3], [43.2, 36.3], [43.2, 36.4], [43.1, 36.4], [43.1, 36.3]],"
                        + " [[44.1, 36.3], [44.2, 36.3], [44.2, 36.4], [44.1, 36.3]]]");
        Loaded<Plan> loaded = TestPlans.read(json);

        assertThat(loaded.errors()).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.targets[0].geometry.coordinates");
            assertThat(p.message()).isEqualTo("polygon is not valid: hole lies outside shell at [44.1, 36.3]");
        });
    }

    @Test
    void rejectsOverlappingPolygonsOfAMultiPolygon() {
        String square = "[[[43.1, 36.3], [43.2, 36.3], [43.2, 36.4], [43.1, 36.4], [43.1, 36.3]]]";
        String json = TestPlans.minimal().replace("\"type\": \"Polygon\"", "\"type\": \"MultiPolygon\"")
                .replace(square, "[" + square + ", " + square.replace("43.1", "43.15") + "]");
        Loaded<Plan> loaded = TestPlans.read(json);

        assertThat(loaded.errors()).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.targets[0].geometry.coordinates");
            assertThat(p.message()).startsWith("MultiPolygon is not valid: ");
        });
    }

    @Test
    void nonObjectRootsAndNullsAreReportedNotThrown() {
        for (String json : List.of("42", "\"plan\"", "null", "true", "{}", "{\"format\": null}", "[]")) {
            Loaded<Plan> loaded = TestPlans.read(json);
            assertThat(loaded.errors()).as(json).isNotEmpty();
            assertThat(loaded.errors().get(0).line()).as(json).isEqualTo(1);
        }
    }
}
