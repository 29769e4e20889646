package org.leafdrop.io;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.leafdrop.model.SimulationSettings;

/**
 * Binds the optional {@code simulation} block; missing members take
 * {@link SimulationSettings#DEFAULTS}. Stateless.
 */
final class SimulationBinder {
    static final List<String> FIELDS = List.of("particlesPerSortie", "seed", "timeStepS", "gridCellM",
            "densityThresholdPerKm2");

    private SimulationBinder() {
    }

    static Optional<SimulationSettings> bind(Optional<JsonValue> value, String path, ProblemLog log) {
        SimulationSettings d = SimulationSettings.DEFAULTS;
        if (value.isEmpty()) {
            return Optional.of(d);
        }
        int errors = log.errorCount();
        Optional<Fields> of = Fields.of(value.get(), path, log, FIELDS);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Fields f = of.get();
        OptionalLong particles = f.whole("particlesPerSortie", 1, SimulationSettings.MAX_PARTICLES_PER_SORTIE);
        OptionalLong seed = f.whole("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        OptionalDouble step = f.number("timeStepS", NumberRule.between(SimulationSettings.MIN_TIME_STEP_S, 60, "s"));
        OptionalDouble cell = f.number("gridCellM", NumberRule.above(0, "m"));
        OptionalDouble threshold = f.number("densityThresholdPerKm2", NumberRule.atLeast(0, "per km2"));
        f.warnUnknown();
        return Build.record(log, errors, path, value.get(), () -> new SimulationSettings(
                (int) particles.orElse(d.particlesPerSortie()), seed.orElse(d.seed()),
                step.orElse(d.timeStepS()), cell.orElse(d.gridCellM()),
                threshold.orElse(d.densityThresholdPerKm2())));
    }
}
