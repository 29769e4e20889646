package org.leafdrop.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.leafdrop.ui.edit.EditFixtures.VIEW;
import static org.leafdrop.ui.edit.EditFixtures.at;
import static org.leafdrop.ui.edit.EditFixtures.ll;
import static org.leafdrop.ui.edit.EditFixtures.mosul;
import static org.leafdrop.ui.edit.EditFixtures.outerRing;
import static org.leafdrop.ui.edit.EditFixtures.px;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;

class SelectToolTest {
    private static final PlanElement OLD_CITY = PlanElement.target("old-city");
    private static final PlanElement WEST = PlanElement.target("west-mosul");
    /** Degrees: positions computed from pixels the same way on both sides agree to rounding (0.1 mm). */
    private static final double SAME_DEG = 1e-9;

    private final PlanEditor editor = EditFixtures.editor();
    private final ToolBox tools = new ToolBox(editor, EditFixtures.DEFAULTS);
    private final SelectTool select = (SelectTool) tools.tool(ToolKind.SELECT);

    private boolean send(MapInput in) {
        return tools.handle(in, VIEW);
    }

    private void click(double x, double y) {
        send(MapInput.press(x, y));
        send(MapInput.release(x, y));
        send(MapInput.click(x, y));
    }

    private void click(LonLat p) {
        double[] xy = px(p);
        click(xy[0], xy[1]);
    }

    /** Press at {@code from}, drag in four steps by (dx, dy), release. */
    private void dragBy(double[] from, double dx, double dy) {
        assertThat(send(MapInput.press(from[0], from[1]))).isTrue();
        for (int i = 1; i <= 4; i++) {
            assertThat(send(MapInput.drag(from[0] + dx * i / 4, from[1] + dy * i / 4))).isTrue();
        }
        assertThat(send(MapInput.release(from[0] + dx, from[1] + dy))).isTrue();
    }

    @Test
    void aClickInsideTheOldCitySelectsItRatherThanTheLargerTargetAroundIt() {
        LonLat inside = ll(43.128, 36.342);
        double[] p = px(inside);
        assertThat(HitTest.inside(mosul().target("west-mosul").orElseThrow().geometry(), VIEW, p[0], p[1])).isTrue();

        click(inside);
        assertThat(editor.selection()).hasValue(OLD_CITY);

        click(ll(43.09, 36.32));
        assertThat(editor.selection()).hasValue(WEST);
    }

    @Test
    void aTrackNearTheCursorWinsOverTheTargetUnderIt() {
        List<LonLat> s1 = mosul().sorties().get(0).track().positions();
        double[] a = px(s1.get(0));
        double[] b = px(s1.get(1));
        double x = (a[0] + b[0]) / 2 + 4;
        double y = (a[1] + b[1]) / 2;
        assertThat(HitTest.inside(mosul().target("west-mosul").orElseThrow().geometry(), VIEW, x, y)).isTrue();

        click(x, y);

        assertThat(editor.selection()).hasValue(PlanElement.sortie("s1"));
    }

    @Test
    void anExclusionWinsOverATargetWhoseOutlineRunsThroughIt() {
        click(ll(43.16, 36.312)); // mid-river, on a West Mosul vertex

        assertThat(editor.selection()).hasValue(PlanElement.exclusion("tigris"));
    }

    @Test
    void aClickOnEmptyMapOrEscapeClearsTheSelection() {
        editor.select(Optional.of(OLD_CITY));
        click(1000, 100);
        assertThat(editor.selection()).isEmpty();

        editor.select(Optional.of(OLD_CITY));
        assertThat(tools.key(EditKey.ESCAPE)).isTrue();
        assertThat(editor.selection()).isEmpty();
        assertThat(tools.key(EditKey.ESCAPE)).isFalse();
    }

    @Test
    void draggingAVertexShowsDraftsAndAppliesOneUndoableMove() {
        editor.select(Optional.of(OLD_CITY));
        double[] v0 = px(ll(43.121, 36.334));
        assertThat(EditFixtures.nearestVertexPx(mosul(), v0[0] + 30, v0[1] + 10)).isGreaterThan(Snapping.SNAP_PX * 2);

        assertThat(send(MapInput.press(v0[0], v0[1]))).isTrue();
        for (int i = 1; i <= 3; i++) {
            double x = v0[0] + 10 * i;
            double y = v0[1] + (i == 3 ? 10 : 4 * i);
            assertThat(send(MapInput.drag(x, y))).isTrue();
            List<LonLat> draft = outerRing(editor.displayedPlan(), "old-city");
            assertThat(draft.get(0)).isEqualTo(at(x, y));
            assertThat(draft.get(draft.size() - 1)).isEqualTo(draft.get(0));
            assertThat(editor.plan()).isSameAs(mosul());
            assertThat(tools.cursorProperty().get()).isEqualTo(CursorKind.HAND);
        }
        assertThat(send(MapInput.release(v0[0] + 30, v0[1] + 10))).isTrue();

        LonLat moved = at(v0[0] + 30, v0[1] + 10);
        assertThat(outerRing(editor.plan(), "old-city")).containsExactly(moved, ll(43.142, 36.333),
                ll(43.133, 36.351), ll(43.122, 36.349), moved);
        assertThat(editor.displayedPlan()).isSameAs(editor.plan());
        assertThat(editor.undoNameProperty().get()).isEqualTo("Move vertex");
        editor.undo();
        assertThat(editor.plan()).isEqualTo(mosul());
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void aDraggedVertexSnapsToAVertexOfAnotherShapeUnlessShiftIsHeld() {
        LonLat river = ll(43.14655, 36.32733); // a Tigris vertex south-east of the Old City
        double[] r = px(river);
        double[] v1 = px(ll(43.142, 36.333));
        editor.select(Optional.of(OLD_CITY));

        assertThat(send(MapInput.press(v1[0], v1[1]))).isTrue();
        send(MapInput.drag(r[0] + 5, r[1] - 3));
        RecordingCanvas c = new RecordingCanvas();
        tools.paintOverlay(c, VIEW);
        assertThat(c.strokes(Overlay.ACCENT)).as("snap mark").hasSize(1);
        send(MapInput.release(r[0] + 5, r[1] - 3));
        assertThat(outerRing(editor.plan(), "old-city").get(1)).isEqualTo(river);

        editor.undo();
        send(MapInput.press(v1[0], v1[1]).withShift());
        send(MapInput.drag(r[0] + 5, r[1] - 3).withShift());
        send(MapInput.release(r[0] + 5, r[1] - 3).withShift());
        assertThat(outerRing(editor.plan(), "old-city").get(1)).isEqualTo(at(r[0] + 5, r[1] - 3));
    }

    @Test
    void escapeDuringADragRestoresThePlanAndIgnoresTheRestOfTheGesture() {
        editor.select(Optional.of(OLD_CITY));
        double[] v0 = px(ll(43.121, 36.334));
        send(MapInput.press(v0[0], v0[1]));
        send(MapInput.drag(v0[0] + 25, v0[1]));
        assertThat(editor.displayedPlan()).isNotEqualTo(mosul());

        assertThat(tools.key(EditKey.ESCAPE)).isTrue();

        assertThat(editor.displayedPlan()).isSameAs(mosul());
        assertThat(send(MapInput.drag(v0[0] + 40, v0[1]))).as("still the tool's gesture, not a pan").isTrue();
        assertThat(send(MapInput.release(v0[0] + 40, v0[1]))).isTrue();
        assertThat(editor.plan()).isSameAs(mosul());
        assertThat(editor.displayedPlan()).isSameAs(mosul());
        assertThat(editor.canUndo()).isFalse();
        assertThat(editor.selection()).as("Escape during a drag keeps the selection").hasValue(OLD_CITY);
    }

    @Test
    void aDragThatWouldMakeTheRingCrossItselfIsShownInRedAndRefusedOnRelease() {
        editor.select(Optional.of(OLD_CITY));
        double[] v1 = px(ll(43.142, 36.333));
        double[] bad = px(ll(43.110, 36.340));
        send(MapInput.press(v1[0], v1[1]));
        send(MapInput.drag(v1[0] - 10, v1[1]));
        Plan lastGood = editor.displayedPlan();
        send(MapInput.drag(bad[0], bad[1]));

        assertThat(editor.displayedPlan()).as("the last valid draft stays").isSameAs(lastGood);
        assertThat(tools.hintProperty().get()).contains("would cross itself").endsWith("Esc to cancel");
        RecordingCanvas c = new RecordingCanvas();
        tools.paintOverlay(c, VIEW);
        assertThat(c.strokes(Overlay.REFUSED)).hasSize(2);

        send(MapInput.release(bad[0], bad[1]));

        assertThat(editor.plan()).isSameAs(mosul());
        assertThat(editor.displayedPlan()).isSameAs(mosul());
        assertThat(tools.messageProperty().get()).startsWith("Cannot move the vertex: target \u201COld City")
                .contains("would cross itself near ");
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void draggingTheSelectedTrackMovesAllOfIt() {
        List<LonLat> before = mosul().sorties().get(0).track().positions();
        double[] a = px(before.get(0));
        double[] b = px(before.get(1));
        double[] mid = {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2};
        click(mid[0], mid[1]);
        assertThat(editor.selection()).hasValue(PlanElement.sortie("s1"));

        dragBy(mid, 50, -20);

        LonLat from = at(mid[0], mid[1]);
        LonLat to = at(mid[0] + 50, mid[1] - 20);
        List<LonLat> after = editor.plan().sorties().get(0).track().positions();
        for (int i = 0; i < 2; i++) {
            assertThat(after.get(i).lonDeg()).isCloseTo(before.get(i).lonDeg() + to.lonDeg() - from.lonDeg(), within(SAME_DEG));
            assertThat(after.get(i).latDeg()).isCloseTo(before.get(i).latDeg() + to.latDeg() - from.latDeg(), within(SAME_DEG));
        }
        assertThat(editor.plan().sorties().get(1)).isEqualTo(mosul().sorties().get(1));
        assertThat(editor.undoNameProperty().get()).isEqualTo("Move track");
        editor.undo();
        assertThat(editor.plan()).isEqualTo(mosul());
    }

    @Test
    void draggingInsideTheSelectedTargetMovesItsWholeRing() {
        editor.select(Optional.of(OLD_CITY));
        double[] inside = px(ll(43.128, 36.342));

        dragBy(inside, -40, 30);

        double dLon = at(inside[0] - 40, inside[1] + 30).lonDeg() - at(inside[0], inside[1]).lonDeg();
        double dLat = at(inside[0] - 40, inside[1] + 30).latDeg() - at(inside[0], inside[1]).latDeg();
        List<LonLat> was = outerRing(mosul(), "old-city");
        List<LonLat> now = outerRing(editor.plan(), "old-city");
        assertThat(now).hasSameSizeAs(was);
        for (int i = 0; i < was.size(); i++) {
            assertThat(now.get(i).lonDeg()).isCloseTo(was.get(i).lonDeg() + dLon, within(SAME_DEG));
            assertThat(now.get(i).latDeg()).isCloseTo(was.get(i).latDeg() + dLat, within(SAME_DEG));
        }
        assertThat(dLon).isNegative();
        assertThat(dLat).isNegative();
        assertThat(editor.undoNameProperty().get()).isEqualTo("Move target");
    }

    @Test
    void aDragOnEmptyMapOrOnAnUnselectedShapeIsLeftToTheMap() {
        assertThat(send(MapInput.press(1000, 100))).isFalse();
        assertThat(send(MapInput.drag(1040, 120))).isFalse();
        assertThat(send(MapInput.release(1040, 120))).isFalse();

        editor.select(Optional.of(OLD_CITY));
        double[] inWest = px(ll(43.09, 36.32));
        assertThat(send(MapInput.press(inWest[0], inWest[1]))).isFalse();
        assertThat(send(MapInput.drag(inWest[0] + 30, inWest[1]))).isFalse();
        assertThat(send(MapInput.release(inWest[0] + 30, inWest[1]))).isFalse();
        assertThat(editor.plan()).isSameAs(mosul());
        assertThat(editor.displayedPlan()).isSameAs(mosul());
    }

    @Test
    void aPressThatMovesLessThanTheThresholdSelectsTheVertexWithoutMovingIt() {
        editor.select(Optional.of(OLD_CITY));
        double[] v2 = px(ll(43.133, 36.351));

        send(MapInput.press(v2[0], v2[1]));
        send(MapInput.drag(v2[0] + 1, v2[1] + 1));
        send(MapInput.release(v2[0] + 1, v2[1] + 1));
        send(MapInput.click(v2[0] + 1, v2[1] + 1));

        assertThat(editor.plan()).isSameAs(mosul());
        assertThat(select.selectedVertex()).hasValue(VertexRef.outer(OLD_CITY, 2));
        assertThat(editor.selection()).hasValue(OLD_CITY);
    }

    @Test
    void aDoubleClickOnAnEdgeOfTheSelectedShapeInsertsAVertexThere() {
        editor.select(Optional.of(OLD_CITY));
        double[] a = px(ll(43.121, 36.334));
        double[] b = px(ll(43.142, 36.333));
        double[] mid = {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2};
        // the edge runs nearly east-west: 2 px below it is still on it
        click(mid[0], mid[1] + 2);
        assertThat(editor.selection()).hasValue(OLD_CITY);
        send(MapInput.press(mid[0], mid[1] + 2));
        send(MapInput.release(mid[0], mid[1] + 2));
        assertThat(send(MapInput.doubleClick(mid[0], mid[1] + 2))).isTrue();

        List<LonLat> ring = outerRing(editor.plan(), "old-city");
        assertThat(ring).hasSize(6);
        LonLat inserted = ring.get(1);
        // the foot of the perpendicular from the click to the edge, on screen
        double ex = b[0] - a[0];
        double ey = b[1] - a[1];
        double t = ((mid[0] - a[0]) * ex + (mid[1] + 2 - a[1]) * ey) / (ex * ex + ey * ey);
        LonLat expected = at(a[0] + t * ex, a[1] + t * ey);
        assertThat(t).isStrictlyBetween(0.49, 0.51);
        assertThat(inserted.lonDeg()).isCloseTo(expected.lonDeg(), within(SAME_DEG));
        assertThat(inserted.latDeg()).isCloseTo(expected.latDeg(), within(SAME_DEG));
        assertThat(select.selectedVertex()).hasValue(VertexRef.outer(OLD_CITY, 1));
        assertThat(editor.undoNameProperty().get()).isEqualTo("Insert vertex");
    }

    @Test
    void deleteRemovesTheSelectedVertexThenTheElementAndUndoRestoresIt() {
        editor.select(Optional.of(OLD_CITY));
        click(ll(43.133, 36.351));
        assertThat(select.selectedVertex()).hasValue(VertexRef.outer(OLD_CITY, 2));

        assertThat(tools.key(EditKey.DELETE)).isTrue();
        assertThat(outerRing(editor.plan(), "old-city")).containsExactly(ll(43.121, 36.334), ll(43.142, 36.333),
                ll(43.122, 36.349), ll(43.121, 36.334));
        assertThat(editor.undoNameProperty().get()).isEqualTo("Delete vertex");
        assertThat(select.selectedVertex()).isEmpty();

        click(ll(43.122, 36.349));
        assertThat(tools.key(EditKey.BACKSPACE)).isTrue();
        assertThat(tools.messageProperty().get()).isEqualTo("Cannot delete the vertex: an area needs at least 3 vertices");
        assertThat(outerRing(editor.plan(), "old-city")).hasSize(4);

        click(1000, 100);
        click(ll(43.128, 36.342));
        assertThat(select.selectedVertex()).isEmpty();
        assertThat(tools.key(EditKey.DELETE)).isTrue();
        assertThat(editor.plan().target("old-city")).isEmpty();
        assertThat(editor.plan().sorties().get(0).targetId()).isEmpty();
        assertThat(editor.selection()).isEmpty();
        assertThat(editor.undoNameProperty().get()).isEqualTo("Delete target");

        editor.undo();
        editor.undo();
        assertThat(editor.plan()).isEqualTo(mosul());
    }

    @Test
    void theOverlayOutlinesTheSelectionAndDrawsItsHandlesWithTheSelectedVertexHighlighted() {
        editor.select(Optional.of(OLD_CITY));
        click(ll(43.142, 36.333));
        RecordingCanvas c = new RecordingCanvas();

        tools.paintOverlay(c, VIEW);

        assertThat(c.strokes(Overlay.SELECTION)).hasSize(1);
        assertThat(c.strokes(Overlay.SELECTION).get(0).points().length).isEqualTo(5);
        for (LonLat v : outerRing(mosul(), "old-city").subList(0, 4)) {
            double[] p = px(v);
            assertThat(c.circlesAt(p[0], p[1])).hasSize(2);
        }
        double[] chosen = px(ll(43.142, 36.333));
        assertThat(c.circlesAt(chosen[0], chosen[1])).allSatisfy(k -> assertThat(k.argb()).isEqualTo(Overlay.ACCENT));
        double[] other = px(ll(43.121, 36.334));
        assertThat(c.circlesAt(other[0], other[1])).extracting(RecordingCanvas.Circle::argb)
                .containsExactly(Overlay.HANDLE_EDGE, Overlay.HANDLE_FILL);
    }

    @Test
    void theCursorShowsWhatADragWouldDo() {
        editor.select(Optional.of(OLD_CITY));
        double[] v0 = px(ll(43.121, 36.334));
        double[] inside = px(ll(43.128, 36.342));

        send(MapInput.move(v0[0] + 3, v0[1] - 2));
        assertThat(tools.cursorProperty().get()).isEqualTo(CursorKind.HAND);
        send(MapInput.move(inside[0], inside[1]));
        assertThat(tools.cursorProperty().get()).isEqualTo(CursorKind.MOVE);
        send(MapInput.move(1000, 100));
        assertThat(tools.cursorProperty().get()).isEqualTo(CursorKind.DEFAULT);
    }
}
