package org.leafdrop.coverage;

/**
 * Plan-wide leaflet counts (PLAN-FORMAT.md, result {@code totals}). A leaflet inside several
 * overlapping targets (or exclusions) is counted once. Immutable.
 *
 * @param leaflets             all leaflets the sorties release
 * @param leafletsInTargets    whole leaflets landing in at least one target
 * @param fractionInTargets    their share of all leaflets, in [0, 1] (0 when there are no leaflets)
 * @param leafletsInExclusions whole leaflets landing in at least one exclusion
 */
public record CoverageTotals(long leaflets, long leafletsInTargets, double fractionInTargets,
                             long leafletsInExclusions) {
    public CoverageTotals {
        if (leaflets < 0 || leafletsInTargets < 0 || leafletsInExclusions < 0) {
            throw new IllegalArgumentException("leaflet counts must be >= 0");
        }
        if (leafletsInTargets > leaflets || leafletsInExclusions > leaflets) {
            throw new IllegalArgumentException("more leaflets inside than released: " + leafletsInTargets
                    + " in targets, " + leafletsInExclusions + " in exclusions, of " + leaflets);
        }
        if (!(fractionInTargets >= 0 && fractionInTargets <= 1)) {
            throw new IllegalArgumentException("fractionInTargets must be in [0, 1], was " + fractionInTargets);
        }
    }
}
