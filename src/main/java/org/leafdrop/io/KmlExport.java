package org.leafdrop.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.TrackGeometry;

/**
 * KML 2.2 of a plan's map features (opens in Google Earth and GIS tools): one folder per kind,
 * a style per kind (targets green, exclusions red, tracks and ellipses in the sortie colours of
 * the briefing), each feature's properties as ExtendedData. All user text is XML-escaped.
 * Stateless and thread-safe.
 */
public final class KmlExport {
    public static final String NAMESPACE = "http://www.opengis.net/kml/2.2";
    /** Line and fill colours per kind, KML's aabbggrr. */
    private static final Map<String, String[]> STYLES = new LinkedHashMap<>();

    static {
        STYLES.put("target", new String[] {"ff2e7d32", "552e7d32"});
        STYLES.put("exclusion", new String[] {"ff1c1cc6", "551c1cc6"});
        STYLES.put("track", new String[] {"ff000000", "00000000"});
        STYLES.put("release", new String[] {"ff000000", "00000000"});
        STYLES.put("landing", new String[] {"ffd16b1e", "00000000"});
        STYLES.put("ellipse", new String[] {"ffd16b1e", "22d16b1e"});
        STYLES.put("density-contour", new String[] {"ff00a5ff", "3300a5ff"});
        STYLES.put("probability-contour", new String[] {"ffb4007d", "33b4007d"});
    }

    private KmlExport() {
    }

    public static String toKml(String name, List<MapFeature> features) {
        StringBuilder k = new StringBuilder();
        k.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        k.append("<kml xmlns=\"").append(NAMESPACE).append("\">\n<Document>\n");
        k.append("  <name>").append(xml(name)).append("</name>\n");
        STYLES.forEach((kind, colours) -> k.append("  <Style id=\"").append(kind).append("\"><LineStyle><color>")
                .append(colours[0]).append("</color><width>2</width></LineStyle><PolyStyle><color>")
                .append(colours[1]).append("</color></PolyStyle></Style>\n"));
        Map<String, List<MapFeature>> byKind = new LinkedHashMap<>();
        for (MapFeature f : features) {
            byKind.computeIfAbsent(f.kind(), x -> new java.util.ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<MapFeature>> folder : byKind.entrySet()) {
            k.append("  <Folder>\n    <name>").append(xml(folder.getKey())).append("</name>\n");
            for (MapFeature f : folder.getValue()) {
                placemark(k, f);
            }
            k.append("  </Folder>\n");
        }
        k.append("</Document>\n</kml>\n");
        return k.toString();
    }

    private static void placemark(StringBuilder k, MapFeature f) {
        String label = f.kind().equals("ellipse") ? f.label() + " " + f.properties().get("sigma") + " sigma"
                : f.properties().containsKey("sortieId") && !f.kind().equals("track")
                        ? f.kind() + " " + f.properties().get("sortieId") : f.label();
        k.append("    <Placemark>\n      <name>").append(xml(label)).append("</name>\n");
        k.append("      <styleUrl>#").append(xml(f.kind())).append("</styleUrl>\n      <ExtendedData>\n");
        for (Map.Entry<String, Object> p : f.properties().entrySet()) {
            k.append("        <Data name=\"").append(xml(p.getKey())).append("\"><value>")
                    .append(xml(String.valueOf(p.getValue()))).append("</value></Data>\n");
        }
        k.append("      </ExtendedData>\n      ");
        geometry(k, f.geometry());
        k.append("\n    </Placemark>\n");
    }

    private static void geometry(StringBuilder k, Object geometry) {
        if (geometry instanceof TrackGeometry t) {
            if (t.isPoint()) {
                k.append("<Point><coordinates>").append(coords(t.positions())).append("</coordinates></Point>");
            } else {
                k.append("<LineString><tessellate>1</tessellate><coordinates>").append(coords(t.positions()))
                        .append("</coordinates></LineString>");
            }
            return;
        }
        AreaGeometry a = (AreaGeometry) geometry;
        if (a.multi()) {
            k.append("<MultiGeometry>");
        }
        for (List<List<LonLat>> polygon : a.polygons()) {
            k.append("<Polygon><outerBoundaryIs><LinearRing><coordinates>").append(coords(polygon.get(0)))
                    .append("</coordinates></LinearRing></outerBoundaryIs>");
            for (List<LonLat> hole : polygon.subList(1, polygon.size())) {
                k.append("<innerBoundaryIs><LinearRing><coordinates>").append(coords(hole))
                        .append("</coordinates></LinearRing></innerBoundaryIs>");
            }
            k.append("</Polygon>");
        }
        if (a.multi()) {
            k.append("</MultiGeometry>");
        }
    }

    /** KML coordinates: "lon,lat" tuples separated by spaces, 7 decimals. */
    private static String coords(List<LonLat> ps) {
        StringBuilder s = new StringBuilder();
        for (LonLat p : ps) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(decimal(p.lonDeg())).append(',').append(decimal(p.latDeg()));
        }
        return s.toString();
    }

    private static String decimal(double v) {
        return BigDecimal.valueOf(v).setScale(7, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** Escapes the five XML special characters, and drops characters XML 1.0 cannot carry. */
    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
