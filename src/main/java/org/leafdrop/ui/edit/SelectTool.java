package org.leafdrop.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.render.MapCanvas;
import org.leafdrop.render.MapView;

/**
 * Select and move. A click picks the element under the cursor: a track within 6 px of its line
 * first, then an exclusion, then a target (one whose outline is near, else the smallest the click
 * is inside); clicking the selected element's outline keeps it, and
 * clicking one of its vertex handles selects that vertex. Dragging a handle moves the vertex,
 * snapping to other vertices of the plan (Shift: no snapping, see {@link Snapping}); dragging
 * inside the selected shape (or along the selected track) moves all of it. A drag shows drafts
 * and applies one command on release; a position the command refuses (a polygon crossing
 * itself) is drawn in red and, if released there, changes nothing. A double click on an edge of
 * the selected shape inserts a vertex. Delete or Backspace removes the selected vertex, else the
 * selected element. Escape cancels a drag, otherwise clears the selection. A drag that starts
 * anywhere else is left to the map (it pans).
 */
public final class SelectTool implements MapTool {
    /** A press must move this far before it becomes a drag, so a click never nudges a vertex. */
    public static final double DRAG_THRESHOLD_PX = 3;

    private enum Mode { IDLE, PRESSED_HANDLE, DRAG_VERTEX, PRESSED_SHAPE, DRAG_SHAPE, CANCELLED }

    private final PlanEditor editor;
    private Mode mode = Mode.IDLE;
    private double pressX;
    private double pressY;
    private LonLat pressAt;
    private VertexRef dragVertex;
    private PlanElement dragShape;
    private LonLat dragTo;
    private EditCommand dragCommand;
    private Optional<LonLat> snappedTo = Optional.empty();
    private Optional<String> dragProblem = Optional.empty();
    private Optional<VertexRef> vertexSelection = Optional.empty();
    private Optional<String> message = Optional.empty();
    private CursorKind hover = CursorKind.DEFAULT;

    public SelectTool(PlanEditor editor) {
        this.editor = Objects.requireNonNull(editor, "editor");
    }

    /** The vertex selected by clicking its handle, while its element is the selection. */
    public Optional<VertexRef> selectedVertex() {
        Optional<PlanElement> sel = editor.selection();
        return vertexSelection.filter(v -> sel.equals(Optional.of(v.element())))
                .filter(v -> PlanShapes.vertices(editor.plan(), v.element()).stream().anyMatch(x -> x.ref().equals(v)));
    }

    @Override
    public boolean handle(MapInput in, MapView view) {
        return switch (in.kind()) {
            case PRESS -> press(in, view);
            case DRAG -> drag(in, view);
            case RELEASE -> release();
            case CLICK -> in.isPrimary() && click(in, view);
            case DOUBLE_CLICK -> in.isPrimary() && doubleClick(in, view);
            case MOVE -> {
                hover = cursorAt(in.xPx(), in.yPx(), view);
                yield false;
            }
        };
    }

    private boolean press(MapInput in, MapView view) {
        if (!in.isPrimary()) {
            return false;
        }
        cancel();
        Optional<PlanElement> sel = editor.selection();
        if (sel.isEmpty()) {
            return false;
        }
        Plan plan = editor.plan();
        pressX = in.xPx();
        pressY = in.yPx();
        pressAt = HitTest.lonLat(view, pressX, pressY);
        Optional<VertexRef> h = HitTest.handleAt(plan, sel.get(), view, pressX, pressY);
        if (h.isPresent()) {
            message = Optional.empty();
            mode = Mode.PRESSED_HANDLE;
            dragVertex = h.get();
            vertexSelection = h;
            return true;
        }
        if (HitTest.touches(plan, sel.get(), view, pressX, pressY)) {
            message = Optional.empty();
            mode = Mode.PRESSED_SHAPE;
            dragShape = sel.get();
            return true;
        }
        return false;
    }

    private boolean drag(MapInput in, MapView view) {
        boolean moved = Math.hypot(in.xPx() - pressX, in.yPx() - pressY) >= DRAG_THRESHOLD_PX;
        switch (mode) {
            case PRESSED_HANDLE -> {
                if (moved) {
                    mode = Mode.DRAG_VERTEX;
                    dragVertexTo(in, view);
                }
                return true;
            }
            case DRAG_VERTEX -> {
                dragVertexTo(in, view);
                return true;
            }
            case PRESSED_SHAPE -> {
                if (moved) {
                    mode = Mode.DRAG_SHAPE;
                    dragShapeTo(in, view);
                }
                return true;
            }
            case DRAG_SHAPE -> {
                dragShapeTo(in, view);
                return true;
            }
            case CANCELLED -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void dragVertexTo(MapInput in, MapView view) {
        Plan plan = editor.plan();
        snappedTo = Snapping.snap(plan, view, in, r -> r.sameLine(dragVertex));
        dragTo = snappedTo.orElseGet(() -> HitTest.lonLat(view, in.xPx(), in.yPx()));
        showDraft(MoveVertexCommand.of(dragVertex, dragTo));
    }

    private void dragShapeTo(MapInput in, MapView view) {
        LonLat at = HitTest.lonLat(view, in.xPx(), in.yPx());
        double dLon = at.lonDeg() - pressAt.lonDeg();
        // the shortest way round when the drag crosses the antimeridian
        dLon = dLon > 180 ? dLon - 360 : dLon < -180 ? dLon + 360 : dLon;
        showDraft(MoveShapeCommand.of(dragShape, dLon, at.latDeg() - pressAt.latDeg()));
    }

    /** Shows the command's result as the draft; a refused position keeps the last good draft. */
    private void showDraft(EditCommand c) {
        dragCommand = c;
        try {
            editor.showDraft(c.applyTo(editor.plan()));
            dragProblem = Optional.empty();
        } catch (EditRefusedException e) {
            dragProblem = Optional.of(e.userMessage());
        }
    }

    private boolean release() {
        Mode was = mode;
        mode = Mode.IDLE;
        switch (was) {
            case DRAG_VERTEX, DRAG_SHAPE -> {
                message = editor.tryApply(dragCommand);
                editor.clearDraft();
                endDrag();
                return true;
            }
            case PRESSED_HANDLE, PRESSED_SHAPE, CANCELLED -> {
                endDrag();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void endDrag() {
        dragCommand = null;
        dragShape = null;
        dragProblem = Optional.empty();
        snappedTo = Optional.empty();
    }

    private boolean click(MapInput in, MapView view) {
        Plan plan = editor.plan();
        double x = in.xPx();
        double y = in.yPx();
        Optional<PlanElement> sel = editor.selection();
        if (sel.isPresent()) {
            Optional<VertexRef> h = HitTest.handleAt(plan, sel.get(), view, x, y);
            if (h.isPresent()) {
                vertexSelection = h;
                return true;
            }
            if (HitTest.nearLine(plan, sel.get(), view, x, y)) {
                vertexSelection = Optional.empty();
                return true;
            }
        }
        vertexSelection = Optional.empty();
        editor.select(HitTest.topmost(plan, view, x, y));
        return true;
    }

    private boolean doubleClick(MapInput in, MapView view) {
        Optional<PlanElement> sel = editor.selection();
        if (sel.isEmpty()) {
            return false;
        }
        Plan plan = editor.plan();
        if (HitTest.handleAt(plan, sel.get(), view, in.xPx(), in.yPx()).isPresent()) {
            return true;
        }
        Optional<HitTest.SegmentHit> seg = HitTest.segmentAt(plan, sel.get(), view, in.xPx(), in.yPx());
        if (seg.isEmpty()) {
            return false;
        }
        VertexRef start = seg.get().start();
        message = editor.tryApply(InsertVertexCommand.onSegment(start, seg.get().at()));
        if (message.isEmpty()) {
            vertexSelection = Optional.of(start.withVertexIndex(start.vertexIndex() + 1));
        }
        return true;
    }

    @Override
    public boolean key(EditKey k) {
        return switch (k) {
            case ESCAPE -> escape();
            case DELETE, BACKSPACE -> delete();
            case ENTER -> false;
        };
    }

    private boolean escape() {
        switch (mode) {
            case DRAG_VERTEX, DRAG_SHAPE, PRESSED_HANDLE, PRESSED_SHAPE -> {
                editor.clearDraft();
                endDrag();
                mode = Mode.CANCELLED;
                return true;
            }
            default -> {
                boolean had = editor.selection().isPresent() || vertexSelection.isPresent();
                vertexSelection = Optional.empty();
                editor.select(Optional.empty());
                message = Optional.empty();
                return had;
            }
        }
    }

    private boolean delete() {
        if (mode != Mode.IDLE) {
            return true;
        }
        Optional<VertexRef> v = selectedVertex();
        if (v.isPresent()) {
            message = editor.tryApply(DeleteVertexCommand.of(v.get()));
            if (message.isEmpty()) {
                vertexSelection = Optional.empty();
            }
            return true;
        }
        Optional<PlanElement> sel = editor.selection();
        if (sel.isPresent()) {
            message = editor.tryApply(DeleteElementCommand.of(sel.get()));
            return true;
        }
        return false;
    }

    @Override
    public void paintOverlay(MapCanvas c, MapView v) {
        Plan shown = editor.displayedPlan();
        Optional<PlanElement> sel = editor.selection().filter(e -> PlanShapes.exists(shown, e));
        if (sel.isEmpty()) {
            return;
        }
        for (List<double[]> line : HitTest.lines(shown, sel.get(), v)) {
            c.strokeLine(line.toArray(double[][]::new), false, Overlay.SELECTION, 2, 0);
        }
        Optional<VertexRef> highlighted = mode == Mode.DRAG_VERTEX ? Optional.of(dragVertex) : selectedVertex();
        for (PlanShapes.Vertex vertex : PlanShapes.vertices(shown, sel.get())) {
            Overlay.handle(c, HitTest.px(v, vertex.at()), highlighted.equals(Optional.of(vertex.ref())));
        }
        if (mode == Mode.DRAG_VERTEX && dragProblem.isPresent()) {
            paintRefusedVertex(c, v);
        } else if (mode == Mode.DRAG_VERTEX && snappedTo.isPresent()) {
            Overlay.snapMark(c, HitTest.px(v, snappedTo.get()));
        }
    }

    /** The edges the refused position would make, in red, to the cursor. */
    private void paintRefusedVertex(MapCanvas c, MapView v) {
        Plan plan = editor.plan();
        List<LonLat> line = PlanShapes.line(plan, dragVertex, "");
        int i = dragVertex.vertexIndex();
        int n = line.size();
        double[] to = HitTest.px(v, dragTo);
        List<LonLat> neighbours = new ArrayList<>();
        if (PlanShapes.isRing(dragVertex)) {
            neighbours.add(line.get((i + n - 1) % n));
            neighbours.add(line.get((i + 1) % n));
        } else {
            if (i > 0) {
                neighbours.add(line.get(i - 1));
            }
            if (i + 1 < n) {
                neighbours.add(line.get(i + 1));
            }
        }
        for (LonLat p : neighbours) {
            c.strokeLine(new double[][] {HitTest.px(v, p), to}, false, Overlay.REFUSED, 2, Overlay.DASH_PX);
        }
        c.fillCircle(to[0], to[1], Overlay.HANDLE_RADIUS_PX, Overlay.REFUSED);
    }

    @Override
    public String hint() {
        return switch (mode) {
            case DRAG_VERTEX -> dragProblem.map(p -> p + ". Move elsewhere, or Esc to cancel")
                    .orElse("Release to place the vertex (snaps to vertices; Shift: no snapping); Esc cancels");
            case DRAG_SHAPE -> dragProblem.map(p -> p + ". Move elsewhere, or Esc to cancel")
                    .orElse("Release to drop the shape here; Esc cancels");
            default -> editor.selection().isPresent()
                    ? "Drag a handle to move a vertex, or the shape to move it; double-click an edge to add a vertex; "
                    + "Delete removes the vertex or the element; Esc deselects"
                    : "Click a target, exclusion or track to select it; drag the map to pan";
        };
    }

    @Override
    public Optional<String> message() {
        return message;
    }

    @Override
    public CursorKind cursor() {
        return switch (mode) {
            case PRESSED_HANDLE, DRAG_VERTEX -> CursorKind.HAND;
            case PRESSED_SHAPE, DRAG_SHAPE -> CursorKind.MOVE;
            default -> hover;
        };
    }

    private CursorKind cursorAt(double x, double y, MapView view) {
        Optional<PlanElement> sel = editor.selection();
        if (sel.isEmpty()) {
            return CursorKind.DEFAULT;
        }
        if (HitTest.handleAt(editor.plan(), sel.get(), view, x, y).isPresent()) {
            return CursorKind.HAND;
        }
        return HitTest.touches(editor.plan(), sel.get(), view, x, y) ? CursorKind.MOVE : CursorKind.DEFAULT;
    }

    @Override
    public void cancel() {
        if (mode == Mode.DRAG_VERTEX || mode == Mode.DRAG_SHAPE) {
            editor.clearDraft();
        }
        mode = Mode.IDLE;
        endDrag();
    }
}
