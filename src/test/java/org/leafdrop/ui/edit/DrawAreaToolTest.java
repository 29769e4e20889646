package org.leafdrop.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leafdrop.ui.edit.EditFixtures.VIEW;
import static org.leafdrop.ui.edit.EditFixtures.at;
import static org.leafdrop.ui.edit.EditFixtures.ll;
import static org.leafdrop.ui.edit.EditFixtures.mosul;
import static org.leafdrop.ui.edit.EditFixtures.outerRing;
import static org.leafdrop.ui.edit.EditFixtures.px;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.LonLat;

class DrawAreaToolTest {
    // a clear stretch of the east bank, north-east of the Tigris: nothing of the plan within 40 px
    private static final double[] NW = {900, 80};
    private static final double[] NE = {1100, 80};
    private static final double[] SE = {1100, 280};
    private static final double[] SW = {900, 280};

    private final PlanEditor editor = EditFixtures.editor();
    private final ToolBox tools = new ToolBox(editor, EditFixtures.DEFAULTS);

    @BeforeEach
    void cornersAreClearOfThePlan() {
        for (double[] p : new double[][] {NW, NE, SE, SW}) {
            assertThat(EditFixtures.nearestVertexPx(mosul(), p[0], p[1])).isGreaterThan(40);
            assertThat(HitTest.topmost(mosul(), VIEW, p[0], p[1])).isEmpty();
        }
        tools.activate(ToolKind.DRAW_TARGET);
    }

    private void click(double[] p) {
        assertThat(tools.handle(MapInput.click(p[0], p[1]), VIEW)).isTrue();
    }

    private static LonLat at(double[] p) {
        return EditFixtures.at(p[0], p[1]);
    }

    @Test
    void clicksAndADoubleClickMakeATargetStoredCounterClockwiseAndSelected() {
        click(NW);
        click(NE);
        click(SE);
        click(SW);
        assertThat(tools.handle(MapInput.doubleClick(SW[0], SW[1]), VIEW)).isTrue();

        // clicked clockwise on the map (east, then south): stored from the same first vertex the other way round
        assertThat(editor.plan().targets()).hasSize(3);
        assertThat(outerRing(editor.plan(), "t1")).containsExactly(at(NW), at(SW), at(SE), at(NE), at(NW));
        assertThat(editor.selection()).hasValue(PlanElement.target("t1"));
        assertThat(editor.undoNameProperty().get()).isEqualTo("Add target");
        assertThat(tools.messageProperty().get()).isEqualTo("Added target t1");
        assertThat(((DrawTool) tools.activeTool()).points()).isEmpty();
        assertThat(tools.activeKind()).as("the tool stays ready for the next area").isEqualTo(ToolKind.DRAW_TARGET);
        assertThat(EditFixtures.errorsAfterRoundTrip(editor.plan())).isEmpty();

        editor.undo();
        assertThat(editor.plan()).isEqualTo(mosul());
    }

    @Test
    void counterClockwiseClicksKeepTheirOrderAndEnterFinishes() {
        click(NW);
        click(SW);
        click(SE);
        assertThat(tools.key(EditKey.ENTER)).isTrue();

        assertThat(outerRing(editor.plan(), "t1")).containsExactly(at(NW), at(SW), at(SE), at(NW));
    }

    @Test
    void clickingNearTheFirstVertexClosesTheRing() {
        click(NW);
        click(NE);
        click(SE);
        click(new double[] {NW[0] + 4, NW[1] - 5});

        assertThat(outerRing(editor.plan(), "t1")).containsExactly(at(NW), at(SE), at(NE), at(NW));
    }

    @Test
    void aClickNearAVertexOfThePlanSnapsToItUnlessShiftIsHeld() {
        LonLat corner = ll(43.142, 36.333); // the Old City's south-east corner
        double[] c = px(corner);
        assertThat(EditFixtures.nearestVertexPx(mosul().withSorties(java.util.List.of()), c[0] + 40, c[1]))
                .isGreaterThan(20);
        click(new double[] {c[0] + 5, c[1] - 4});
        tools.key(EditKey.BACKSPACE);
        tools.handle(MapInput.click(c[0] + 5, c[1] - 4).withShift(), VIEW);
        assertThat(((DrawTool) tools.activeTool()).points()).containsExactly(EditFixtures.at(c[0] + 5, c[1] - 4));
        tools.key(EditKey.BACKSPACE);

        click(new double[] {c[0] + 5, c[1] - 4});
        click(new double[] {c[0] + 60, c[1] + 10});
        click(new double[] {c[0] + 40, c[1] + 60});
        tools.key(EditKey.ENTER);

        assertThat(outerRing(editor.plan(), "t1").get(0)).isEqualTo(corner);
    }

    @Test
    void backspaceTakesBackTheLastVertexAndEscapeAbandonsTheDrawingAndReturnsToSelect() {
        click(NW);
        click(NE);
        click(SE);
        assertThat(tools.key(EditKey.BACKSPACE)).isTrue();
        assertThat(((DrawTool) tools.activeTool()).points()).containsExactly(at(NW), at(NE));
        click(SW);
        assertThat(((DrawTool) tools.activeTool()).points()).containsExactly(at(NW), at(NE), at(SW));
        DrawTool drawing = (DrawTool) tools.activeTool();

        assertThat(tools.key(EditKey.ESCAPE)).isTrue();

        assertThat(drawing.points()).isEmpty();
        assertThat(tools.activeKind()).isEqualTo(ToolKind.SELECT);
        assertThat(editor.plan()).isSameAs(mosul());
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void finishingWithTwoVerticesSaysThreeAreNeeded() {
        click(NW);
        click(NE);
        tools.key(EditKey.ENTER);

        assertThat(tools.messageProperty().get()).isEqualTo("An area needs at least 3 vertices");
        assertThat(editor.plan()).isSameAs(mosul());
        click(new double[] {NW[0] + 3, NW[1] + 3});
        assertThat(((DrawTool) tools.activeTool()).points()).hasSize(2);
    }

    @Test
    void aRingThatCrossesItselfIsRefusedAndTheVerticesStayForCorrecting() {
        click(NW);
        click(SE);
        click(NE);
        click(SW);
        tools.key(EditKey.ENTER);

        assertThat(tools.messageProperty().get()).startsWith("Cannot add the target: target t1 would cross itself near ");
        assertThat(editor.plan()).isSameAs(mosul());
        assertThat(((DrawTool) tools.activeTool()).points()).hasSize(4);

        tools.key(EditKey.BACKSPACE);
        tools.key(EditKey.BACKSPACE);
        tools.key(EditKey.BACKSPACE);
        click(NE);
        click(new double[] {NE[0] + 1, NE[1] + 1}); // a repeated click on the last point is ignored
        click(SE);
        click(SW);
        tools.key(EditKey.ENTER);
        assertThat(outerRing(editor.plan(), "t1")).containsExactly(at(NW), at(SW), at(SE), at(NE), at(NW));
    }

    @Test
    void theExclusionToolAddsASelectedExclusion() {
        tools.activate(ToolKind.DRAW_EXCLUSION);
        click(NW);
        click(SW);
        click(SE);
        tools.handle(MapInput.doubleClick(SE[0], SE[1]), VIEW);

        Exclusion x = editor.plan().exclusions().get(1);
        assertThat(x.id()).isEqualTo("x1");
        assertThat(x.geometry().firstOuterRing()).containsExactly(at(NW), at(SW), at(SE), at(NW));
        assertThat(editor.selection()).hasValue(PlanElement.exclusion("x1"));
        assertThat(editor.undoNameProperty().get()).isEqualTo("Add exclusion");
    }

    @Test
    void theOverlayShowsThePlacedVerticesAndARubberBandToTheCursor() {
        click(NW);
        click(NE);
        tools.handle(MapInput.move(1000, 250), VIEW);
        RecordingCanvas c = new RecordingCanvas();

        tools.paintOverlay(c, VIEW);

        assertThat(c.strokes(Overlay.RUBBER)).anySatisfy(s -> {
            assertThat(s.dashPx()).isPositive();
            assertThat(s.points()[0]).containsExactly(px(at(NE)), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(s.points()[1]).containsExactly(new double[] {1000, 250}, org.assertj.core.data.Offset.offset(1e-6));
        });
        assertThat(c.circlesAt(NW[0], NW[1])).isNotEmpty();
        assertThat(c.circlesAt(NE[0], NE[1])).isNotEmpty();
        assertThat(c.fills).hasSize(1);
        assertThat(tools.cursorProperty().get()).isEqualTo(CursorKind.CROSSHAIR);
        assertThat(tools.hintProperty().get()).contains("double-click, Enter or click the first vertex");
    }

    @Test
    void pressDragAndReleaseAreLeftToTheMapForPanning() {
        click(NW);
        assertThat(tools.handle(MapInput.press(500, 500), VIEW)).isFalse();
        assertThat(tools.handle(MapInput.drag(540, 520), VIEW)).isFalse();
        assertThat(tools.handle(MapInput.release(540, 520), VIEW)).isFalse();
        assertThat(((DrawTool) tools.activeTool()).points()).hasSize(1);
        assertThat(editor.displayedPlan()).isSameAs(mosul());
        assertThat(Optional.of(tools.activeKind())).hasValue(ToolKind.DRAW_TARGET);
    }
}
