package org.leafdrop.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.LonLat;
import org.leafdrop.render.MapCanvas;
import org.leafdrop.render.MapView;

/**
 * Draws a new target or exclusion polygon. Clicks add vertices; a double click, Enter, or a click
 * on the first vertex (within {@link Snapping#SNAP_PX}) closes the ring once it has 3 vertices.
 * The ring is stored counter-clockwise (RFC 7946's advice for outer rings), starting at the first
 * vertex clicked. A ring that would cross itself is refused and the vertices stay for correcting
 * (Backspace). The new element gets the next free id and becomes the selection; the tool stays
 * ready for the next one.
 */
public final class DrawAreaTool extends DrawTool {
    private final PlanElement.Kind kind;

    /** @param kind {@code TARGET} or {@code EXCLUSION} */
    public DrawAreaTool(PlanEditor editor, PlanElement.Kind kind) {
        super(editor);
        if (kind == PlanElement.Kind.SORTIE) {
            throw new IllegalArgumentException("a sortie is drawn with DrawTrackTool");
        }
        this.kind = kind;
    }

    @Override
    void click(MapInput in, MapView view) {
        if (!points.isEmpty() && onFirst(view, in.xPx(), in.yPx())) {
            if (points.size() >= 3) {
                finish();
            } else if (points.size() == 2) {
                message = Optional.of("An area needs at least 3 vertices");
            }
            return;
        }
        super.click(in, view);
    }

    private boolean onFirst(MapView view, double x, double y) {
        return HitTest.distance(HitTest.px(view, points.get(0)), x, y) <= Snapping.SNAP_PX;
    }

    @Override
    void finish() {
        if (points.isEmpty()) {
            return;
        }
        if (points.size() < 3) {
            message = Optional.of("An area needs at least 3 vertices");
            return;
        }
        AreaGeometry area = AreaGeometry.polygon(closedCounterClockwise(points));
        String id = PlanIds.next(editor.plan(), kind);
        PlanElement element = new PlanElement(kind, id);
        add(kind == PlanElement.Kind.TARGET ? AddTargetCommand.of(id, area) : AddExclusionCommand.of(id, area), element);
    }

    /** The ring closed, reversed after its first vertex when it runs clockwise (shoelace sign in lon/lat). */
    static List<LonLat> closedCounterClockwise(List<LonLat> vertices) {
        double twiceArea = 0;
        int n = vertices.size();
        for (int i = 0; i < n; i++) {
            LonLat a = vertices.get(i);
            LonLat b = vertices.get((i + 1) % n);
            twiceArea += a.lonDeg() * b.latDeg() - b.lonDeg() * a.latDeg();
        }
        List<LonLat> ring = new ArrayList<>(n + 1);
        ring.add(vertices.get(0));
        if (twiceArea < 0) {
            for (int i = n - 1; i >= 1; i--) {
                ring.add(vertices.get(i));
            }
        } else {
            ring.addAll(vertices.subList(1, n));
        }
        ring.add(vertices.get(0));
        return ring;
    }

    @Override
    public void paintOverlay(MapCanvas c, MapView v) {
        if (points.isEmpty()) {
            cursorSnap.ifPresent(s -> Overlay.snapMark(c, HitTest.px(v, s)));
            return;
        }
        List<LonLat> preview = new ArrayList<>(points);
        boolean closing = points.size() >= 3 && onFirst(v, cursorX, cursorY);
        if (cursor.isPresent() && !closing) {
            preview.add(cursor.get());
        }
        if (preview.size() >= 3) {
            double[][] ring = Overlay.line(v, preview);
            c.fillRings(List.<double[][]>of(ring),
                    kind == PlanElement.Kind.TARGET ? Overlay.PREVIEW_TARGET : Overlay.PREVIEW_EXCLUSION);
        }
        c.strokeLine(Overlay.line(v, points), false, Overlay.RUBBER, 2, 0);
        if (cursor.isPresent() && !closing) {
            double[] last = HitTest.px(v, points.get(points.size() - 1));
            double[] at = HitTest.px(v, cursor.get());
            c.strokeLine(new double[][] {last, at}, false, Overlay.RUBBER, 1.5, Overlay.DASH_PX);
            if (points.size() >= 2) {
                c.strokeLine(new double[][] {at, HitTest.px(v, points.get(0))}, false, Overlay.RUBBER, 1,
                        Overlay.DASH_PX);
            }
        } else if (closing) {
            c.strokeLine(new double[][] {HitTest.px(v, points.get(points.size() - 1)), HitTest.px(v, points.get(0))},
                    false, Overlay.RUBBER, 2, 0);
        }
        for (int i = 0; i < points.size(); i++) {
            Overlay.handle(c, HitTest.px(v, points.get(i)), i == 0 && closing);
        }
        if (!closing) {
            cursorSnap.ifPresent(s -> Overlay.snapMark(c, HitTest.px(v, s)));
        }
    }

    @Override
    public String hint() {
        String what = PlanShapes.kindWord(kind);
        if (points.isEmpty()) {
            return "Click to place the first corner of the new " + what
                    + " (snaps to vertices; Shift: no snapping); Esc cancels";
        }
        return "Click to add vertices; double-click, Enter or click the first vertex to finish; "
                + "Backspace removes the last; Esc cancels";
    }
}
