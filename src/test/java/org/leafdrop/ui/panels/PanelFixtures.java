package org.leafdrop.ui.panels;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.coverage.RunInfo;
import org.leafdrop.io.PlanReader;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Plan;
import org.leafdrop.sim.DoctrinalMethod;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.ProgressMonitor;
import org.leafdrop.sim.Scenario;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.ui.edit.PlanEditor;

/**
 * The bundled Mosul sample (targets old-city and west-mosul, exclusion tigris, sorties s1
 * free-fall at 1200 m AGL and s2 a leaflet bomb at 3048 m AGL bursting at 1219 m) and small runs of it.
 */
final class PanelFixtures {
    static final Path SAMPLE = Path.of("samples/mosul-central-2016-10-16.leafdrop.json");

    private PanelFixtures() {
    }

    static Plan sample() {
        return new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled()).read(SAMPLE).value().orElseThrow();
    }

    static PlanEditor editor() {
        return new PlanEditor(sample(), Optional.of(SAMPLE));
    }

    static ObjectProperty<UnitSystem> units(UnitSystem u) {
        return new SimpleObjectProperty<>(u);
    }

    /** A landing run with few particles: enough for real statistics, fast enough for a unit test. */
    static SimulationRun run(Plan plan, int particlesPerSortie) {
        Scenario scenario = Scenario.prepare(plan);
        return new ParticleEngine(1).run(scenario, particlesPerSortie, plan.simulation().seed(),
                plan.simulation().timeStepS(), ProgressMonitor.NONE);
    }

    static PlanResult result(Plan plan, SimulationRun run) {
        Scenario scenario = Scenario.prepare(plan);
        return PlanResult.build(plan, run,
                scenario.sorties().stream().map(ps -> DoctrinalMethod.forSortie(scenario, ps)).toList(),
                List.of("a test warning"), new RunInfo("test", 1, 0, "17", Instant.EPOCH));
    }
}
