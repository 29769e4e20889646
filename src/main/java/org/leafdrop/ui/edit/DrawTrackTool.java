package org.leafdrop.ui.edit;

import java.util.Objects;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.render.MapCanvas;
import org.leafdrop.render.MapView;

/**
 * Draws a new sortie's release track: click the start, click the end (a LineString; more clicks
 * add points, a double click or Enter finishes), or click once and press Enter (or double-click)
 * for a single release Point. The new sortie copies its release settings as
 * {@link AddSortieCommand#newTrack} describes, gets the next free id and becomes the selection.
 */
public final class DrawTrackTool extends DrawTool {
    private final SortieDefaults defaults;

    public DrawTrackTool(PlanEditor editor, SortieDefaults defaults) {
        super(editor);
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    @Override
    void finish() {
        if (points.isEmpty()) {
            return;
        }
        TrackGeometry track = points.size() == 1 ? TrackGeometry.point(points.get(0)) : TrackGeometry.line(points);
        String id = PlanIds.next(editor.plan(), PlanElement.Kind.SORTIE);
        add(AddSortieCommand.newTrack(id, track, editor.selection(), defaults), PlanElement.sortie(id));
    }

    @Override
    public void paintOverlay(MapCanvas c, MapView v) {
        if (points.isEmpty()) {
            cursorSnap.ifPresent(s -> Overlay.snapMark(c, HitTest.px(v, s)));
            return;
        }
        double[][] line = Overlay.line(v, points);
        if (line.length >= 2) {
            c.strokeLine(line, false, Overlay.RUBBER, 2.5, 0);
            // mid-segment, where the handles do not hide them
            for (int i = 0; i + 1 < line.length; i++) {
                Overlay.arrowHead(c, line[i], Overlay.midpoint(line[i], line[i + 1]), Overlay.RUBBER);
            }
        }
        if (cursor.isPresent()) {
            double[] last = line[line.length - 1];
            double[] at = HitTest.px(v, cursor.get());
            c.strokeLine(new double[][] {last, at}, false, Overlay.RUBBER, 1.5, Overlay.DASH_PX);
            Overlay.arrowHead(c, last, at, Overlay.RUBBER);
        }
        for (int i = 0; i < line.length; i++) {
            Overlay.handle(c, line[i], i == 0);
        }
        cursorSnap.ifPresent(s -> Overlay.snapMark(c, HitTest.px(v, s)));
    }

    @Override
    public String hint() {
        return switch (points.size()) {
            case 0 -> "Click the start of the release track (snaps to vertices; Shift: no snapping); Esc cancels";
            case 1 -> "Click the end of the track, or press Enter for a single release point; Esc cancels";
            default -> "Click to add points; double-click or Enter to finish; Backspace removes the last; Esc cancels";
        };
    }
}
