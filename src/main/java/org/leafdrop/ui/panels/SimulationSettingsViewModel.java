package org.leafdrop.ui.panels;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.ui.edit.EditCommand;
import org.leafdrop.ui.edit.PlanEditor;

/**
 * The plan's simulation settings as fields: particles per sortie, seed, time step, grid cell and
 * density threshold, checked against the bounds of {@link SimulationSettings}. The grid cell stays
 * in metres and densities per km2 in both unit systems: they describe the density grid, which is
 * metric. Follows the editor's plan. Use on the FX thread.
 */
public final class SimulationSettingsViewModel {
    private final PlanEditor editor;
    private final List<ValueField> fields;

    public SimulationSettingsViewModel(PlanEditor editor) {
        this.editor = Objects.requireNonNull(editor, "editor");
        fields = List.of(
                field("Particles per sortie", "", s -> DisplayNumbers.format(s.particlesPerSortie()), this::particles),
                field("Seed", "", s -> Long.toString(s.seed()), this::seed),
                field("Time step", "s", s -> DisplayNumbers.format(s.timeStepS(), 2), this::timeStep),
                field("Grid cell", "m", s -> DisplayNumbers.format(s.gridCellM(), 1), this::gridCell),
                field("Density threshold", "per km²", s -> DisplayNumbers.format(s.densityThresholdPerKm2(), 1),
                        this::threshold));
        editor.planProperty().addListener((o, a, b) -> fields.forEach(ValueField::refresh));
        fields.forEach(ValueField::refresh);
    }

    /** The fields in display order. */
    public List<ValueField> fields() {
        return fields;
    }

    public ValueField field(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field '" + label + "'"));
    }

    private ValueField field(String label, String unit, Function<SimulationSettings, String> show,
                             ValueField.Parser parser) {
        return new ValueField(label, editor, () -> unit, () -> show.apply(editor.plan().simulation()), () -> "", parser);
    }

    private EditCommand particles(String typed) throws InvalidInputException {
        long n = Inputs.whole(typed);
        Inputs.requireBetween(n, 1, SimulationSettings.MAX_PARTICLES_PER_SORTIE, "1",
                DisplayNumbers.format(SimulationSettings.MAX_PARTICLES_PER_SORTIE));
        return change("particles per sortie", s -> s.withParticlesPerSortie((int) n));
    }

    private EditCommand seed(String typed) throws InvalidInputException {
        long seed = Inputs.whole(typed);
        return change("seed", s -> s.withSeed(seed));
    }

    private EditCommand timeStep(String typed) throws InvalidInputException {
        double step = Inputs.number(typed);
        Inputs.requireBetween(step, SimulationSettings.MIN_TIME_STEP_S, 60,
                DisplayNumbers.format(SimulationSettings.MIN_TIME_STEP_S, 2) + " s", "60 s");
        return change("time step", s -> s.withTimeStepS(step));
    }

    private EditCommand gridCell(String typed) throws InvalidInputException {
        double m = Inputs.number(typed);
        Inputs.requireAbove(m, 0, "0 m");
        return change("grid cell", s -> s.withGridCellM(m));
    }

    private EditCommand threshold(String typed) throws InvalidInputException {
        double d = Inputs.number(typed);
        Inputs.requireAtLeast(d, 0, "0 per km²");
        return change("density threshold", s -> s.withDensityThresholdPerKm2(d));
    }

    private static EditCommand change(String what, UnaryOperator<SimulationSettings> f) {
        return new EditCommand("Change " + what, p -> p.withSimulation(f.apply(p.simulation())));
    }
}
