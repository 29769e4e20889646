package org.leafdrop.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The offline base layer: country borders and seas from Natural Earth (public domain) and
 * hand-digitised, approximate features of Mosul and the region (the Tigris and other rivers,
 * the city outline, districts, bridges, landmarks, towns). Coordinates are WGS84 degrees.
 * Origins are in {@code org/leafdrop/basemap/README.md}. Immutable and thread-safe; never
 * mutate a feature's geometry, it is shared.
 */
public final class BaseMap {
    /** The credit line the map shows under the base layer. */
    public static final String ATTRIBUTION =
            "Borders: Natural Earth (public domain). Mosul features hand-digitised, approximate.";
    static final String NATURAL_EARTH = "/org/leafdrop/basemap/natural-earth.geojson";
    static final String MOSUL_FEATURES = "/org/leafdrop/basemap/mosul-features.geojson";

    /** What a feature is, which says how it is drawn. */
    public enum Kind {
        /** Seas (polygons). */
        WATER,
        /** Country borders (lines). */
        BORDER,
        RIVER,
        LAKE,
        /** A built-up area outline (polygon). */
        CITY,
        /** A part of a city (polygon). */
        DISTRICT,
        /** A neighbourhood name (label position). */
        NEIGHBOURHOOD,
        BRIDGE,
        LANDMARK,
        TOWN,
        /** Where a country's name is written. */
        COUNTRY_LABEL;

        static Optional<Kind> of(String geoJsonKind) {
            for (Kind k : values()) {
                if (k.name().replace('_', '-').toLowerCase(Locale.ROOT).equals(geoJsonKind)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One feature.
     *
     * @param rank          display priority, 1 first (shown from further out)
     * @param approximate   true for hand-digitised features
     * @param uncertaintyM  rough radius within which the real feature lies; 0 when not stated
     */
    public record Feature(String id, Kind kind, String name, int rank, boolean approximate, double uncertaintyM,
                          Geometry geometry) {
        public Feature {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(geometry, "geometry");
        }

        /** The bounding box in degrees (cached by JTS). */
        public Envelope envelope() {
            return geometry.getEnvelopeInternal();
        }
    }

    private final List<Feature> features;
    private final Map<Kind, List<Feature>> byKind;

    BaseMap(List<Feature> features) {
        this.features = List.copyOf(features);
        Map<Kind, List<Feature>> m = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            m.put(k, this.features.stream().filter(f -> f.kind() == k).toList());
        }
        this.byKind = m;
    }

    /** The bundled base map, read from the jar's resources once and shared. */
    public static BaseMap bundled() {
        return Bundled.MAP;
    }

    private static final class Bundled {
        static final BaseMap MAP = load(NATURAL_EARTH, MOSUL_FEATURES);
    }

    /**
     * Reads GeoJSON resources (FeatureCollections whose features have {@code id}, {@code kind},
     * {@code name} and optionally {@code rank}, {@code approximate}, {@code uncertaintyM}).
     *
     * @throws IllegalStateException naming the resource, feature and field when one is missing or
     *                               malformed: the bundled files are part of the program
     */
    static BaseMap load(String... resources) {
        List<Feature> out = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String r : resources) {
            try (InputStream in = BaseMap.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("base map resource " + r + " is missing from the program");
                }
                out.addAll(parse(r, mapper.readTree(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read base map resource " + r + ": " + e.getMessage(), e);
            }
        }
        return new BaseMap(out);
    }

    static List<Feature> parse(String source, JsonNode root) {
        GeometryFactory gf = new GeometryFactory();
        List<Feature> out = new ArrayList<>();
        JsonNode fs = root.path("features");
        if (!fs.isArray()) {
            throw new IllegalStateException(source + ": not a GeoJSON FeatureCollection (no features array)");
        }
        for (int i = 0; i < fs.size(); i++) {
            String at = source + " $.features[" + i + "]";
            JsonNode p = fs.get(i).path("properties");
            String id = text(p, "id", at);
            String kindText = text(p, "kind", at);
            Kind kind = Kind.of(kindText).orElseThrow(() -> new IllegalStateException(at + ".properties.kind: unknown kind '"
                    + kindText + "'"));
            Geometry g = geometry(gf, fs.get(i).path("geometry"), at + ".geometry");
            out.add(new Feature(id, kind, text(p, "name", at), p.path("rank").asInt(1),
                    p.path("approximate").asBoolean(false), p.path("uncertaintyM").asDouble(0), g));
        }
        return out;
    }

    private static String text(JsonNode p, String field, String at) {
        JsonNode v = p.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalStateException(at + ".properties." + field + ": missing or not a text");
        }
        return v.asText();
    }

    private static Geometry geometry(GeometryFactory gf, JsonNode g, String at) {
        JsonNode c = g.path("coordinates");
        String type = g.path("type").asText("");
        try {
            return switch (type) {
                case "Point" -> gf.createPoint(coordinate(c));
                case "LineString" -> gf.createLineString(coordinates(c));
                case "MultiLineString" -> {
                    LineString[] parts = new LineString[c.size()];
                    for (int i = 0; i < c.size(); i++) {
                        parts[i] = gf.createLineString(coordinates(c.get(i)));
                    }
                    yield gf.createMultiLineString(parts);
                }
                case "Polygon" -> polygon(gf, c);
                case "MultiPolygon" -> {
                    Polygon[] parts = new Polygon[c.size()];
                    for (int i = 0; i < c.size(); i++) {
                        parts[i] = polygon(gf, c.get(i));
                    }
                    yield gf.createMultiPolygon(parts);
                }
                default -> throw new IllegalStateException(at + ".type: unsupported geometry type '" + type + "'");
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(at + ".coordinates: " + e.getMessage(), e);
        }
    }

    private static Polygon polygon(GeometryFactory gf, JsonNode rings) {
        if (rings.size() == 0) {
            throw new IllegalArgumentException("a polygon needs at least one ring");
        }
        LinearRing shell = gf.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = gf.createLinearRing(coordinates(rings.get(i)));
        }
        return gf.createPolygon(shell, holes);
    }

    private static Coordinate[] coordinates(JsonNode a) {
        if (!a.isArray() || a.size() < 2) {
            throw new IllegalArgumentException("a line needs at least two positions");
        }
        Coordinate[] out = new Coordinate[a.size()];
        for (int i = 0; i < a.size(); i++) {
            out[i] = coordinate(a.get(i));
        }
        return out;
    }

    private static Coordinate coordinate(JsonNode p) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new IllegalArgumentException("a position is [lon, lat], got " + p);
        }
        double lon = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("position " + p + " is outside [-180, 180] x [-90, 90]");
        }
        return new Coordinate(lon, lat);
    }

    public List<Feature> features() {
        return features;
    }

    public List<Feature> features(Kind kind) {
        return byKind.get(kind);
    }

    public Optional<Feature> feature(String id) {
        return features.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public String attribution() {
        return ATTRIBUTION;
    }
}
