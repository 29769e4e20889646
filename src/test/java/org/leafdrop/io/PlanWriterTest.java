package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.Atmosphere;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LeafletTypeDef;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;

/** The writer: documented layout, and what it writes reads back to an equal plan. */
class PlanWriterTest {
    private final PlanWriter writer = new PlanWriter();

    private static Plan read(Path file) {
        Loaded<Plan> loaded = TestPlans.READER.read(file);
        assertThat(loaded.problems()).isEmpty();
        return loaded.value().orElseThrow();
    }

    private static Plan reread(String json) {
        Loaded<Plan> loaded = TestPlans.read(json);
        assertThat(loaded.problems()).as(json).isEmpty();
        return loaded.value().orElseThrow();
    }

    @Test
    void fullPlanRoundTripsToAnEqualPlanWithoutNewProblems() {
        Plan plan = read(TestPlans.resource("plans/full.leafdrop.json"));

        Plan again = reread(writer.toJson(plan));

        assertThat(again).isEqualTo(plan);
        assertThat(writer.toJson(again)).isEqualTo(writer.toJson(plan));
    }

    @Test
    void profilesPlanRoundTrips() {
        Plan plan = read(TestPlans.resource("plans/profiles.leafdrop.json"));

        assertThat(reread(writer.toJson(plan))).isEqualTo(plan);
    }

    @Test
    void roundTripKeepsExtrasInTheirOrder() {
        Plan plan = reread(writer.toJson(read(TestPlans.resource("plans/full.leafdrop.json"))));

        assertThat(plan.extras().fields().keySet()).containsExactly("reports", "observations", "campaign");
        assertThat(plan.sorties().get(0).extras().fields().keySet()).containsExactly("callsign", "meta");
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) plan.sorties().get(0).extras().fields().get("meta");
        assertThat(meta.keySet()).containsExactly("crew", "ratio", "list", "nothing");
        assertThat(plan.targets().get(0).extras().fields().keySet()).containsExactly("priority", "tags");
    }

    @Test
    void writesWholeNumbersWithoutDecimalPointAndPositionsOnOneLine() {
        String json = writer.toJson(read(TestPlans.resource("plans/full.leafdrop.json")));

        assertThat(json).contains("\"groundElevationMslM\": 223,\n")
                .contains("\"coordinates\": [[43.05, 36.33], [43.06, 36.35]]")
                .contains("\"coordinates\": [43.09, 36.32]")
                .contains("{ \"altitudeMslM\": 3000, \"fromDeg\": 285, \"speedMps\": 11 }")
                .doesNotContain("223.0").doesNotContain("\t");
        assertThat(json).startsWith("{\n  \"format\": \"leafdrop-plan\",\n  \"version\": 1,\n");
        assertThat(json).endsWith("}\n");
    }

    @Test
    void writesFieldsInTheDocumentedOrderWithExtrasLast() {
        String json = writer.toJson(read(TestPlans.resource("plans/full.leafdrop.json")));

        assertThat(json).containsSubsequence("\"format\"", "\"version\"", "\"name\"", "\"notes\"",
                "\"groundElevationMslM\"", "\"targets\"", "\"exclusions\"", "\"leafletTypes\"", "\"weather\"",
                "\"sorties\"", "\"simulation\"", "\"reports\"", "\"observations\"", "\"campaign\"");
        assertThat(json).containsSubsequence("\"id\": \"s1\"", "\"name\"", "\"aircraft\"", "\"targetId\"",
                "\"releaseMethod\"", "\"track\"", "\"altitudeAglM\"", "\"groundSpeedMps\"", "\"leafletType\"",
                "\"leafletCount\"", "\"releaseTimeUtc\"", "\"callsign\"", "\"meta\"");
    }

    @Test
    void omitsEmptyOptionalFieldsButWritesTheReleaseMethod() {
        String json = writer.toJson(reread(TestPlans.minimal()));

        assertThat(json).doesNotContain("\"name\"").doesNotContain("\"exclusions\"")
                .doesNotContain("\"leafletTypes\"").doesNotContain("\"turbulence\"")
                .contains("\"releaseMethod\": \"free-fall\"");
    }

    @Test
    void writesAWeatherBlockAlone() {
        Weather weather = read(TestPlans.resource("plans/profiles.leafdrop.json")).weather();

        assertThat(writer.toJson(weather)).startsWith("{\n  \"source\": \"uwyo 40608\",\n  \"profiles\": [")
                .contains("\"validTimeUtc\": \"2016-10-15T21:00:00Z\"");
    }

    static Stream<Arguments> seeds() {
        return IntStream.range(0, 50).mapToObj(i -> Arguments.of(i, 20161017L + i));
    }

    @ParameterizedTest(name = "seed {1}")
    @MethodSource("seeds")
    void randomPlansRoundTripExactly(int i, long seed) {
        Plan plan = randomPlan(new SplittableRandom(seed));

        assertThat(reread(writer.toJson(plan))).isEqualTo(plan);
    }

    @Test
    void writeToFileReadsBackEqual(@TempDir Path dir) throws IOException {
        Plan plan = read(TestPlans.resource("plans/full.leafdrop.json"));
        Path target = dir.resolve("out.leafdrop.json");
        Files.writeString(target, "old content");

        writer.write(plan, target);

        assertThat(read(target)).isEqualTo(plan);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    /** A plan with awkward doubles (long fractions, tiny and huge magnitudes, negatives) in many fields. */
    private static Plan randomPlan(SplittableRandom rng) {
        double lon = rng.nextDouble(-179, 179);
        double lat = rng.nextDouble(-89, 89);
        List<LonLat> ring = List.of(new LonLat(lon, lat), new LonLat(lon + 0.1, lat), new LonLat(lon + 0.1, lat + 0.1),
                new LonLat(lon, lat + 0.1), new LonLat(lon, lat));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("z", rng.nextLong());
        extra.put("a", List.of("x", true));
        Target target = new Target("t" + rng.nextInt(100), Optional.of("T \"quoted\" \u00e9"),
                OptionalLong.of(rng.nextLong(0, Long.MAX_VALUE)), OptionalDouble.of(rng.nextDouble() * 1e-7),
                AreaGeometry.polygon(ring), new Extras(extra));
        Exclusion exclusion = new Exclusion("x", Optional.empty(), AreaGeometry.polygon(ring), Extras.NONE);
        LeafletTypeDef type = new LeafletTypeDef("local", Optional.empty(), OptionalDouble.of(rng.nextDouble(0.01, 1)),
                OptionalDouble.of(rng.nextDouble(0.01, 1)), OptionalDouble.of(rng.nextDouble(1e-4, 1e-2)),
                OptionalDouble.empty(), Optional.of(rng.nextBoolean()), OptionalDouble.of(rng.nextDouble(0, 1)),
                Extras.NONE);
        List<WindLevel> levels = new ArrayList<>();
        for (int k = 0; k < 1 + rng.nextInt(5); k++) {
            levels.add(new WindLevel(k * 1000 + rng.nextDouble(-100, 100), rng.nextDouble(0, 360),
                    rng.nextDouble(0, 40)));
        }
        Turbulence turbulence = switch (rng.nextInt(4)) {
            case 0 -> new Turbulence.None();
            case 1 -> new Turbulence.Constant(rng.nextDouble(), rng.nextDouble(), 1 + rng.nextDouble(200));
            case 2 -> Turbulence.BoundaryLayer.assumedDefault();
            default -> new Turbulence.BoundaryLayer(rng.nextDouble(), 1 + rng.nextDouble(3000), rng.nextDouble(),
                    rng.nextDouble(), 1 + rng.nextDouble(100), 1 + rng.nextDouble(100), false);
        };
        Optional<Instant> time = Optional.of(Instant.ofEpochSecond(1_476_000_000L + rng.nextInt(1_000_000)));
        Weather weather = new Weather(time, Optional.of("random"), Optional.empty(),
                List.of(new WindProfile(time, levels)), false, List.of(), new Atmosphere.Isa(), turbulence);
        ReleaseMethod method = switch (rng.nextInt(3)) {
            case 0 -> new ReleaseMethod.FreeFall();
            case 1 -> new ReleaseMethod.StaticLineBox(OptionalLong.of(1 + rng.nextInt(9000)), OptionalDouble.empty(),
                    OptionalDouble.of(rng.nextDouble(50)));
            default -> new ReleaseMethod.LeafletBomb(rng.nextDouble(1, 400), Optional.of("PDU-5/B"),
                    OptionalDouble.empty());
        };
        Sortie sortie = new Sortie("s", Optional.empty(), Optional.of("C-130"), Optional.of(target.id()), method,
                TrackGeometry.line(List.of(new LonLat(lon, lat), new LonLat(lon + rng.nextDouble(0.01), lat))),
                OptionalDouble.of(rng.nextDouble(0, 360)), rng.nextDouble(500, 9000),
                OptionalDouble.of(rng.nextDouble(0, 200)), rng.nextBoolean() ? "local" : "6x3-20lb",
                OptionalLong.empty(), OptionalDouble.of(rng.nextDouble(0, 1e4)), Optional.empty(), Extras.NONE);
        SimulationSettings simulation = new SimulationSettings(1 + rng.nextInt(10_000_000), rng.nextLong(),
                rng.nextDouble(0.001, 60), rng.nextDouble(1, 1e4), rng.nextDouble(0, 1e6));
        return new Plan(1, "random " + rng.nextInt(), Optional.empty(), rng.nextDouble(-400, 4000), List.of(target),
                List.of(exclusion), List.of(type), weather, List.of(sortie), simulation, Extras.NONE);
    }
}
