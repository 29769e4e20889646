package org.leafdrop.sim;

import java.util.List;
import java.util.Optional;
import org.leafdrop.model.Device;
import org.leafdrop.model.LeafletSpec;
import org.leafdrop.model.Sortie;

/**
 * A sortie ready to simulate: leaflet type and count resolved, track in the local frame, release
 * times, and for stores (bombs, boxes) where each opens. Immutable.
 *
 * @param index              position in the plan's sortie list (seeds the random streams)
 * @param leaflets           leaflets released (whole number)
 * @param releaseMslM        height (m MSL) loose leaflets leave the aircraft at
 * @param releaseTimeS       time (s since epoch, or 0 when the plan gives none) at the track start
 * @param groundSpeedMps     aircraft ground speed, for release times along the track and throw
 * @param initialRadiusM     radius of the initial uniform sphere of each leaflet cloud
 * @param store              the store device for bombs and boxes
 * @param openings           where each store opens, in release order (empty for free-fall)
 */
public record PreparedSortie(int index, Sortie sortie, LeafletSpec leaflet, long leaflets, ReleaseTrack track,
                             double releaseMslM, double releaseTimeS, double groundSpeedMps,
                             double headingDeg, double initialRadiusM, Optional<Device> store,
                             List<Ballistics.Opening> openings, List<Double> storeReleaseTimesS) {
    public PreparedSortie {
        openings = List.copyOf(openings);
        storeReleaseTimesS = List.copyOf(storeReleaseTimesS);
    }

    public String id() {
        return sortie.id();
    }

    public boolean usesStores() {
        return !openings.isEmpty();
    }
}
