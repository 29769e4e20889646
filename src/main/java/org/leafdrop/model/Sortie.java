package org.leafdrop.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One aircraft pass releasing leaflets along a track.
 *
 * @param headingDeg     direction of flight, degrees true; defaults to the track's first-to-last bearing
 * @param altitudeAglM   release height above ground, above 0
 * @param leafletType    a plan-local or catalog leaflet type id
 * @param leafletCount   leaflets released; or give {@code payloadLb}
 * @param payloadLb      payload in pounds, converted with the type's leaflets per pound
 *                       (pounds are the unit of the source tables and of the plan format)
 */
public record Sortie(String id, Optional<String> name, Optional<String> aircraft, Optional<String> targetId,
                     ReleaseMethod releaseMethod, TrackGeometry track, OptionalDouble headingDeg,
                     double altitudeAglM, OptionalDouble groundSpeedMps, String leafletType,
                     OptionalLong leafletCount, OptionalDouble payloadLb, Optional<Instant> releaseTimeUtc,
                     Extras extras) {
    /** Ground speed assumed when a store's throw needs one and the plan gives none (about 136 kt). */
    public static final double DEFAULT_GROUND_SPEED_MPS = 70;

    public Sortie {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(aircraft, "aircraft");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(releaseMethod, "releaseMethod");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(leafletType, "leafletType");
        Objects.requireNonNull(releaseTimeUtc, "releaseTimeUtc");
        Objects.requireNonNull(extras, "extras");
        if (!(altitudeAglM > 0 && Double.isFinite(altitudeAglM))) {
            throw new IllegalArgumentException("altitudeAglM must be above 0, was " + altitudeAglM);
        }
        if (headingDeg.isPresent() && !(headingDeg.getAsDouble() >= 0 && headingDeg.getAsDouble() <= 360)) {
            throw new IllegalArgumentException("headingDeg must be in [0, 360]");
        }
        if (groundSpeedMps.isPresent() && !(groundSpeedMps.getAsDouble() >= 0 && Double.isFinite(groundSpeedMps.getAsDouble()))) {
            throw new IllegalArgumentException("groundSpeedMps must be >= 0");
        }
        if (leafletCount.isEmpty() && payloadLb.isEmpty()) {
            throw new IllegalArgumentException("sortie " + id + " needs leafletCount or payloadLb");
        }
        if (leafletCount.isPresent() && leafletCount.getAsLong() < 0) {
            throw new IllegalArgumentException("leafletCount must be >= 0");
        }
        if (payloadLb.isPresent() && !(payloadLb.getAsDouble() >= 0 && Double.isFinite(payloadLb.getAsDouble()))) {
            throw new IllegalArgumentException("payloadLb must be >= 0");
        }
    }

    public Sortie withTrack(TrackGeometry t) {
        return new Sortie(id, name, aircraft, targetId, releaseMethod, t, headingDeg, altitudeAglM,
                groundSpeedMps, leafletType, leafletCount, payloadLb, releaseTimeUtc, extras);
    }

    public Sortie withName(Optional<String> n) {
        return new Sortie(id, n, aircraft, targetId, releaseMethod, track, headingDeg, altitudeAglM,
                groundSpeedMps, leafletType, leafletCount, payloadLb, releaseTimeUtc, extras);
    }

    public Sortie withAircraft(Optional<String> a) {
        return new Sortie(id, name, a, targetId, releaseMethod, track, headingDeg, altitudeAglM,
                groundSpeedMps, leafletType, leafletCount, payloadLb, releaseTimeUtc, extras);
    }

    public Sortie withTargetId(Optional<String> t) {
        return new Sortie(id, name, aircraft, t, releaseMethod, track, headingDeg, altitudeAglM,
                groundSpeedMps, leafletType, leafletCount, payloadLb, releaseTimeUtc, extras);
    }

    public Sortie withHeadingDeg(OptionalDouble h) {
        return new Sortie(id, name, aircraft, targetId, releaseMethod, track, h, altitudeAglM,
                groundSpeedMps, leafletType, leafletCount, payloadLb, releaseTimeUtc, extras);
    }

    public Sortie withAltitudeAglM(double a) {
        return new Sortie(id, name, aircraft, targetId, releaseMethod, track, headingDeg, a,
                groundSpeedMps, leafletType, leafletCount, payloadLb, releaseTimeUtc, extras);
    }

    public Sortie withGroundSpeedMps(OptionalDouble v) {
        return new Sortie(id, name, aircraft, targetId, releaseMethod, track, headingDeg, altitudeAglM,
                v, leafletType, leafletCount, payloadLb, releaseTimeUtc, extras);
    }

    public Sortie withLeafletType(String type) {
        return new Sortie(id, name, aircraft, targetId, releaseMethod, track, headingDeg, altitudeAglM,
                groundSpeedMps, type, leafletCount, payloadLb, releaseTimeUtc, extras);
    }

    /** The leaflets as a count or a payload (give one, the other empty). */
    public Sortie withLeaflets(OptionalLong count, OptionalDouble payload) {
        return new Sortie(id, name, aircraft, targetId, releaseMethod, track, headingDeg, altitudeAglM,
                groundSpeedMps, leafletType, count, payload, releaseTimeUtc, extras);
    }

    public Sortie withReleaseTimeUtc(Optional<Instant> t) {
        return new Sortie(id, name, aircraft, targetId, releaseMethod, track, headingDeg, altitudeAglM,
                groundSpeedMps, leafletType, leafletCount, payloadLb, t, extras);
    }
}
