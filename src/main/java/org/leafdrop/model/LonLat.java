package org.leafdrop.model;

/** A WGS84 position in degrees, GeoJSON order (longitude first). */
public record LonLat(double lonDeg, double latDeg) {
    public LonLat {
        if (!(lonDeg >= -180 && lonDeg <= 180)) {
            throw new IllegalArgumentException("lonDeg must be in [-180, 180], was " + lonDeg);
        }
        if (!(latDeg >= -90 && latDeg <= 90)) {
            throw new IllegalArgumentException("latDeg must be in [-90, 90], was " + latDeg);
        }
    }
}
