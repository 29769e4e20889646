package org.leafdrop.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * An area the leaflets are meant for.
 *
 * @param population           residents, for leaflets per resident (optional)
 * @param desiredDensityPerKm2 density the plan aims for; the plan's threshold when absent
 */
public record Target(String id, Optional<String> name, OptionalLong population,
                     OptionalDouble desiredDensityPerKm2, AreaGeometry geometry, Extras extras) {
    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(extras, "extras");
        if (population.isPresent() && population.getAsLong() < 0) {
            throw new IllegalArgumentException("population must be >= 0");
        }
        if (desiredDensityPerKm2.isPresent() && !(desiredDensityPerKm2.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("desiredDensityPerKm2 must be >= 0");
        }
    }

    public Target withGeometry(AreaGeometry g) {
        return new Target(id, name, population, desiredDensityPerKm2, g, extras);
    }

    public Target withName(Optional<String> n) {
        return new Target(id, n, population, desiredDensityPerKm2, geometry, extras);
    }

    public Target withPopulation(OptionalLong p) {
        return new Target(id, name, p, desiredDensityPerKm2, geometry, extras);
    }

    public Target withDesiredDensityPerKm2(OptionalDouble d) {
        return new Target(id, name, population, d, geometry, extras);
    }
}
