package org.leafdrop.ui.edit;

import java.util.List;
import java.util.Optional;
import org.leafdrop.geo.Coordinates;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.LonLat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The polygon rule of the plan reader (PLAN-FORMAT.md: "Polygons must be valid"), checked with
 * JTS's {@link IsValidOp} in plain longitude/latitude as the reader does, so an edit never makes
 * a plan the reader would refuse. Geometries are built fresh for each check.
 */
final class AreaValidity {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private AreaValidity() {
    }

    /** Empty when valid; otherwise what is wrong, as the end of a sentence ("would cross itself near ..."). */
    static Optional<String> problem(AreaGeometry g) {
        Polygon[] parts = g.polygons().stream().map(AreaValidity::polygon).toArray(Polygon[]::new);
        Geometry geometry = g.multi() ? FACTORY.createMultiPolygon(parts) : parts[0];
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return Optional.empty();
        }
        Coordinate c = error.getCoordinate();
        String where = c == null || !Double.isFinite(c.x) || !Double.isFinite(c.y) ? ""
                : " near " + Coordinates.decimalDegrees(c.x, c.y);
        return Optional.of(describe(error) + where);
    }

    private static String describe(TopologyValidationError error) {
        return switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                    "would cross itself";
            case TopologyValidationError.TOO_FEW_POINTS -> "would have fewer than 3 distinct vertices";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "would have a hole outside its outline";
            case TopologyValidationError.NESTED_HOLES -> "would have a hole inside another hole";
            case TopologyValidationError.NESTED_SHELLS -> "would have one part inside another";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "would be cut in two by its holes";
            default -> "would not be a valid polygon (" + error.getMessage() + ")";
        };
    }

    private static Polygon polygon(List<List<LonLat>> rings) {
        LinearRing shell = FACTORY.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = rings.subList(1, rings.size()).stream()
                .map(r -> FACTORY.createLinearRing(coordinates(r)))
                .toArray(LinearRing[]::new);
        return FACTORY.createPolygon(shell, holes);
    }

    private static Coordinate[] coordinates(List<LonLat> ring) {
        return ring.stream().map(p -> new Coordinate(p.lonDeg(), p.latDeg())).toArray(Coordinate[]::new);
    }
}
