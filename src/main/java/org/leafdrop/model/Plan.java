package org.leafdrop.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole plan (PLAN-FORMAT.md, format {@code leafdrop-plan}). Immutable: an edit makes a new
 * Plan. Cross-references (sortie to target and leaflet type) are checked by the reader; the
 * engine resolves them again and fails clearly if a hand-built plan breaks them.
 *
 * @param groundElevationMslM ground height above mean sea level under the whole plan
 */
public record Plan(int version, String name, Optional<String> notes, double groundElevationMslM,
                   List<Target> targets, List<Exclusion> exclusions, List<LeafletTypeDef> leafletTypes,
                   Weather weather, List<Sortie> sorties, SimulationSettings simulation, Extras extras) {
    public static final String FORMAT = "leafdrop-plan";
    public static final int CURRENT_VERSION = 1;

    public Plan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(weather, "weather");
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(extras, "extras");
        targets = List.copyOf(targets);
        exclusions = List.copyOf(exclusions);
        leafletTypes = List.copyOf(leafletTypes);
        sorties = List.copyOf(sorties);
        if (!Double.isFinite(groundElevationMslM)) {
            throw new IllegalArgumentException("groundElevationMslM must be finite");
        }
    }

    public Optional<Target> target(String id) {
        return targets.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<LeafletTypeDef> leafletTypeDef(String id) {
        return leafletTypes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Plan withTargets(List<Target> t) {
        return new Plan(version, name, notes, groundElevationMslM, t, exclusions, leafletTypes,
                weather, sorties, simulation, extras);
    }

    public Plan withExclusions(List<Exclusion> x) {
        return new Plan(version, name, notes, groundElevationMslM, targets, x, leafletTypes,
                weather, sorties, simulation, extras);
    }

    public Plan withSorties(List<Sortie> s) {
        return new Plan(version, name, notes, groundElevationMslM, targets, exclusions, leafletTypes,
                weather, s, simulation, extras);
    }

    public Plan withSimulation(SimulationSettings s) {
        return new Plan(version, name, notes, groundElevationMslM, targets, exclusions, leafletTypes,
                weather, sorties, s, extras);
    }

    public Plan withWeather(Weather w) {
        return new Plan(version, name, notes, groundElevationMslM, targets, exclusions, leafletTypes,
                w, sorties, simulation, extras);
    }
}
