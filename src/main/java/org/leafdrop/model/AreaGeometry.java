package org.leafdrop.model;

import java.util.List;

/**
 * A GeoJSON Polygon or MultiPolygon: a list of polygons, each a list of closed rings (first the
 * outer ring, then holes), each ring a list of positions whose first equals its last.
 *
 * @param multi true when read from (and written back as) a MultiPolygon
 */
public record AreaGeometry(List<List<List<LonLat>>> polygons, boolean multi) {
    public AreaGeometry {
        polygons = polygons.stream()
                .map(p -> p.stream().map(List::copyOf).toList())
                .toList();
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("an area needs at least one polygon");
        }
        if (!multi && polygons.size() != 1) {
            throw new IllegalArgumentException("a Polygon has exactly one polygon");
        }
        for (List<List<LonLat>> polygon : polygons) {
            if (polygon.isEmpty()) {
                throw new IllegalArgumentException("a polygon needs an outer ring");
            }
            for (List<LonLat> ring : polygon) {
                if (ring.size() < 4 || !ring.get(0).equals(ring.get(ring.size() - 1))) {
                    throw new IllegalArgumentException("a ring needs at least 4 positions, first equal to last");
                }
            }
        }
    }

    /** A single polygon with one outer ring and no holes. */
    public static AreaGeometry polygon(List<LonLat> outerRing) {
        return new AreaGeometry(List.of(List.of(outerRing)), false);
    }

    /** The outer ring of the first polygon (the ring the frame origin is taken from). */
    public List<LonLat> firstOuterRing() {
        return polygons.get(0).get(0);
    }
}
