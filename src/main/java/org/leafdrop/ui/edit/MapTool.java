package org.leafdrop.ui.edit;

import java.util.Optional;
import org.leafdrop.render.MapCanvas;
import org.leafdrop.render.MapView;

/**
 * A map tool: a small state machine over mouse input and keys that edits the plan through its
 * {@link PlanEditor} (drags show drafts, one command is applied on release). Use on the FX
 * thread; not thread-safe. Tools keep positions in longitude/latitude, so the map may pan or
 * zoom between events.
 */
public interface MapTool {
    /**
     * Offers a mouse event. False when the tool did not use it: the window then pans the map on
     * PRESS, DRAG and RELEASE.
     *
     * @param view the map's viewport when the event happened
     */
    boolean handle(MapInput in, MapView view);

    /** Offers a key; false when the tool did not use it. */
    boolean key(EditKey k);

    /** Paints the tool's overlay (handles, rubber band, measure line and label) above the map. */
    void paintOverlay(MapCanvas c, MapView v);

    /** Status-bar help for what the user can do next. */
    String hint();

    /** The last refusal or result (a measurement), until the next action replaces it. */
    Optional<String> message();

    CursorKind cursor();

    /** Abandons a gesture in progress (drag, unfinished shape) without changing the plan. */
    void cancel();
}
