package org.leafdrop.ui.panels;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One target in the results table: its values from the result and their text. Densities are per
 * km2 in both unit systems.
 *
 * @param leafletsInside             whole leaflets landing inside
 * @param meanDensityPerKm2          leaflets inside / area
 * @param areaFractionAboveThreshold share of the area at or above the target's density, in [0, 1]
 * @param leafletsPerResident        only for a target with a population
 */
public record TargetRow(String id, String label, String name, long leafletsInside, double meanDensityPerKm2,
                        OptionalDouble areaFractionAboveThreshold, OptionalDouble leafletsPerResident) {
    public TargetRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(name, "name");
    }

    public String leafletsText() {
        return DisplayNumbers.format(leafletsInside);
    }

    public String densityText() {
        return DisplayNumbers.format(meanDensityPerKm2, 0);
    }

    public String aboveThresholdText() {
        return areaFractionAboveThreshold.isPresent()
                ? DisplayNumbers.percent(areaFractionAboveThreshold.getAsDouble()) : SortieRow.NONE;
    }

    public String perResidentText() {
        return leafletsPerResident.isPresent() ? DisplayNumbers.fixed(leafletsPerResident.getAsDouble(), 2)
                : SortieRow.NONE;
    }
}
