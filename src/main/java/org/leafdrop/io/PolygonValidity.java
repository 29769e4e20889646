package org.leafdrop.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leafdrop.model.LonLat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks rings and polygons with JTS's {@link IsValidOp} in plain longitude/latitude (validity is
 * topological, so degrees do), logging JTS's reason and the coordinate where it found it.
 * Geometries are built fresh for each check and never shared.
 */
final class PolygonValidity {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private PolygonValidity() {
    }

    /** True when the closed ring (at least 4 positions) is simple; logs otherwise. */
    static boolean checkRing(List<LonLat> ring, String path, JsonValue at, ProblemLog log) {
        return report(FACTORY.createLinearRing(coordinates(ring)), "ring", path, at, log);
    }

    /** True when the rings (each already valid) make a valid polygon; logs otherwise. */
    static boolean check(List<List<LonLat>> rings, String path, JsonValue at, ProblemLog log) {
        return report(polygon(rings), "polygon", path, at, log);
    }

    /** True when the polygons (each already valid) make a valid MultiPolygon; logs otherwise. */
    static boolean checkMulti(List<List<List<LonLat>>> polygons, String path, JsonValue at, ProblemLog log) {
        Polygon[] parts = polygons.stream().map(PolygonValidity::polygon).toArray(Polygon[]::new);
        return report(FACTORY.createMultiPolygon(parts), "MultiPolygon", path, at, log);
    }

    /** A position as in the file: {@code [43.125, 36.335]}. */
    static String show(LonLat p) {
        return "[" + Numbers.format(p.lonDeg()) + ", " + Numbers.format(p.latDeg()) + "]";
    }

    private static boolean report(Geometry g, String what, String path, JsonValue at, ProblemLog log) {
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error == null) {
            return true;
        }
        Coordinate c = error.getCoordinate();
        String where = c == null ? "" : " at [" + Numbers.rounded(c.x, 7) + ", " + Numbers.rounded(c.y, 7) + "]";
        log.error(path, at, what + " is not valid: " + error.getMessage().toLowerCase(Locale.ROOT) + where);
        return false;
    }

    private static Polygon polygon(List<List<LonLat>> rings) {
        LinearRing shell = FACTORY.createLinearRing(coordinates(rings.get(0)));
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            holes.add(FACTORY.createLinearRing(coordinates(rings.get(i))));
        }
        return FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private static Coordinate[] coordinates(List<LonLat> ring) {
        return ring.stream().map(p -> new Coordinate(p.lonDeg(), p.latDeg())).toArray(Coordinate[]::new);
    }
}
