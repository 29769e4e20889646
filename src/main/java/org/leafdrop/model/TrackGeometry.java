package org.leafdrop.model;

import java.util.List;

/**
 * A release track: a GeoJSON Point (one position, a single release) or LineString (two or more
 * positions, leaflets released along all of it, in order).
 */
public record TrackGeometry(List<LonLat> positions) {
    public TrackGeometry {
        positions = List.copyOf(positions);
        if (positions.isEmpty()) {
            throw new IllegalArgumentException("a track needs at least one position");
        }
    }

    public static TrackGeometry point(LonLat p) {
        return new TrackGeometry(List.of(p));
    }

    public static TrackGeometry line(List<LonLat> positions) {
        if (positions.size() < 2) {
            throw new IllegalArgumentException("a LineString needs at least 2 positions");
        }
        return new TrackGeometry(positions);
    }

    public boolean isPoint() {
        return positions.size() == 1;
    }
}
