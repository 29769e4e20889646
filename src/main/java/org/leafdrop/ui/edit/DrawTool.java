package org.leafdrop.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leafdrop.model.LonLat;
import org.leafdrop.render.MapView;

/**
 * What the drawing tools share: clicks place points (snapped to the plan's vertices, Shift: not
 * snapped), the mouse position drives a rubber band, Backspace takes back the last point, Enter
 * and a double click finish, Escape abandons the drawing. Press, drag and release are left to
 * the map, so the user can pan while drawing.
 */
abstract class DrawTool implements MapTool {
    /** A click this close to the last point adds nothing (a second click on the same spot). */
    static final double SAME_SPOT_PX = 2;

    final PlanEditor editor;
    final List<LonLat> points = new ArrayList<>();
    Optional<LonLat> cursor = Optional.empty();
    Optional<LonLat> cursorSnap = Optional.empty();
    double cursorX;
    double cursorY;
    Optional<String> message = Optional.empty();

    DrawTool(PlanEditor editor) {
        this.editor = Objects.requireNonNull(editor, "editor");
    }

    /** The points placed so far, in order. */
    public List<LonLat> points() {
        return List.copyOf(points);
    }

    @Override
    public boolean handle(MapInput in, MapView view) {
        switch (in.kind()) {
            case MOVE -> {
                track(in, view);
                return true;
            }
            case CLICK -> {
                if (!in.isPrimary()) {
                    return false;
                }
                track(in, view);
                click(in, view);
                return true;
            }
            case DOUBLE_CLICK -> {
                if (!in.isPrimary()) {
                    return false;
                }
                finish();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void track(MapInput in, MapView view) {
        cursorX = in.xPx();
        cursorY = in.yPx();
        cursorSnap = Snapping.snap(editor.plan(), view, in, r -> false);
        cursor = Optional.of(cursorSnap.orElseGet(() -> HitTest.lonLat(view, in.xPx(), in.yPx())));
    }

    /** A primary click: adds the (snapped) point unless it repeats the last one. */
    void click(MapInput in, MapView view) {
        LonLat p = cursor.orElseThrow();
        if (!points.isEmpty()) {
            LonLat last = points.get(points.size() - 1);
            if (last.equals(p) || HitTest.distance(HitTest.px(view, last), in.xPx(), in.yPx()) < SAME_SPOT_PX) {
                return;
            }
        }
        points.add(p);
        message = Optional.empty();
    }

    /** Enter or a double click: make the element, or say why not. */
    abstract void finish();

    @Override
    public boolean key(EditKey k) {
        switch (k) {
            case ENTER -> {
                if (points.isEmpty()) {
                    return false;
                }
                finish();
                return true;
            }
            case BACKSPACE -> {
                if (points.isEmpty()) {
                    return false;
                }
                points.remove(points.size() - 1);
                message = Optional.empty();
                return true;
            }
            case ESCAPE -> {
                boolean had = !points.isEmpty();
                cancel();
                return had;
            }
            default -> {
                return false;
            }
        }
    }

    /** Adds the new element, selects it and starts afresh; or keeps the points and says why not. */
    void add(EditCommand command, PlanElement element) {
        Optional<String> refused = editor.tryApply(command);
        if (refused.isPresent()) {
            message = refused;
            return;
        }
        editor.select(Optional.of(element));
        points.clear();
        message = Optional.of("Added " + PlanShapes.describe(editor.plan(), element));
    }

    @Override
    public Optional<String> message() {
        return message;
    }

    @Override
    public CursorKind cursor() {
        return CursorKind.CROSSHAIR;
    }

    @Override
    public void cancel() {
        points.clear();
        message = Optional.empty();
    }
}
