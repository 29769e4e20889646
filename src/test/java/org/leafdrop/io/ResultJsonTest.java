package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leafdrop.coverage.CoverageFixtures;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.coverage.SortieResult;
import org.leafdrop.coverage.SortieStatistics;
import org.leafdrop.coverage.TargetCoverage;

class ResultJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final PlanResult SAMPLE = CoverageFixtures.sampleResult();

    @Test
    void roundTripKeepsEveryValueWithinItsRounding() {
        PlanResult back = ResultJson.fromJson(ResultJson.toJson(SAMPLE));

        assertThat(back.planName()).isEqualTo(SAMPLE.planName());
        assertThat(back.seed()).isEqualTo(SAMPLE.seed());
        assertThat(back.particlesPerSortie()).isEqualTo(SAMPLE.particlesPerSortie());
        assertThat(back.warnings()).isEqualTo(SAMPLE.warnings());
        assertThat(back.run()).isEqualTo(SAMPLE.run());
        assertThat(back.exclusions()).isEqualTo(SAMPLE.exclusions());
        assertThat(back.totals().leaflets()).isEqualTo(SAMPLE.totals().leaflets());
        assertThat(back.totals().leafletsInTargets()).isEqualTo(SAMPLE.totals().leafletsInTargets());
        assertThat(back.totals().leafletsInExclusions()).isEqualTo(SAMPLE.totals().leafletsInExclusions());
        assertThat(back.totals().fractionInTargets()).isCloseTo(SAMPLE.totals().fractionInTargets(), within(1e-6));
        assertThat(back.sorties()).hasSameSizeAs(SAMPLE.sorties());
        for (int i = 0; i < SAMPLE.sorties().size(); i++) {
            SortieResult a = SAMPLE.sorties().get(i);
            SortieResult b = back.sorties().get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.leaflets()).isEqualTo(a.leaflets());
            assertThat(b.particles()).isEqualTo(a.particles());
            assertThat(b.particlesNotLanded()).isEqualTo(a.particlesNotLanded());
            assertThat(b.statistics().isPresent()).isEqualTo(a.statistics().isPresent());
            // half of the last kept digit: 0.05 m, s and degrees, 5e-8 degrees for positions
            assertThat(b.doctrinal().fallTimeS()).isCloseTo(a.doctrinal().fallTimeS(), within(0.05));
            assertThat(b.doctrinal().driftM()).isCloseTo(a.doctrinal().driftM(), within(0.05));
            assertThat(b.doctrinal().driftBearingDeg()).isCloseTo(a.doctrinal().driftBearingDeg(), within(0.05));
            if (a.statistics().isPresent()) {
                SortieStatistics x = a.statistics().get();
                SortieStatistics y = b.statistics().get();
                assertThat(y.fallTime().meanS()).isCloseTo(x.fallTime().meanS(), within(0.05));
                assertThat(y.fallTime().p05S()).isCloseTo(x.fallTime().p05S(), within(0.05));
                assertThat(y.fallTime().p95S()).isCloseTo(x.fallTime().p95S(), within(0.05));
                assertThat(y.landingCentroid().lonLat().lonDeg()).isCloseTo(x.landingCentroid().lonLat().lonDeg(), within(5e-8));
                assertThat(y.landingCentroid().lonLat().latDeg()).isCloseTo(x.landingCentroid().lonLat().latDeg(), within(5e-8));
                assertThat(y.landingCentroid().eastM()).isCloseTo(x.landingCentroid().eastM(), within(0.05));
                assertThat(y.releaseCentroid().northM()).isCloseTo(x.releaseCentroid().northM(), within(0.05));
                assertThat(y.driftM()).isCloseTo(x.driftM(), within(0.05));
                assertThat(y.driftBearingDeg()).isCloseTo(x.driftBearingDeg(), within(0.05));
                assertThat(y.ellipse().sigmaMajorM()).isCloseTo(x.ellipse().sigmaMajorM(), within(0.05));
                assertThat(y.ellipse().sigmaMinorM()).isCloseTo(x.ellipse().sigmaMinorM(), within(0.05));
                assertThat(y.ellipse().majorAxisBearingDeg()).isCloseTo(x.ellipse().majorAxisBearingDeg(), within(0.05));
                assertThat(y.r50M()).isCloseTo(x.r50M(), within(0.05));
                assertThat(y.r90M()).isCloseTo(x.r90M(), within(0.05));
            }
        }
        for (int i = 0; i < SAMPLE.targets().size(); i++) {
            TargetCoverage a = SAMPLE.targets().get(i);
            TargetCoverage b = back.targets().get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.leafletsInside()).isEqualTo(a.leafletsInside());
            // six significant digits
            assertThat(b.areaKm2()).isCloseTo(a.areaKm2(), within(a.areaKm2() * 1e-5));
            assertThat(b.fractionOfLeafletsInside()).isCloseTo(a.fractionOfLeafletsInside(), within(1e-6));
            assertThat(b.meanDensityPerKm2()).isCloseTo(a.meanDensityPerKm2(), within(a.meanDensityPerKm2() * 1e-5));
            assertThat(b.leafletsPerResident().isPresent()).isEqualTo(a.leafletsPerResident().isPresent());
        }
    }

    @Test
    void writingWhatWasReadGivesTheSameText() {
        String json = ResultJson.toJson(SAMPLE);

        assertThat(ResultJson.toJson(ResultJson.fromJson(json))).isEqualTo(json);
    }

    @Test
    void fieldNamesIncludeEveryFieldOfThePlanFormatExample() throws IOException {
        JsonNode example;
        try (InputStream in = getClass().getResourceAsStream("plan-format-result-example.json")) {
            example = MAPPER.readTree(in);
        }
        JsonNode ours = MAPPER.readTree(ResultJson.toJson(SAMPLE));

        List<String> missing = new ArrayList<>();
        missingFields(example, ours, "$", missing);

        assertThat(missing).isEmpty();
        assertThat(ours.get("format").asText()).isEqualTo("leafdrop-result");
        assertThat(ours.get("version").isInt()).isTrue();
        assertThat(ours.get("run").fieldNames()).toIterable()
                .containsExactly("leafdropVersion", "threads", "elapsedMs", "javaVersion", "startedUtc");
    }

    private static void missingFields(JsonNode expected, JsonNode actual, String path, List<String> missing) {
        if (expected.isObject()) {
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (actual == null || !actual.has(name)) {
                    missing.add(path + "." + name);
                } else {
                    missingFields(expected.get(name), actual.get(name), path + "." + name, missing);
                }
            }
        } else if (expected.isArray() && expected.size() > 0 && actual.size() > 0) {
            missingFields(expected.get(0), actual.get(0), path + "[0]", missing);
        }
    }

    @Test
    void countsAreIntegersAndDecimalsAreRounded() throws IOException {
        String json = ResultJson.toJson(SAMPLE);
        JsonNode root = MAPPER.readTree(json);

        assertThat(root.at("/sorties/0/leaflets").isIntegralNumber()).isTrue();
        assertThat(root.at("/targets/0/leafletsInside").isIntegralNumber()).isTrue();
        assertThat(root.at("/totals/leafletsInTargets").isIntegralNumber()).isTrue();
        assertThat(json).contains("\"leaflets\": 500000,").doesNotContain("\t").doesNotContain("\r");
        assertThat(maxDecimals(json, "lon|lat")).isLessThanOrEqualTo(7);
        assertThat(maxDecimals(json, "driftM|r50M|r90M|sigmaMajorM|sigmaMinorM|eastM|northM|mean|p05|p95|fallTimeS"))
                .isEqualTo(1);
        assertThat(maxDecimals(json, "driftBearingDeg|majorAxisBearingDeg")).isEqualTo(1);
        assertThat(root.at("/sorties/0/landingCentroidMgrs").asText()).matches("38S[A-Z]{2} \\d{5} \\d{5}");
    }

    private static int maxDecimals(String json, String names) {
        Matcher m = Pattern.compile("\"(?:" + names + ")\": -?\\d+(?:\\.(\\d+))?").matcher(json);
        int max = -1;
        while (m.find()) {
            max = Math.max(max, m.group(1) == null ? 0 : m.group(1).length());
        }
        return max;
    }

    @Test
    void aSortieWithoutLandingsHasNoStatisticsFields() throws IOException {
        JsonNode s2 = MAPPER.readTree(ResultJson.toJson(SAMPLE)).at("/sorties/1");

        assertThat(s2.fieldNames()).toIterable()
                .containsExactly("id", "leaflets", "particles", "particlesNotLanded", "doctrinal");
    }

    @Test
    void rejectsTextThatIsNotJsonNamingLineAndColumn() {
        assertThatThrownBy(() -> ResultJson.fromJson("{\n  \"format\": leafdrop\n}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> ResultJson.fromJson(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void rejectsOtherFormatsAndVersions() throws IOException {
        ObjectNode plan = (ObjectNode) MAPPER.readTree(ResultJson.toJson(SAMPLE));
        plan.put("format", "leafdrop-plan");
        ObjectNode newer = (ObjectNode) MAPPER.readTree(ResultJson.toJson(SAMPLE));
        newer.put("version", 2);

        assertThatThrownBy(() -> ResultJson.fromJson(plan.toString()))
                .hasMessage("$.format: expected \"leafdrop-result\", got \"leafdrop-plan\"");
        assertThatThrownBy(() -> ResultJson.fromJson(newer.toString()))
                .hasMessageContaining("$.version").hasMessageContaining("got 2");
    }

    @Test
    void namesThePathOfAMissingOrWrongField() throws IOException {
        ObjectNode missing = (ObjectNode) MAPPER.readTree(ResultJson.toJson(SAMPLE));
        ((ObjectNode) missing.at("/sorties/0/doctrinal")).remove("driftM");
        ObjectNode wrongType = (ObjectNode) MAPPER.readTree(ResultJson.toJson(SAMPLE));
        ((ObjectNode) wrongType.at("/targets/1")).put("leafletsInside", 12.5);
        ObjectNode badValue = (ObjectNode) MAPPER.readTree(ResultJson.toJson(SAMPLE));
        ((ObjectNode) badValue.at("/sorties/0/ellipse")).put("majorAxisBearingDeg", 200);

        assertThatThrownBy(() -> ResultJson.fromJson(missing.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.sorties[0].doctrinal: missing number field \"driftM\"");
        assertThatThrownBy(() -> ResultJson.fromJson(wrongType.toString()))
                .hasMessage("$.targets[1].leafletsInside: must be a whole number");
        assertThatThrownBy(() -> ResultJson.fromJson(badValue.toString()))
                .hasMessageStartingWith("$.sorties[0].ellipse: majorAxisBearingDeg must be in [0, 180)");
    }
}
