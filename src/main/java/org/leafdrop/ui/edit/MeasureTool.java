package org.leafdrop.ui.edit;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.model.LonLat;
import org.leafdrop.render.MapCanvas;
import org.leafdrop.render.MapView;
import org.leafdrop.units.Units;

/**
 * Measures the geodesic distance and initial bearing (degrees true) from one point to another on
 * WGS84: click, then click again (the line follows the mouse in between), or drag from one point
 * to the other. Points snap to the plan's vertices (Shift: no snapping). The result shows beside
 * the line and as {@link #message()}, e.g. "2.35 km (1.27 NM), bearing 047° true". A new click
 * starts a new measurement; Escape clears it. The primary button is used for measuring, so the
 * map pans with another button in this tool.
 */
public final class MeasureTool implements MapTool {
    private final PlanEditor editor;
    private Optional<LonLat> from = Optional.empty();
    private Optional<LonLat> to = Optional.empty();
    private Optional<LonLat> snap = Optional.empty();
    private boolean fixed;
    private boolean dragging;
    private boolean justDragged;
    private double pressX;
    private double pressY;
    private LonLat pressAt;

    /** @param editor the plan whose vertices the points snap to; the tool never edits it */
    public MeasureTool(PlanEditor editor) {
        this.editor = Objects.requireNonNull(editor, "editor");
    }

    /** The measured (or being measured) distance and bearing. */
    public Optional<Geodesy.DistanceBearing> measurement() {
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        LonLat a = from.get();
        LonLat b = to.get();
        return Optional.of(Geodesy.inverse(a.lonDeg(), a.latDeg(), b.lonDeg(), b.latDeg()));
    }

    @Override
    public boolean handle(MapInput in, MapView view) {
        if (in.kind() != MapInput.Kind.MOVE && !in.isPrimary()) {
            return false;
        }
        switch (in.kind()) {
            case MOVE -> {
                LonLat at = point(in, view);
                if (from.isPresent() && !fixed) {
                    to = Optional.of(at);
                }
                return true;
            }
            case PRESS -> {
                pressX = in.xPx();
                pressY = in.yPx();
                pressAt = point(in, view);
                dragging = false;
                justDragged = false;
                return true;
            }
            case DRAG -> {
                if (!dragging && Math.hypot(in.xPx() - pressX, in.yPx() - pressY) >= SelectTool.DRAG_THRESHOLD_PX) {
                    dragging = true;
                    from = Optional.of(pressAt);
                    fixed = false;
                }
                if (dragging) {
                    to = Optional.of(point(in, view));
                }
                return true;
            }
            case RELEASE -> {
                if (dragging) {
                    to = Optional.of(point(in, view));
                    fixed = true;
                    dragging = false;
                    justDragged = true;
                }
                return true;
            }
            case CLICK -> {
                if (justDragged) {
                    justDragged = false;
                    return true;
                }
                LonLat at = point(in, view);
                if (from.isEmpty() || fixed) {
                    from = Optional.of(at);
                    to = Optional.empty();
                    fixed = false;
                } else {
                    to = Optional.of(at);
                    fixed = true;
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private LonLat point(MapInput in, MapView view) {
        snap = Snapping.snap(editor.plan(), view, in, r -> false);
        return snap.orElseGet(() -> HitTest.lonLat(view, in.xPx(), in.yPx()));
    }

    @Override
    public boolean key(EditKey k) {
        if (k != EditKey.ESCAPE || from.isEmpty()) {
            return false;
        }
        cancel();
        return true;
    }

    /** "2.35 km (1.27 NM), bearing 047° true"; the bearing is rounded to a whole degree, 360 shown as 000. */
    public static String format(Geodesy.DistanceBearing m) {
        long deg = Math.round(m.bearingDeg()) % 360;
        return String.format(Locale.ROOT, "%.2f km (%.2f NM), bearing %03d\u00B0 true", m.distanceM() / 1000,
                Units.mToNm(m.distanceM()), deg);
    }

    @Override
    public void paintOverlay(MapCanvas c, MapView v) {
        if (from.isEmpty()) {
            snap.ifPresent(s -> Overlay.snapMark(c, HitTest.px(v, s)));
            return;
        }
        double[] a = HitTest.px(v, from.get());
        Overlay.handle(c, a, false);
        if (to.isPresent()) {
            double[] b = HitTest.px(v, to.get());
            c.strokeLine(new double[][] {a, b}, false, Overlay.MEASURE, 2, fixed ? 0 : Overlay.DASH_PX);
            Overlay.arrowHead(c, a, Overlay.midpoint(a, b), Overlay.MEASURE);
            Overlay.handle(c, b, false);
            measurement().ifPresent(m -> Overlay.label(c, format(m), (a[0] + b[0]) / 2 + 10, (a[1] + b[1]) / 2 - 10));
        }
        if (!fixed) {
            snap.ifPresent(s -> Overlay.snapMark(c, HitTest.px(v, s)));
        }
    }

    @Override
    public String hint() {
        if (from.isPresent() && !fixed) {
            return "Click the end point (snaps to vertices; Shift: no snapping); Esc clears";
        }
        return "Click two points, or drag from one to the other, to measure distance and bearing; Esc clears";
    }

    /** The result once both points are placed. */
    @Override
    public Optional<String> message() {
        return fixed ? measurement().map(MeasureTool::format) : Optional.empty();
    }

    @Override
    public CursorKind cursor() {
        return CursorKind.CROSSHAIR;
    }

    @Override
    public void cancel() {
        from = Optional.empty();
        to = Optional.empty();
        snap = Optional.empty();
        fixed = false;
        dragging = false;
        justDragged = false;
    }
}
