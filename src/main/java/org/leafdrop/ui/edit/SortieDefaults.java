package org.leafdrop.ui.edit;

import java.util.Objects;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.Sortie;

/**
 * Release settings for a new sortie in a plan that has no sortie to copy them from. The user
 * edits them in the properties panel; they only need to make a plan that simulates.
 *
 * @param altitudeAglM       release height above ground
 * @param groundSpeedMps     aircraft ground speed
 * @param catalogLeafletType leaflet type used when the plan defines none of its own
 * @param leafletCount       leaflets on the new sortie
 */
public record SortieDefaults(ReleaseMethod releaseMethod, double altitudeAglM, double groundSpeedMps,
                             String catalogLeafletType, long leafletCount) {
    /** The release height of the plan format's example pass (PLAN-FORMAT.md), a usual C-130 leaflet height. */
    public static final double DEFAULT_ALTITUDE_AGL_M = 1200;
    /** A placeholder payload, a round number the user is expected to change. */
    public static final long DEFAULT_LEAFLET_COUNT = 100_000;

    public SortieDefaults {
        Objects.requireNonNull(releaseMethod, "releaseMethod");
        Objects.requireNonNull(catalogLeafletType, "catalogLeafletType");
        if (!(altitudeAglM > 0 && Double.isFinite(altitudeAglM))) {
            throw new IllegalArgumentException("altitudeAglM must be above 0, was " + altitudeAglM);
        }
        if (!(groundSpeedMps >= 0 && Double.isFinite(groundSpeedMps))) {
            throw new IllegalArgumentException("groundSpeedMps must be >= 0, was " + groundSpeedMps);
        }
        if (leafletCount < 0) {
            throw new IllegalArgumentException("leafletCount must be >= 0, was " + leafletCount);
        }
    }

    /** Free-fall at 1,200 m AGL and the model's default ground speed, with the catalog's standard leaflet. */
    public static SortieDefaults fromCatalog(LeafletCatalog catalog) {
        return new SortieDefaults(new ReleaseMethod.FreeFall(), DEFAULT_ALTITUDE_AGL_M,
                Sortie.DEFAULT_GROUND_SPEED_MPS, catalog.standard().id(), DEFAULT_LEAFLET_COUNT);
    }

    /** The plan's first own leaflet type (the user defined it to use it), else the catalog type. */
    public String leafletTypeFor(Plan plan) {
        return plan.leafletTypes().isEmpty() ? catalogLeafletType : plan.leafletTypes().get(0).id();
    }
}
