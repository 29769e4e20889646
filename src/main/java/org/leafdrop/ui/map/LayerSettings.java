package org.leafdrop.ui.map;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Visibility and opacity (0 to 1) of each map layer. The layer list edits these; the map
 * observes them. Use on the FX thread.
 */
public final class LayerSettings {
    private final Map<MapLayer, BooleanProperty> visible = new EnumMap<>(MapLayer.class);
    private final Map<MapLayer, DoubleProperty> opacity = new EnumMap<>(MapLayer.class);

    public LayerSettings() {
        for (MapLayer l : MapLayer.values()) {
            visible.put(l, new SimpleBooleanProperty(this, l.name() + ".visible", true));
            opacity.put(l, new SimpleDoubleProperty(this, l.name() + ".opacity", l == MapLayer.DENSITY ? 0.75 : 1.0));
        }
    }

    public BooleanProperty visibleProperty(MapLayer l) {
        return visible.get(l);
    }

    public DoubleProperty opacityProperty(MapLayer l) {
        return opacity.get(l);
    }

    public boolean isVisible(MapLayer l) {
        return visible.get(l).get();
    }

    public double opacity(MapLayer l) {
        return opacity.get(l).get();
    }
}
