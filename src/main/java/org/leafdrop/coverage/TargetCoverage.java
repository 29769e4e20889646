package org.leafdrop.coverage;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How many leaflets one target receives (PLAN-FORMAT.md, result {@code targets[]}). Immutable.
 * Optional figures are written to the result only when present.
 *
 * @param areaKm2                  geodesic area, holes subtracted, polygons summed
 * @param leafletsInside           whole leaflets landing inside
 * @param fractionOfLeafletsInside share of all leaflets of the plan landing inside, in [0, 1]
 * @param areaFractionAboveThreshold share of the target's area where the gridded density is at or
 *                                 above the target's desired density (else the plan's threshold)
 * @param meanDensityPerKm2        leafletsInside / areaKm2 (0 for an area of 0)
 * @param leafletsPerResident      leafletsInside / population, only for a target with residents
 */
public record TargetCoverage(String id, double areaKm2, long leafletsInside, double fractionOfLeafletsInside,
                             OptionalDouble areaFractionAboveThreshold, double meanDensityPerKm2,
                             OptionalDouble leafletsPerResident) {
    public TargetCoverage {
        Objects.requireNonNull(areaFractionAboveThreshold, "areaFractionAboveThreshold");
        if (areaFractionAboveThreshold.isPresent() && !(areaFractionAboveThreshold.getAsDouble() >= 0
                && areaFractionAboveThreshold.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("areaFractionAboveThreshold must be in [0, 1]");
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(leafletsPerResident, "leafletsPerResident");
        if (!(areaKm2 >= 0 && Double.isFinite(areaKm2))) {
            throw new IllegalArgumentException("areaKm2 must be finite and >= 0, was " + areaKm2);
        }
        if (leafletsInside < 0) {
            throw new IllegalArgumentException("leafletsInside must be >= 0, was " + leafletsInside);
        }
        if (!(fractionOfLeafletsInside >= 0 && fractionOfLeafletsInside <= 1)) {
            throw new IllegalArgumentException("fractionOfLeafletsInside must be in [0, 1], was "
                    + fractionOfLeafletsInside);
        }
        if (!(meanDensityPerKm2 >= 0 && Double.isFinite(meanDensityPerKm2))) {
            throw new IllegalArgumentException("meanDensityPerKm2 must be finite and >= 0, was " + meanDensityPerKm2);
        }
        if (leafletsPerResident.isPresent()
                && !(leafletsPerResident.getAsDouble() >= 0 && Double.isFinite(leafletsPerResident.getAsDouble()))) {
            throw new IllegalArgumentException("leafletsPerResident must be finite and >= 0");
        }
    }
}
