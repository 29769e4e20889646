package org.leafdrop.coverage;

import java.util.Objects;

/**
 * Leaflets of one sortie landing inside one exclusion; the source of the "lands in exclusion"
 * warnings. Not part of the result file. Immutable.
 *
 * @param fractionOfSortieLeaflets share of the sortie's leaflets, in [0, 1] (0 for a sortie without leaflets)
 */
public record SortieExclusionCoverage(String sortieId, String exclusionId, long leafletsInside,
                                      double fractionOfSortieLeaflets) {
    public SortieExclusionCoverage {
        Objects.requireNonNull(sortieId, "sortieId");
        Objects.requireNonNull(exclusionId, "exclusionId");
        if (leafletsInside < 0) {
            throw new IllegalArgumentException("leafletsInside must be >= 0, was " + leafletsInside);
        }
        if (!(fractionOfSortieLeaflets >= 0 && fractionOfSortieLeaflets <= 1)) {
            throw new IllegalArgumentException("fractionOfSortieLeaflets must be in [0, 1], was "
                    + fractionOfSortieLeaflets);
        }
    }
}
