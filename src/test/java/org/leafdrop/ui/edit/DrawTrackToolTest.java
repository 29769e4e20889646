package org.leafdrop.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leafdrop.ui.edit.EditFixtures.VIEW;
import static org.leafdrop.ui.edit.EditFixtures.at;
import static org.leafdrop.ui.edit.EditFixtures.mosul;
import static org.leafdrop.ui.edit.EditFixtures.px;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.TrackGeometry;

class DrawTrackToolTest {
    // clear map on the east bank, nothing of the plan within 40 px
    private static final double[] A = {900, 120};
    private static final double[] B = {1050, 200};
    private static final double[] C = {1120, 300};

    private final PlanEditor editor = EditFixtures.editor();
    private final ToolBox tools = new ToolBox(editor, EditFixtures.DEFAULTS);

    @BeforeEach
    void pointsAreClearOfThePlan() {
        for (double[] p : new double[][] {A, B, C}) {
            assertThat(EditFixtures.nearestVertexPx(mosul(), p[0], p[1])).isGreaterThan(40);
        }
    }

    private void click(double[] p) {
        assertThat(tools.handle(MapInput.click(p[0], p[1]), VIEW)).isTrue();
    }

    private static LonLat at(double[] p) {
        return EditFixtures.at(p[0], p[1]);
    }

    private Sortie added() {
        return editor.plan().sorties().get(editor.plan().sorties().size() - 1);
    }

    @Test
    void twoClicksAndEnterMakeALineSortieCopyingTheSelectedSortie() {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        tools.activate(ToolKind.DRAW_TRACK);
        assertThat(tools.hintProperty().get()).startsWith("Click the start");
        click(A);
        assertThat(tools.hintProperty().get()).startsWith("Click the end of the track, or press Enter");
        click(B);
        assertThat(tools.key(EditKey.ENTER)).isTrue();

        Sortie s = added();
        assertThat(s.id()).isEqualTo("s3");
        assertThat(s.track()).isEqualTo(TrackGeometry.line(List.of(at(A), at(B))));
        assertThat(s.releaseMethod()).isEqualTo(new ReleaseMethod.FreeFall());
        assertThat(s.leafletType()).isEqualTo("newspaper-4p");
        assertThat(s.targetId()).hasValue("old-city");
        assertThat(s.headingDeg()).isEmpty();
        assertThat(editor.selection()).hasValue(PlanElement.sortie("s3"));
        assertThat(editor.undoNameProperty().get()).isEqualTo("Add sortie");
        assertThat(tools.messageProperty().get()).isEqualTo("Added sortie s3");
        assertThat(EditFixtures.errorsAfterRoundTrip(editor.plan())).isEmpty();
    }

    @Test
    void moreClicksAddPointsAndADoubleClickFinishes() {
        tools.activate(ToolKind.DRAW_TRACK);
        click(A);
        click(B);
        click(C);
        assertThat(tools.handle(MapInput.doubleClick(C[0], C[1]), VIEW)).isTrue();

        assertThat(added().track().positions()).containsExactly(at(A), at(B), at(C));
    }

    @Test
    void oneClickAndEnterMakeASingleReleasePointLikeTheLastSortie() {
        tools.activate(ToolKind.DRAW_TRACK);
        click(A);
        tools.key(EditKey.ENTER);

        Sortie s = added();
        assertThat(s.track()).isEqualTo(TrackGeometry.point(at(A)));
        assertThat(s.releaseMethod()).isEqualTo(mosul().sorties().get(1).releaseMethod());
        assertThat(s.headingDeg()).isEqualTo(OptionalDouble.of(120));
        assertThat(EditFixtures.errorsAfterRoundTrip(editor.plan())).isEmpty();
    }

    @Test
    void theTrackStartsExactlyOnAnotherTracksEndWhenClickedNearIt() {
        LonLat s1End = mosul().sorties().get(0).track().positions().get(1);
        double[] e = px(s1End);
        tools.activate(ToolKind.DRAW_TRACK);
        tools.handle(MapInput.click(e[0] - 4, e[1] + 5), VIEW);
        click(A);
        tools.key(EditKey.ENTER);

        assertThat(added().track().positions()).containsExactly(s1End, at(A));
    }

    @Test
    void escapeAbandonsTheTrackAndReturnsToSelectAndBackspaceTakesBackAPoint() {
        tools.activate(ToolKind.DRAW_TRACK);
        click(A);
        click(B);
        tools.key(EditKey.BACKSPACE);
        assertThat(((DrawTool) tools.activeTool()).points()).containsExactly(at(A));

        assertThat(tools.key(EditKey.ESCAPE)).isTrue();

        assertThat(tools.activeKind()).isEqualTo(ToolKind.SELECT);
        assertThat(((DrawTool) tools.tool(ToolKind.DRAW_TRACK)).points()).isEmpty();
        assertThat(editor.plan()).isSameAs(mosul());
        assertThat(tools.key(EditKey.ENTER)).isFalse();
    }

    @Test
    void theOverlayShowsTheDirectionOfFlightWithArrowHeads() {
        tools.activate(ToolKind.DRAW_TRACK);
        click(A);
        click(B);
        tools.handle(MapInput.move(C[0], C[1]), VIEW);
        RecordingCanvas c = new RecordingCanvas();

        tools.paintOverlay(c, VIEW);

        List<RecordingCanvas.Stroke> arrows = c.strokes(Overlay.RUBBER).stream()
                .filter(s -> s.points().length == 3 && s.dashPx() == 0).toList();
        assertThat(arrows).hasSize(2);
        double[] midAB = {(A[0] + B[0]) / 2, (A[1] + B[1]) / 2};
        assertThat(arrows.get(0).points()[1]).containsExactly(midAB, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(arrows.get(1).points()[1]).containsExactly(C, org.assertj.core.data.Offset.offset(1e-6));
        // the wings trail behind the tip, towards A (to the left on screen): the arrow points from A to B
        assertThat(arrows.get(0).points()[0][0]).isLessThan(midAB[0]);
        assertThat(arrows.get(0).points()[2][0]).isLessThan(midAB[0]);
        assertThat(c.circlesAt(A[0], A[1])).extracting(RecordingCanvas.Circle::argb).containsOnly(Overlay.ACCENT);
    }
}
