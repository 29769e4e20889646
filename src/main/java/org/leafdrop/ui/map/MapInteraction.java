package org.leafdrop.ui.map;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.leafdrop.render.MapCanvas;
import org.leafdrop.render.MapView;

/**
 * The active tool as the map sees it: it gets mouse and key events first, and paints its
 * overlay (handles, rubber band, measure line) above the layers. A mouse event it does not
 * consume pans the map (dragging on empty ground).
 */
public interface MapInteraction {
    MapInteraction NONE = new MapInteraction() {
    };

    /** @return true when the tool used the event (the map then does not pan) */
    default boolean mouse(MouseEvent e, MapView view) {
        return false;
    }

    default boolean key(KeyEvent e) {
        return false;
    }

    default void paintOverlay(MapCanvas c, MapView view) {
    }
}
