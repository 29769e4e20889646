package org.leafdrop.coverage;

import java.util.Objects;
import java.util.Optional;

/**
 * One sortie in the result (PLAN-FORMAT.md, result {@code sorties[]}). Immutable.
 *
 * @param leaflets           leaflets released
 * @param particles          particles simulated
 * @param particlesNotLanded particles still aloft at the time limit
 * @param statistics         of the landed particles; empty when none landed
 * @param doctrinal          the doctrinal hand method for the same sortie, for comparison
 */
public record SortieResult(String id, long leaflets, int particles, int particlesNotLanded,
                           Optional<SortieStatistics> statistics, Doctrinal doctrinal) {
    public SortieResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(doctrinal, "doctrinal");
        if (leaflets < 0) {
            throw new IllegalArgumentException("leaflets must be >= 0, was " + leaflets);
        }
        if (particles < 0 || particlesNotLanded < 0 || particlesNotLanded > particles) {
            throw new IllegalArgumentException("need 0 <= particlesNotLanded <= particles, was "
                    + particlesNotLanded + " of " + particles);
        }
        if (statistics.isEmpty() && particlesNotLanded < particles) {
            throw new IllegalArgumentException("sortie " + id + " has landed particles but no statistics");
        }
    }

    /**
     * The doctrinal hand method's answer (PHYSICS.md section 8), its drift measured like the
     * simulated one: geodesic, from the release centroid.
     *
     * @param fallTimeS       layer-sum fall time
     * @param driftM          geodesic distance from the release centroid to the doctrinal landing point
     * @param driftBearingDeg initial bearing of that line, degrees true in [0, 360)
     */
    public record Doctrinal(double fallTimeS, double driftM, double driftBearingDeg) {
        public Doctrinal {
            if (!(fallTimeS >= 0 && Double.isFinite(fallTimeS))) {
                throw new IllegalArgumentException("fallTimeS must be finite and >= 0, was " + fallTimeS);
            }
            if (!(driftM >= 0 && Double.isFinite(driftM))) {
                throw new IllegalArgumentException("driftM must be finite and >= 0, was " + driftM);
            }
            if (!(driftBearingDeg >= 0 && driftBearingDeg < 360)) {
                throw new IllegalArgumentException("driftBearingDeg must be in [0, 360), was " + driftBearingDeg);
            }
        }
    }
}
