package org.leafdrop.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A plan-local leaflet type (PLAN-FORMAT.md {@code leafletTypes}). It needs either a measured
 * sea-level {@code descentRateMps} or mass, sizes and the autorotation flag to estimate one.
 *
 * @param descentSpreadFraction relative SD of the sea-level descent rate; absent means 0
 */
public record LeafletTypeDef(String id, Optional<String> name, OptionalDouble widthM,
                             OptionalDouble heightM, OptionalDouble massKg,
                             OptionalDouble descentRateMps, Optional<Boolean> autorotates,
                             OptionalDouble descentSpreadFraction, Extras extras) {
    public LeafletTypeDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(autorotates, "autorotates");
        Objects.requireNonNull(extras, "extras");
        requirePositive(widthM, "widthM");
        requirePositive(heightM, "heightM");
        requirePositive(massKg, "massKg");
        requirePositive(descentRateMps, "descentRateMps");
        if (descentSpreadFraction.isPresent()
                && !(descentSpreadFraction.getAsDouble() >= 0 && descentSpreadFraction.getAsDouble() < 1)) {
            throw new IllegalArgumentException("descentSpreadFraction must be in [0, 1)");
        }
        if (descentRateMps.isEmpty()
                && (massKg.isEmpty() || widthM.isEmpty() || heightM.isEmpty())) {
            throw new IllegalArgumentException(
                    "leaflet type " + id + " needs descentRateMps or massKg, widthM and heightM");
        }
    }

    private static void requirePositive(OptionalDouble v, String field) {
        if (v.isPresent() && !(v.getAsDouble() > 0 && Double.isFinite(v.getAsDouble()))) {
            throw new IllegalArgumentException(field + " must be above 0");
        }
    }
}
