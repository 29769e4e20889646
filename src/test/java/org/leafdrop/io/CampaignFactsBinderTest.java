package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leafdrop.model.CampaignFacts;
import org.leafdrop.model.CampaignReport;
import org.leafdrop.model.Extras;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Observation;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Problem;

/** The campaign facts: checked by the reader with located problems, kept as written, given as records. */
class CampaignFactsBinderTest {
    private static Loaded<Plan> withFacts(String facts) {
        return TestPlans.read(TestPlans.minimal().replace("\"sorties\"", facts + ",\n  \"sorties\""));
    }

    private static Plan valid(String facts) {
        Loaded<Plan> loaded = withFacts(facts);
        assertThat(loaded.errors()).isEmpty();
        return loaded.value().orElseThrow();
    }

    @Test
    void samplesReportsBecomeRecordsWithTheirWordingKept() {
        Plan plan = TestPlans.READER.read(Path.of("samples/mosul-2016-07-07.leafdrop.json")).value().orElseThrow();

        List<CampaignReport> reports = CampaignFacts.of(plan).reports();

        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.targetId()).contains("mosul");
            assertThat(r.date()).isEqualTo("2016-07-07");
            assertThat(r.reportedLeaflets()).isEqualTo(2_000_000);
            assertThat(r.source()).startsWith("Iraqi army's official Twitter account");
            assertThat(r.reportedText()).contains("millions of tracts");
            assertThat(r.reportedLeafletsAssumed()).isTrue();
        });
        assertThat(CampaignFacts.of(plan).observations()).isEmpty();
    }

    @Test
    void campaignWideReportAndEveryKindOfObservation() {
        Plan plan = valid("""
                "reports": [{ "date": "2016-10", "reportedLeaflets": 5e5, "source": "press", "page": 3 }],
                  "observations": [
                    { "geometry": { "type": "Point", "coordinates": [43.13, 36.34] }, "leafletsPerKm2": 9000,
                      "note": "market", "photo": "a.jpg" },
                    { "geometry": { "type": "Point", "coordinates": [43.14, 36.34] }, "found": true, "radiusM": 500 },
                    { "geometry": { "type": "MultiPolygon", "coordinates": [
                        [[[43.1, 36.3], [43.11, 36.3], [43.11, 36.31], [43.1, 36.3]]],
                        [[[43.2, 36.3], [43.21, 36.3], [43.21, 36.31], [43.2, 36.3]]]] }, "leafletsPerKm2": 0 }
                  ]""");

        CampaignFacts facts = CampaignFacts.of(plan);

        assertThat(facts.reports()).singleElement().satisfies(r -> {
            assertThat(r.targetId()).isEmpty();
            assertThat(r.reportedLeaflets()).isEqualTo(500_000);
            assertThat(r.extras().fields()).containsOnlyKeys("page");
            assertThat(r.reportedLeafletsAssumed()).isFalse();
        });
        assertThat(facts.observations()).hasSize(3);
        Observation market = facts.observations().get(0);
        assertThat(market.place()).isEqualTo(new Observation.Spot(new LonLat(43.13, 36.34),
                Observation.DEFAULT_POINT_RADIUS_M));
        assertThat(market.leafletsPerKm2()).hasValue(9000);
        assertThat(market.found()).isFalse();
        assertThat(market.note()).contains("market");
        assertThat(market.extras().fields()).containsOnlyKeys("photo");
        assertThat(facts.observations().get(1).found()).isTrue();
        assertThat(((Observation.Spot) facts.observations().get(1).place()).radiusM()).isEqualTo(500);
        assertThat(facts.observations().get(2).place()).isInstanceOfSatisfying(Observation.Area.class,
                a -> assertThat(a.geometry().polygons()).hasSize(2));
        // kept as written: the plan's extras are the file's values
        assertThat(plan.extras().fields()).containsOnlyKeys("reports", "observations");
    }

    @Test
    void planWithoutFactsHasNone() {
        CampaignFacts facts = CampaignFacts.of(valid("\"name\": \"x\""));

        assertThat(facts.reports()).isEmpty();
        assertThat(facts.observations()).isEmpty();
    }

    @Test
    void observationWithNeitherDensityNorFoundPointsAtItsObject() {
        Loaded<Plan> loaded = withFacts("""
                "observations": [{ "geometry": { "type": "Point", "coordinates": [43.13, 36.34] } }]""");

        assertThat(loaded.errors()).singleElement().satisfies(p -> assertThat(p.format()).isEqualTo(
                "test.leafdrop.json:10:20: error: $.observations[0].leafletsPerKm2: missing required field "
                        + "'leafletsPerKm2': give the density found there, or \"found\": true when leaflets were "
                        + "found but not counted"));
    }

    @Test
    void radiusOfAnAreaAndFoundFalseAreRejected() {
        Loaded<Plan> loaded = withFacts("""
                "observations": [
                    { "geometry": { "type": "Polygon", "coordinates": [[[43.1, 36.3], [43.11, 36.3], [43.11, 36.31],
                      [43.1, 36.3]]] }, "leafletsPerKm2": 10, "radiusM": 100 },
                    { "geometry": { "type": "Point", "coordinates": [43.13, 36.34] }, "found": false }
                  ]""");

        assertThat(loaded.errors()).extracting(Problem::jsonPath).containsExactly(
                "$.observations[0].radiusM", "$.observations[1].found");
        assertThat(loaded.errors()).extracting(Problem::line).containsExactly(12, 13);
        assertThat(loaded.errors().get(0).message()).startsWith("radiusM applies only to a Point geometry");
        assertThat(loaded.errors().get(1).message()).startsWith("must be true when given");
    }

    @Test
    void reportNeedsDateSourceAndCountAndAnExistingTarget() {
        Loaded<Plan> loaded = withFacts("""
                "reports": [{ "targetId": "t2", "date": " ", "reportedLeaflets": "many" }]""");

        assertThat(loaded.errors()).extracting(Problem::jsonPath).containsExactly("$.reports[0].source",
                "$.reports[0].targetId", "$.reports[0].date", "$.reports[0].reportedLeaflets");
        assertThat(loaded.errors()).extracting(Problem::message).containsExactly(
                "missing required field 'source'",
                "unknown target \"t2\": the plan's targets are t1 (leave targetId out for a campaign-wide report)",
                "must not be empty", "must be a whole number (got string \"many\")");
    }

    @Test
    void ofRejectsMalformedFactsOfAPlanBuiltInCode() {
        Plan plan = valid("\"name\": \"x\"");
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("observations", List.of(Map.of("geometry", Map.of("type", "Point", "coordinates", List.of(43.1, 36.3)))));
        Plan broken = new Plan(plan.version(), plan.name(), plan.notes(), plan.groundElevationMslM(), plan.targets(),
                plan.exclusions(), plan.leafletTypes(), plan.weather(), plan.sorties(), plan.simulation(),
                new Extras(bad));

        assertThatThrownBy(() -> CampaignFacts.of(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("$.observations[0]: an observation needs exactly one of");
    }
}
