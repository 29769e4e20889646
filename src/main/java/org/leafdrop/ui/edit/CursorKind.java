package org.leafdrop.ui.edit;

/** The mouse cursor a tool asks for; the window maps it to a JavaFX Cursor. */
public enum CursorKind {
    /** The arrow. */
    DEFAULT,
    /** Placing points: drawing and measuring. */
    CROSSHAIR,
    /** Over a vertex handle, or dragging one. */
    HAND,
    /** Over the selected shape, or dragging it. */
    MOVE
}
