package org.leafdrop.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What was found on the ground after a replayed drop (PLAN-FORMAT.md {@code observations}):
 * where, and either a measured density or only that leaflets were found there. Immutable.
 *
 * @param place          the area (Polygon or MultiPolygon) or the spot (Point) observed
 * @param leafletsPerKm2 the density measured there (finite, 0 or more); absent when {@code found}
 * @param found          true for "leaflets were found here" without a count; then no density
 * @param note           free text: what the observation is and where it comes from
 * @param extras         the observation's other fields in file order
 */
public record Observation(Place place, OptionalDouble leafletsPerKm2, boolean found, Optional<String> note,
                          Extras extras) {
    /**
     * Radius (m) of the circle a Point observation stands for when it gives no {@code radiusM}:
     * about a neighbourhood block, the scale at which leaflets are reported found.
     */
    public static final double DEFAULT_POINT_RADIUS_M = 250;

    public Observation {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(leafletsPerKm2, "leafletsPerKm2");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(extras, "extras");
        if (leafletsPerKm2.isPresent() == found) {
            throw new IllegalArgumentException("an observation needs exactly one of leafletsPerKm2 and found: true");
        }
        if (leafletsPerKm2.isPresent()
                && !(leafletsPerKm2.getAsDouble() >= 0 && Double.isFinite(leafletsPerKm2.getAsDouble()))) {
            throw new IllegalArgumentException("leafletsPerKm2 must be finite and >= 0, was "
                    + leafletsPerKm2.getAsDouble());
        }
    }

    /** Where an observation was made. */
    public sealed interface Place {
    }

    /** An observed area, GeoJSON Polygon or MultiPolygon. */
    public record Area(AreaGeometry geometry) implements Place {
        public Area {
            Objects.requireNonNull(geometry, "geometry");
        }
    }

    /**
     * An observed spot, GeoJSON Point, standing for the circle of {@code radiusM} around it.
     *
     * @param radiusM the plan's {@code radiusM}, else {@link #DEFAULT_POINT_RADIUS_M}; above 0
     */
    public record Spot(LonLat position, double radiusM) implements Place {
        public Spot {
            Objects.requireNonNull(position, "position");
            if (!(radiusM > 0 && Double.isFinite(radiusM))) {
                throw new IllegalArgumentException("radiusM must be above 0, was " + radiusM);
            }
        }
    }
}
