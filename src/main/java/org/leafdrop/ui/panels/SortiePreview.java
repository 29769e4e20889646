package org.leafdrop.ui.panels;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.planning.LandingPreview;

/**
 * The fast-path landing of one sortie for the live preview (DESIGN.md "The window"): the
 * deterministic centroid fall without turbulence or spread, so there is no R50/R90 and no coverage
 * yet. Drift is measured as in the result: geodesic, from the mean release point. Immutable.
 *
 * @param fallTimeS       mean fall time
 * @param driftM          geodesic distance from the mean release point to the landing centroid
 * @param driftBearingDeg initial bearing of that line, degrees true in [0, 360)
 * @param landing         the landing centroid
 */
public record SortiePreview(String sortieId, double fallTimeS, double driftM, double driftBearingDeg,
                            LonLat landing) {
    public SortiePreview {
        Objects.requireNonNull(sortieId, "sortieId");
        Objects.requireNonNull(landing, "landing");
    }

    /**
     * The preview of every sortie of a plan, in plan order. Microseconds per sortie for free fall,
     * more for stores (each store's ballistic fall); pure, so it may run on any thread.
     *
     * @throws IllegalArgumentException when the plan cannot be simulated (unknown leaflet type, ...)
     */
    public static List<SortiePreview> of(Plan plan) {
        return from(LandingPreview.compute(plan, Optional.empty()));
    }

    /** The panel's rows of the window's live preview (the fast path the map draws). */
    public static List<SortiePreview> from(List<LandingPreview.SortiePreview> previews) {
        return previews.stream().map(p -> new SortiePreview(p.sortieId(), p.fallTimeS(), p.driftM(),
                p.driftBearingDeg(), p.landingCentroid().lonLat())).toList();
    }
}
