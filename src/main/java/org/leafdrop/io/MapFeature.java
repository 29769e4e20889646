package org.leafdrop.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.TrackGeometry;

/**
 * One feature of an exported map (PLAN-FORMAT.md "Exports"): its {@code kind} ({@code target},
 * {@code exclusion}, {@code track}, {@code release}, {@code landing}, {@code ellipse}), its
 * properties in order, and its geometry: a point or line ({@link TrackGeometry}) or an area
 * ({@link AreaGeometry}). Immutable.
 */
public record MapFeature(String kind, Map<String, Object> properties, Object geometry) {
    public MapFeature {
        Objects.requireNonNull(kind, "kind");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        if (!(geometry instanceof TrackGeometry) && !(geometry instanceof AreaGeometry)) {
            throw new IllegalArgumentException("geometry must be a TrackGeometry or an AreaGeometry");
        }
    }

    /** The feature's display name: its name, else its id, else its kind. */
    public String label() {
        Object name = properties.get("name");
        Object id = properties.get("id");
        return name != null ? name.toString() : id != null ? id.toString() : kind;
    }
}
