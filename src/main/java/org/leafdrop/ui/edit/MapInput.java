package org.leafdrop.ui.edit;

import java.util.Objects;

/**
 * One mouse event on the map, in map pixels (x to the right, y down, as {@link
 * org.leafdrop.render.MapView}), free of JavaFX so the tools are testable without a screen.
 *
 * <p>The window sends, for every gesture: {@code PRESS}, any {@code DRAG}s, {@code RELEASE};
 * then, only when the mouse did not move in between (JavaFX {@code isStillSincePress()}), a
 * {@code CLICK} for a single click or a {@code DOUBLE_CLICK} when the click count is 2. So a
 * double click arrives as PRESS, RELEASE, CLICK, PRESS, RELEASE, DOUBLE_CLICK. {@code MOVE} is
 * a mouse move with no button down.
 */
public record MapInput(Kind kind, double xPx, double yPx, Button button, boolean shift, boolean ctrl, boolean alt) {
    public enum Kind { PRESS, DRAG, RELEASE, MOVE, CLICK, DOUBLE_CLICK }

    public enum Button { NONE, PRIMARY, SECONDARY, MIDDLE }

    public MapInput {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(button, "button");
        if (!Double.isFinite(xPx) || !Double.isFinite(yPx)) {
            throw new IllegalArgumentException("pixel coordinates must be finite");
        }
    }

    /** An event with the primary button (none for MOVE) and no modifier keys. */
    public static MapInput of(Kind kind, double xPx, double yPx) {
        return new MapInput(kind, xPx, yPx, kind == Kind.MOVE ? Button.NONE : Button.PRIMARY, false, false, false);
    }

    public static MapInput press(double xPx, double yPx) {
        return of(Kind.PRESS, xPx, yPx);
    }

    public static MapInput drag(double xPx, double yPx) {
        return of(Kind.DRAG, xPx, yPx);
    }

    public static MapInput release(double xPx, double yPx) {
        return of(Kind.RELEASE, xPx, yPx);
    }

    public static MapInput move(double xPx, double yPx) {
        return of(Kind.MOVE, xPx, yPx);
    }

    public static MapInput click(double xPx, double yPx) {
        return of(Kind.CLICK, xPx, yPx);
    }

    public static MapInput doubleClick(double xPx, double yPx) {
        return of(Kind.DOUBLE_CLICK, xPx, yPx);
    }

    public MapInput withButton(Button b) {
        return new MapInput(kind, xPx, yPx, b, shift, ctrl, alt);
    }

    public MapInput withModifiers(boolean shiftDown, boolean ctrlDown, boolean altDown) {
        return new MapInput(kind, xPx, yPx, button, shiftDown, ctrlDown, altDown);
    }

    /** The same event with Shift held (no snapping, see {@link Snapping}). */
    public MapInput withShift() {
        return withModifiers(true, ctrl, alt);
    }

    public boolean isPrimary() {
        return button == Button.PRIMARY;
    }
}
