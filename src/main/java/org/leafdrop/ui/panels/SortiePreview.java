package org.leafdrop.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.sim.DirectIntegrator;
import org.leafdrop.sim.PreparedSortie;
import org.leafdrop.sim.Scenario;

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
        Scenario scenario = Scenario.prepare(plan);
        LocalFrame frame = scenario.frame();
        List<SortiePreview> out = new ArrayList<>();
        for (PreparedSortie ps : scenario.sorties()) {
            double[] release = ps.track().centroid();
            double[] landing = DirectIntegrator.sortieLanding(scenario, ps);
            double[] from = frame.toLonLat(release[0], release[1]);
            double[] to = frame.toLonLat(landing[0], landing[1]);
            Geodesy.DistanceBearing drift = Geodesy.inverse(from[0], from[1], to[0], to[1]);
            out.add(new SortiePreview(ps.id(), landing[2], drift.distanceM(), drift.bearingDeg(),
                    new LonLat(to[0], to[1])));
        }
        return out;
    }
}
