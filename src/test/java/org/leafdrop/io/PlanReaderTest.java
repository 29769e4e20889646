package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.leafdrop.model.Atmosphere;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.LeafletSpec;
import org.leafdrop.model.LeafletTypes;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Problem;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.Severity;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;

/** Valid plans: every field bound, defaults applied, warnings where the format asks for them. */
class PlanReaderTest {
    private static Plan full() {
        Loaded<Plan> loaded = TestPlans.READER.read(TestPlans.resource("plans/full.leafdrop.json"));
        assertThat(loaded.problems()).isEmpty();
        return loaded.value().orElseThrow();
    }

    @Test
    void fullPlanReadsWithoutProblemsAndBindsEveryField() {
        Plan plan = full();

        assertThat(plan.name()).isEqualTo("Full sample: every field of the plan format");
        assertThat(plan.notes()).hasValueSatisfying(n -> assertThat(n).contains("\"quoted\"").contains("ünïcödé"));
        assertThat(plan.groundElevationMslM()).isEqualTo(223);
        assertThat(plan.targets()).hasSize(2);
        assertThat(plan.targets().get(0).population()).isEqualTo(OptionalLong.of(150_000));
        assertThat(plan.targets().get(1).population()).as("5e5 is a whole number").isEqualTo(OptionalLong.of(500_000));
        assertThat(plan.targets().get(1).geometry().multi()).isTrue();
        assertThat(plan.targets().get(1).geometry().polygons()).hasSize(2);
        assertThat(plan.targets().get(1).geometry().polygons().get(0)).as("outer ring and a hole").hasSize(2);
        assertThat(plan.exclusions()).extracting(e -> e.id()).containsExactly("river", "front");
        assertThat(plan.leafletTypes().get(0).descentRateMps()).isEqualTo(OptionalDouble.of(1.6));
        assertThat(plan.leafletTypes().get(1).descentRateMps()).isEmpty();
        assertThat(plan.leafletTypes().get(1).autorotates()).contains(true);

        Weather w = plan.weather();
        assertThat(w.validTimeUtc()).contains(Instant.parse("2016-10-15T22:00:00Z"));
        assertThat(w.firstProfile().validTimeUtc()).isEqualTo(w.validTimeUtc());
        assertThat(w.timeVarying()).isFalse();
        assertThat(w.firstProfile().levels()).hasSize(3);
        assertThat(w.station()).hasValueSatisfying(s -> assertThat(s.latDeg()).isEqualTo(OptionalDouble.of(36.305)));
        assertThat(w.ensemble()).extracting(m -> m.id()).containsExactly("m1", "m2");
        assertThat(w.atmosphere()).isInstanceOfSatisfying(Atmosphere.Sounding.class,
                s -> assertThat(s.levels()).hasSize(3));
        assertThat(w.turbulence()).isEqualTo(new Turbulence.BoundaryLayer(0.3, 1000, 0.3, 0.1, 120, 25, false));

        List<Sortie> s = plan.sorties();
        assertThat(s).extracting(Sortie::id).containsExactly("s1", "s2", "s3", "s4");
        assertThat(s.get(0).releaseMethod()).isEqualTo(new ReleaseMethod.FreeFall());
        assertThat(s.get(1).releaseMethod()).isEqualTo(new ReleaseMethod.StaticLineBox(OptionalLong.of(4000),
                OptionalDouble.of(15), OptionalDouble.of(30)));
        assertThat(s.get(1).releaseTimeUtc()).as("offset converted to UTC")
                .contains(Instant.parse("2016-10-15T22:10:00Z"));
        assertThat(s.get(2).releaseMethod()).isEqualTo(new ReleaseMethod.LeafletBomb(300,
                java.util.Optional.of("M129"), OptionalDouble.of(90)));
        assertThat(s.get(2).track().isPoint()).isTrue();
        assertThat(s.get(3).payloadLb()).isEqualTo(OptionalDouble.of(20.5));
        assertThat(plan.simulation()).isEqualTo(new SimulationSettings(5000, 20161015, 0.5, 50, 800));
        assertThat(plan.extras().fields()).containsOnlyKeys("reports", "observations", "campaign");
    }

    @Test
    @SuppressWarnings("unchecked")
    void unknownFieldsAreKeptInFileOrderWithPlainJsonValues() {
        Plan plan = full();

        assertThat(plan.extras().fields().keySet()).containsExactly("reports", "observations", "campaign");
        Sortie s1 = plan.sorties().get(0);
        assertThat(s1.extras().fields().keySet()).containsExactly("callsign", "meta");
        java.util.Map<String, Object> meta = (java.util.Map<String, Object>) s1.extras().fields().get("meta");
        assertThat(meta.keySet()).containsExactly("crew", "ratio", "list", "nothing");
        assertThat(meta.get("crew")).isEqualTo(5L);
        assertThat(meta.get("ratio")).isEqualTo(new java.math.BigDecimal("2.50"));
        assertThat((List<Object>) meta.get("list")).containsExactly(1L, new java.math.BigDecimal("2.5"), null, true, "x");
        assertThat(plan.targets().get(0).extras().fields().keySet()).containsExactly("priority", "tags");
        assertThat(plan.exclusions().get(0).extras().fields()).containsEntry("kind", "water");
        assertThat(plan.leafletTypes().get(0).extras().fields()).containsEntry("supplier", "Print shop 3");
    }

    @Test
    void readsTimeVaryingProfilesInOrder() {
        Loaded<Plan> loaded = TestPlans.READER.read(TestPlans.resource("plans/profiles.leafdrop.json"));

        assertThat(loaded.problems()).isEmpty();
        Weather w = loaded.value().orElseThrow().weather();
        assertThat(w.timeVarying()).isTrue();
        assertThat(w.profiles()).extracting(p -> p.validTimeUtc().orElseThrow()).containsExactly(
                Instant.parse("2016-10-15T00:00:00Z"), Instant.parse("2016-10-15T12:00:00Z"),
                Instant.parse("2016-10-15T21:00:00Z"));
        assertThat(w.turbulence()).isEqualTo(new Turbulence.Constant(0.5, 0, 100));
        assertThat(w.atmosphere()).isEqualTo(new Atmosphere.Isa());
    }

    @Test
    void readsFromDeg360AsZero() {
        Loaded<Plan> loaded = TestPlans.read(TestPlans.minimal().replace("\"fromDeg\": 320", "\"fromDeg\": 360"));

        assertThat(loaded.value().orElseThrow().weather().firstProfile().levels().get(0).fromDeg()).isZero();
    }

    @Test
    void appliesDefaultsForOmittedSections() {
        Plan plan = TestPlans.read(TestPlans.minimal()).value().orElseThrow();

        assertThat(plan.simulation()).isEqualTo(SimulationSettings.DEFAULTS);
        assertThat(plan.weather().turbulence()).isEqualTo(Turbulence.BoundaryLayer.assumedDefault());
        assertThat(plan.weather().atmosphere()).isEqualTo(new Atmosphere.Isa());
        assertThat(plan.sorties().get(0).releaseMethod()).isEqualTo(new ReleaseMethod.FreeFall());
        assertThat(plan.name()).isEmpty();
    }

    @Test
    void partialSimulationTakesDefaultsForMissingMembers() {
        String json = TestPlans.minimal().replace("  \"sorties\"", "  \"simulation\": { \"seed\": 7 },\n  \"sorties\"");

        assertThat(TestPlans.read(json).value().orElseThrow().simulation())
                .isEqualTo(SimulationSettings.DEFAULTS.withSeed(7));
    }

    @Test
    void warnsWhenGroundElevationIsMissingAndUsesZero() {
        Loaded<Plan> loaded = TestPlans.read(TestPlans.minimal().replace("  \"groundElevationMslM\": 223,\n", ""));

        assertThat(loaded.value().orElseThrow().groundElevationMslM()).isZero();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.jsonPath()).isEqualTo("$.groundElevationMslM");
            assertThat(p.format()).startsWith("test.leafdrop.json:1:1: warning: $.groundElevationMslM:");
        });
    }

    @Test
    void emptySortiesIsAValidDraftWithAWarning() {
        String json = TestPlans.minimal().replaceAll("(?s)\"sorties\": \\[.*\\]", "\"sorties\": []");
        Loaded<Plan> loaded = TestPlans.read(json);

        assertThat(loaded.value()).isPresent();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).isEqualTo("the plan has no sorties: nothing to simulate");
        });
    }

    @Test
    void warnsAboutATypoButKeepsTheField() {
        Loaded<Plan> loaded = TestPlans.read(TestPlans.withSortie(TestPlans.SORTIE + ", \"altitudeAglm\": 900"));

        assertThat(loaded.value()).isPresent();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.jsonPath()).isEqualTo("$.sorties[0].altitudeAglm");
            assertThat(p.message()).isEqualTo("unknown field 'altitudeAglm' kept as is; did you mean 'altitudeAglM'?");
        });
        assertThat(loaded.value().orElseThrow().sorties().get(0).extras().fields()).containsEntry("altitudeAglm", 900L);
    }

    @Test
    void suggestsFieldsOfTheFormatThatAreKeptUnbound() {
        Loaded<Plan> loaded = TestPlans.read(TestPlans.minimal().replace("  \"sorties\"", "  \"report\": [],\n  \"sorties\""));

        assertThat(loaded.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("unknown field 'report' kept as is; did you mean 'reports'?"));
    }

    @Test
    void rejectsAPopulationBeyondTheLongRangeSayingSo() {
        Loaded<Plan> loaded = TestPlans.read(TestPlans.minimal().replace("{ \"id\": \"t1\",",
                "{ \"id\": \"t1\", \"population\": 1e30,"));

        assertThat(loaded.errors()).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.targets[0].population");
            assertThat(p.message()).isEqualTo("is too large: at most 9,223,372,036,854,775,807 (got 1e30)");
        });
    }

    @Test
    void readsASeedBeyondDoublePrecisionExactly() {
        String json = TestPlans.minimal().replace("  \"sorties\"",
                "  \"simulation\": { \"seed\": 9007199254740993 },\n  \"sorties\"");

        assertThat(TestPlans.read(json).value().orElseThrow().simulation().seed()).isEqualTo(9007199254740993L);
    }

    @Test
    void keepsUnknownFieldsThatAreNoTyposSilently() {
        Loaded<Plan> loaded = TestPlans.read(TestPlans.withSortie(TestPlans.SORTIE + ", \"crewChief\": \"Sgt. X\""));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value().orElseThrow().sorties().get(0).extras().fields()).containsEntry("crewChief", "Sgt. X");
    }

    @Test
    void warnsThatUnknownFieldsInOtherObjectsAreIgnored() {
        Loaded<Plan> loaded = TestPlans.read(TestPlans.minimal().replace("\"speedMps\": 3 }",
                "\"speedMps\": 3, \"gust\": 9, \"speedmps\": 3 }"));

        assertThat(loaded.value()).isPresent();
        assertThat(loaded.problems()).extracting(Problem::message).containsExactly(
                "unknown field 'gust' ignored",
                "unknown field 'speedmps' ignored; did you mean 'speedMps'?");
        assertThat(loaded.problems()).allMatch(p -> p.severity() == Severity.WARNING);
    }

    @Test
    void warnsWhenBothCountAndPayloadAreGiven() {
        Loaded<Plan> loaded = TestPlans.read(TestPlans.withSortie(TestPlans.SORTIE + ", \"payloadLb\": 10"));

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.sorties[0].payloadLb");
            assertThat(p.message()).isEqualTo("leafletCount used, payloadLb ignored");
        });
    }

    @Test
    void warnsWhenAPlanLocalTypeShadowsACatalogType() {
        String json = TestPlans.minimal().replace("\"weather\"",
                "\"leafletTypes\": [{ \"id\": \"6x3-20lb\", \"descentRateMps\": 2 }],\n  \"weather\"");
        Loaded<Plan> loaded = TestPlans.read(json);

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("also a catalog type; the plan's definition is used");
        });
        Plan plan = loaded.value().orElseThrow();
        LeafletSpec spec = LeafletTypes.resolve(plan, "6x3-20lb", LeafletCatalog.bundled()).orElseThrow();
        assertThat(spec.fromCatalog()).isFalse();
        assertThat(spec.descentRateMps()).isEqualTo(2);
    }

    @Test
    void payloadConvertsThroughTheCatalogEndToEnd() {
        Plan plan = TestPlans.read(TestPlans.withSortie(TestPlans.SORTIE
                .replace("\"6x3-20lb\"", "\"8.5x4.25-16lb\"").replace("\"leafletCount\": 1000", "\"payloadLb\": 100")))
                .value().orElseThrow();
        Sortie s = plan.sorties().get(0);
        LeafletSpec spec = LeafletTypes.resolve(plan, s.leafletType(), LeafletCatalog.bundled()).orElseThrow();

        assertThat(s.payloadLb()).isEqualTo(OptionalDouble.of(100));
        assertThat(s.leafletCount()).isEmpty();
        assertThat(LeafletTypes.leafletsForPayload(s.payloadLb().getAsDouble(), spec.leafletsPerLb().getAsDouble()))
                .isEqualTo(32_400);
    }

    @Test
    void acceptsAByteOrderMarkAndAThirdCoordinate() {
        Loaded<Plan> loaded = TestPlans.read("\uFEFF" + TestPlans.minimal()
                .replace("[43.05, 36.32]", "[43.05, 36.32, 1200]"));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value().orElseThrow().sorties().get(0).track().positions()).hasSize(2);
    }

    @Test
    void problemsOfTextWithoutAFileHaveNoFileName() {
        Loaded<Plan> loaded = TestPlans.READER.read("{", java.util.Optional.empty());

        assertThat(loaded.errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEmpty();
            assertThat(p.format()).startsWith("error: $: malformed JSON");
        });
    }

    @Test
    void readingAFileGivesTheSamePlanAsReadingItsText() throws Exception {
        Path file = TestPlans.resource("plans/full.leafdrop.json");
        Plan fromText = TestPlans.READER.read(java.nio.file.Files.readString(file), java.util.Optional.of(file))
                .value().orElseThrow();

        assertThat(fromText).isEqualTo(full());
    }
}
