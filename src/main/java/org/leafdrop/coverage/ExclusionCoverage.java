package org.leafdrop.coverage;

import java.util.Objects;

/** Whole leaflets landing inside one exclusion (PLAN-FORMAT.md, result {@code exclusions[]}). Immutable. */
public record ExclusionCoverage(String id, long leafletsInside) {
    public ExclusionCoverage {
        Objects.requireNonNull(id, "id");
        if (leafletsInside < 0) {
            throw new IllegalArgumentException("leafletsInside must be >= 0, was " + leafletsInside);
        }
    }
}
