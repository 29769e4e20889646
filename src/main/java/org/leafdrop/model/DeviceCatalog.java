package org.leafdrop.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Leaflet stores bundled as {@code devices.csv}. Immutable and thread-safe. */
public final class DeviceCatalog {
    /** The store a {@code leaflet-bomb} sortie without {@code device} uses. */
    public static final String DEFAULT_BOMB = "M129";
    /** The catalog row describing static-line boxes. */
    public static final String BOX = "static-line-box";
    private static final DeviceCatalog BUNDLED = load();
    private final Map<String, Device> byId;

    private DeviceCatalog(Map<String, Device> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    public static DeviceCatalog bundled() {
        return BUNDLED;
    }

    public Optional<Device> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Device> all() {
        return List.copyOf(byId.values());
    }

    /** Ids of the stores of a kind ({@code leaflet-bomb} or {@code box}). */
    public List<String> idsOfKind(String kind) {
        return byId.values().stream().filter(d -> d.kind().equals(kind)).map(Device::id).toList();
    }

    private static DeviceCatalog load() {
        Map<String, Device> map = new LinkedHashMap<>();
        for (Map<String, String> row : LeafletCatalog.Csv.readResource(DeviceCatalog.class, "devices.csv")) {
            Device d = new Device(row.get("id"), row.get("kind"), Long.parseLong(row.get("capacity_leaflets")),
                    Double.parseDouble(row.get("loaded_mass_kg")), Double.parseDouble(row.get("diameter_m")),
                    Double.parseDouble(row.get("drag_coefficient")),
                    Double.parseDouble(row.get("default_opening_radius_m")), row.get("source"));
            map.put(d.id(), d);
        }
        return new DeviceCatalog(map);
    }
}
