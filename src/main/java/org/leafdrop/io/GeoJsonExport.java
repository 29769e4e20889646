package org.leafdrop.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.TrackGeometry;

/**
 * A GeoJSON FeatureCollection (RFC 7946: WGS84, [longitude, latitude], 7 decimals, about 1 cm)
 * of a plan's map features; each feature's properties carry its {@code kind} and are named as in
 * the plan and the result file. Stateless and thread-safe.
 */
public final class GeoJsonExport {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private GeoJsonExport() {
    }

    public static String toJson(String name, List<MapFeature> features) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("name", name);
            g.writeArrayFieldStart("features");
            for (MapFeature f : features) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeObjectFieldStart("properties");
                for (Map.Entry<String, Object> p : f.properties().entrySet()) {
                    writeValue(g, p.getKey(), p.getValue());
                }
                g.writeEndObject();
                g.writeFieldName("geometry");
                writeGeometry(g, f.geometry());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out + "\n";
    }

    private static void writeValue(JsonGenerator g, String key, Object v) throws IOException {
        if (v instanceof Integer || v instanceof Long) {
            g.writeNumberField(key, ((Number) v).longValue());
        } else if (v instanceof Number n) {
            g.writeNumberField(key, BigDecimal.valueOf(n.doubleValue()).round(new java.math.MathContext(9))
                    .stripTrailingZeros());
        } else {
            g.writeStringField(key, String.valueOf(v));
        }
    }

    private static void writeGeometry(JsonGenerator g, Object geometry) throws IOException {
        g.writeStartObject();
        if (geometry instanceof TrackGeometry t) {
            if (t.isPoint()) {
                g.writeStringField("type", "Point");
                g.writeFieldName("coordinates");
                position(g, t.positions().get(0));
            } else {
                g.writeStringField("type", "LineString");
                g.writeFieldName("coordinates");
                positions(g, t.positions());
            }
        } else {
            AreaGeometry a = (AreaGeometry) geometry;
            g.writeStringField("type", a.multi() ? "MultiPolygon" : "Polygon");
            g.writeFieldName("coordinates");
            if (a.multi()) {
                g.writeStartArray();
            }
            for (List<List<LonLat>> polygon : a.polygons()) {
                g.writeStartArray();
                for (List<LonLat> ring : polygon) {
                    positions(g, ring);
                }
                g.writeEndArray();
            }
            if (a.multi()) {
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }

    private static void positions(JsonGenerator g, List<LonLat> ps) throws IOException {
        g.writeStartArray();
        for (LonLat p : ps) {
            position(g, p);
        }
        g.writeEndArray();
    }

    private static void position(JsonGenerator g, LonLat p) throws IOException {
        g.writeStartArray();
        g.writeNumber(BigDecimal.valueOf(p.lonDeg()).setScale(7, RoundingMode.HALF_EVEN).stripTrailingZeros());
        g.writeNumber(BigDecimal.valueOf(p.latDeg()).setScale(7, RoundingMode.HALF_EVEN).stripTrailingZeros());
        g.writeEndArray();
    }
}
