package org.leafdrop.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of leaflet types from the doctrinal tables, bundled as
 * {@code leaflet-types.csv}. Immutable and thread-safe; load once with {@link #bundled()}.
 */
public final class LeafletCatalog {
    private static final LeafletCatalog BUNDLED = load("leaflet-types.csv");
    private final Map<String, CatalogLeaflet> byId;

    private LeafletCatalog(Map<String, CatalogLeaflet> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    public static LeafletCatalog bundled() {
        return BUNDLED;
    }

    public Optional<CatalogLeaflet> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<CatalogLeaflet> all() {
        return List.copyOf(byId.values());
    }

    /** The standard leaflet (6x3 in, 20 lb bond). */
    public CatalogLeaflet standard() {
        return byId.values().stream().filter(CatalogLeaflet::standard).findFirst().orElseThrow();
    }

    private static LeafletCatalog load(String resource) {
        Map<String, CatalogLeaflet> map = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.readResource(LeafletCatalog.class, resource)) {
            CatalogLeaflet c = new CatalogLeaflet(
                    Double.parseDouble(row.get("width_in")), Double.parseDouble(row.get("height_in")),
                    Integer.parseInt(row.get("paper_basis_lb")), Double.parseDouble(row.get("descent_rate_ftps")),
                    Double.parseDouble(row.get("spread_factor")), Boolean.parseBoolean(row.get("autorotates")),
                    Double.parseDouble(row.get("leaflets_per_lb")), Boolean.parseBoolean(row.get("standard")));
            map.put(c.id(), c);
        }
        return new LeafletCatalog(map);
    }

    /** A minimal reader for the bundled, trusted CSV catalogs (quoted fields allowed). */
    static final class Csv {
        private Csv() {
        }

        static List<Map<String, String>> readResource(Class<?> anchor, String name) {
            try (InputStream in = anchor.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled resource missing: " + name);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                List<String> header = split(r.readLine());
                List<Map<String, String>> rows = new ArrayList<>();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    List<String> cells = split(line);
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                    }
                    rows.add(row);
                }
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static List<String> split(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == ',' && !quoted) {
                    out.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(ch);
                }
            }
            out.add(cur.toString());
            return out;
        }
    }
}
