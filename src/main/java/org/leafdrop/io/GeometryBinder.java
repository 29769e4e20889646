package org.leafdrop.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.TrackGeometry;

/**
 * Binds GeoJSON geometries (RFC 7946, {@code [longitude, latitude]}): areas (Polygon,
 * MultiPolygon; rings closed, at least 4 positions, valid by JTS), release tracks (Point,
 * LineString) and observed places (Point or area). A Feature where a geometry belongs is
 * reported with a hint to use its geometry.
 */
final class GeometryBinder {
    private static final List<String> GEOMETRY_FIELDS = List.of("type", "coordinates", "bbox");
    private static final NumberRule LONGITUDE = new NumberRule(v -> v >= -180 && v <= 180,
            "longitude must be in [-180, 180]");
    private static final NumberRule LATITUDE = new NumberRule(v -> v >= -90 && v <= 90,
            "latitude must be in [-90, 90]");

    private GeometryBinder() {
    }

    /** A target's or exclusion's area, or empty after logging. */
    static Optional<AreaGeometry> area(JsonValue value, String path, ProblemLog log) {
        Optional<Fields> f = Fields.of(value, path, log, GEOMETRY_FIELDS);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> type = geometryType(f.get(), "Polygon or MultiPolygon", List.of("Polygon", "MultiPolygon"));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        f.get().warnUnknown();
        Optional<JsonValue.JsonArray> coordinates = f.get().requiredArray("coordinates");
        if (coordinates.isEmpty()) {
            return Optional.empty();
        }
        String coordinatesPath = f.get().pathOf("coordinates");
        boolean multi = type.get().equals("MultiPolygon");
        List<List<List<LonLat>>> polygons = new ArrayList<>();
        boolean ok = true;
        if (multi) {
            if (coordinates.get().items().isEmpty()) {
                log.error(coordinatesPath, coordinates.get(), "a MultiPolygon needs at least one polygon (got none)");
                return Optional.empty();
            }
            for (int i = 0; i < coordinates.get().items().size(); i++) {
                Optional<List<List<LonLat>>> p = polygon(coordinates.get().items().get(i),
                        JsonPaths.item(coordinatesPath, i), log);
                ok &= p.isPresent();
                p.ifPresent(polygons::add);
            }
            ok = ok && PolygonValidity.checkMulti(polygons, coordinatesPath, coordinates.get(), log);
        } else {
            Optional<List<List<LonLat>>> p = polygon(coordinates.get(), coordinatesPath, log);
            ok = p.isPresent();
            p.ifPresent(polygons::add);
        }
        return ok ? Optional.of(new AreaGeometry(polygons, multi)) : Optional.empty();
    }

    /** A sortie's track, or empty after logging. */
    static Optional<TrackGeometry> track(JsonValue value, String path, ProblemLog log) {
        Optional<Fields> f = Fields.of(value, path, log, GEOMETRY_FIELDS);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> type = geometryType(f.get(), "Point or LineString", List.of("Point", "LineString"));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        f.get().warnUnknown();
        Optional<JsonValue> coordinates = f.get().required("coordinates");
        if (coordinates.isEmpty()) {
            return Optional.empty();
        }
        String coordinatesPath = f.get().pathOf("coordinates");
        if (type.get().equals("Point")) {
            return position(coordinates.get(), coordinatesPath, log).map(TrackGeometry::point);
        }
        Optional<List<LonLat>> positions = positions(coordinates.get(), coordinatesPath, log);
        if (positions.isPresent() && positions.get().size() < 2) {
            log.error(coordinatesPath, coordinates.get(),
                    "a LineString needs at least 2 positions (got " + positions.get().size() + ")");
            return Optional.empty();
        }
        return positions.map(TrackGeometry::line);
    }

    /** An observation's place: exactly one of a Point's position and an area. */
    record PointOrArea(Optional<LonLat> point, Optional<AreaGeometry> area) {
    }

    /** A Point, Polygon or MultiPolygon where something was observed, or empty after logging. */
    static Optional<PointOrArea> pointOrArea(JsonValue value, String path, ProblemLog log) {
        Optional<Fields> f = Fields.of(value, path, log, GEOMETRY_FIELDS);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> type = geometryType(f.get(), "Point, Polygon or MultiPolygon",
                List.of("Point", "Polygon", "MultiPolygon"));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (type.get().equals("Point")) {
            return track(value, path, log).map(t -> new PointOrArea(Optional.of(t.positions().get(0)), Optional.empty()));
        }
        return area(value, path, log).map(a -> new PointOrArea(Optional.empty(), Optional.of(a)));
    }

    /** A position {@code [lon, lat]} or {@code [lon, lat, height]} (the height is ignored). */
    static Optional<LonLat> position(JsonValue value, String path, ProblemLog log) {
        if (!(value instanceof JsonValue.JsonArray a) || a.items().size() < 2 || a.items().size() > 3) {
            String got = value instanceof JsonValue.JsonArray a2
                    ? "an array of " + a2.items().size() : value.describe();
            log.error(path, value, "a position must be [longitude, latitude] (got " + got + ")");
            return Optional.empty();
        }
        var lon = Values.number(JsonPaths.item(path, 0), a.items().get(0), LONGITUDE, log);
        var lat = Values.number(JsonPaths.item(path, 1), a.items().get(1), LATITUDE, log);
        if (a.items().size() == 3) {
            Values.number(JsonPaths.item(path, 2), a.items().get(2), NumberRule.finite(), log);
        }
        if (lon.isEmpty() || lat.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LonLat(lon.getAsDouble(), lat.getAsDouble()));
    }

    private static Optional<String> geometryType(Fields f, String expected, List<String> allowed) {
        Optional<String> type = f.requiredString("type");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (type.get().equals("Feature") || type.get().equals("FeatureCollection")) {
            f.log().error(f.path(), f.node(), "expected a GeoJSON " + expected + ", got " + type.get()
                    + ": give the feature's \"geometry\" object here, not the " + type.get());
            return Optional.empty();
        }
        if (!allowed.contains(type.get())) {
            f.log().error(f.pathOf("type"), f.present("type").orElseThrow(),
                    "expected a GeoJSON " + expected + ", got " + type.get());
            return Optional.empty();
        }
        return type;
    }

    private static Optional<List<List<LonLat>>> polygon(JsonValue value, String path, ProblemLog log) {
        if (!(value instanceof JsonValue.JsonArray rings)) {
            log.error(path, value, "a polygon must be an array of rings (got " + value.describe() + ")");
            return Optional.empty();
        }
        if (rings.items().isEmpty()) {
            log.error(path, value, "a polygon needs an outer ring (got an empty array)");
            return Optional.empty();
        }
        List<List<LonLat>> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < rings.items().size(); i++) {
            Optional<List<LonLat>> ring = ring(rings.items().get(i), JsonPaths.item(path, i), log);
            ok &= ring.isPresent();
            ring.ifPresent(out::add);
        }
        return ok && PolygonValidity.check(out, path, rings, log) ? Optional.of(out) : Optional.empty();
    }

    private static Optional<List<LonLat>> ring(JsonValue value, String path, ProblemLog log) {
        Optional<List<LonLat>> positions = positions(value, path, log);
        if (positions.isEmpty()) {
            return positions;
        }
        List<LonLat> ring = positions.get();
        if (ring.size() < 4) {
            log.error(path, value, "a ring needs at least 4 positions, the last equal to the first (got "
                    + ring.size() + ")");
            return Optional.empty();
        }
        if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
            log.error(path, value, "ring is not closed: the last position " + PolygonValidity.show(ring.get(ring.size() - 1))
                    + " must equal the first " + PolygonValidity.show(ring.get(0)));
            return Optional.empty();
        }
        return PolygonValidity.checkRing(ring, path, value, log) ? positions : Optional.empty();
    }

    private static Optional<List<LonLat>> positions(JsonValue value, String path, ProblemLog log) {
        if (!(value instanceof JsonValue.JsonArray a)) {
            log.error(path, value, "must be an array of positions (got " + value.describe() + ")");
            return Optional.empty();
        }
        List<LonLat> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < a.items().size(); i++) {
            Optional<LonLat> p = position(a.items().get(i), JsonPaths.item(path, i), log);
            ok &= p.isPresent();
            p.ifPresent(out::add);
        }
        return ok ? Optional.of(out) : Optional.empty();
    }
}
