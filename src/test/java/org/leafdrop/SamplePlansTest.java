package org.leafdrop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.coverage.SortieResult;
import org.leafdrop.io.PlanReader;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.planning.PlanSimulator;
import org.leafdrop.sim.ProgressMonitor;

/**
 * Every sample plan: reads without errors, says what was reported and what was assumed, simulates
 * with every leaflet landing, and carries per target the leaflet count its {@code reports} give.
 */
class SamplePlansTest {
    private static final Path SAMPLES = Path.of("samples");

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".leafdrop.json")).sorted().toList().stream();
        }
    }

    private static Plan read(Path sample) {
        Loaded<Plan> loaded = new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled()).read(sample);
        assertThat(loaded.errors()).as("errors reading %s", sample).isEmpty();
        return loaded.value().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsWithoutErrorsAndSaysWhatWasReportedAndAssumed(Path sample) {
        Plan plan = read(sample);
        assertThat(plan.sorties()).isNotEmpty();
        assertThat(plan.notes()).isPresent();
        String notes = plan.notes().orElseThrow().toLowerCase(java.util.Locale.ROOT);
        assertThat(notes).contains("reported").contains("assumed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySortieSimulatesAndEveryLeafletLands(Path sample) {
        Plan plan = read(sample);
        PlanResult result = PlanSimulator.simulate(plan, 300, plan.simulation().seed(), 2, List.of(), "test",
                ProgressMonitor.NONE).result();
        assertThat(result.sorties()).extracting(SortieResult::id)
                .containsExactlyElementsOf(plan.sorties().stream().map(Sortie::id).toList());
        for (SortieResult s : result.sorties()) {
            assertThat(s.leaflets()).as("leaflets of sortie %s", s.id()).isPositive();
            assertThat(s.particles()).as("particles of sortie %s", s.id()).isPositive();
            assertThat(s.particlesNotLanded()).as("particles of sortie %s still aloft", s.id()).isZero();
            assertThat(s.statistics()).as("landing statistics of sortie %s", s.id()).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sortiesCarryTheReportedCountPerTarget(Path sample) throws IOException {
        JsonNode reports = new ObjectMapper().readTree(sample.toFile()).path("reports");
        if (reports.isMissingNode() || reports.isEmpty()) {
            return;
        }
        Plan plan = read(sample);
        PlanResult result = PlanSimulator.simulate(plan, 1, plan.simulation().seed(), 1, List.of(), "test",
                ProgressMonitor.NONE).result();
        Map<String, Long> leafletsById = new HashMap<>();
        result.sorties().forEach(s -> leafletsById.put(s.id(), s.leaflets()));
        Map<String, Long> reportedByTarget = new HashMap<>();
        long released = leafletsById.values().stream().mapToLong(Long::longValue).sum();
        for (JsonNode r : reports) {
            assertThat(r.path("source").asText()).as("report %s has a source", r).isNotBlank();
            assertThat(r.path("date").asText()).as("report %s has a date", r).isNotBlank();
            assertThat(r.path("reportedLeaflets").canConvertToLong()).as("report %s has a count", r).isTrue();
            if (!r.has("targetId")) {
                // a campaign-wide report: the plan releases all of it (a count assumed from wording)
                // or a modelled part of it, never more
                long reported = r.path("reportedLeaflets").asLong();
                if (r.path("reportedLeafletsAssumed").asBoolean()) {
                    assertThat(released).as("all sorties of %s", sample).isEqualTo(reported);
                } else {
                    assertThat(released).as("all sorties of %s", sample).isPositive().isLessThanOrEqualTo(reported);
                }
                continue;
            }
            assertThat(r.path("targetId").isTextual()).as("report %s has a textual targetId", r).isTrue();
            reportedByTarget.merge(r.path("targetId").asText(), r.path("reportedLeaflets").asLong(), Long::sum);
        }
        assertThat(plan.targets()).extracting(t -> t.id()).containsAll(reportedByTarget.keySet());
        reportedByTarget.forEach((targetId, reported) -> {
            long planned = plan.sorties().stream()
                    .filter(s -> s.targetId().filter(targetId::equals).isPresent())
                    .mapToLong(s -> leafletsById.get(s.id()))
                    .sum();
            assertThat(planned).as("leaflets of the sorties on %s", targetId).isEqualTo(reported);
        });
    }
}
