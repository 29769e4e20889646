package org.leafdrop.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leafdrop.ui.edit.EditFixtures.VIEW;
import static org.leafdrop.ui.edit.EditFixtures.ll;
import static org.leafdrop.ui.edit.EditFixtures.mosul;
import static org.leafdrop.ui.edit.EditFixtures.px;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToolBoxTest {
    private final PlanEditor editor = EditFixtures.editor();
    private final ToolBox tools = new ToolBox(editor, EditFixtures.DEFAULTS);

    @Test
    void startsWithTheSelectToolAndItsHint() {
        assertThat(tools.activeKind()).isEqualTo(ToolKind.SELECT);
        assertThat(tools.activeTool()).isInstanceOf(SelectTool.class);
        assertThat(tools.hintProperty().get()).startsWith("Click a target, exclusion or track to select it");
        assertThat(tools.messageProperty().get()).isEmpty();
        assertThat(tools.cursorProperty().get()).isEqualTo(CursorKind.DEFAULT);
    }

    @Test
    void switchingToolsUpdatesTheObservablesAndAbandonsAnUnfinishedDrawing() {
        List<ToolKind> seen = new ArrayList<>();
        tools.activeProperty().addListener((o, was, now) -> seen.add(now));
        tools.activate(ToolKind.DRAW_EXCLUSION);
        tools.handle(MapInput.click(900, 100), VIEW);
        tools.handle(MapInput.click(1000, 100), VIEW);

        tools.activate(ToolKind.MEASURE);

        assertThat(seen).containsExactly(ToolKind.DRAW_EXCLUSION, ToolKind.MEASURE);
        assertThat(((DrawTool) tools.tool(ToolKind.DRAW_EXCLUSION)).points()).isEmpty();
        assertThat(tools.hintProperty().get()).startsWith("Click two points, or drag");
        assertThat(tools.cursorProperty().get()).isEqualTo(CursorKind.CROSSHAIR);
        assertThat(editor.plan()).isSameAs(mosul());
    }

    @Test
    void theHintFollowsASelectionMadeElsewhere() {
        editor.select(Optional.of(PlanElement.target("old-city")));

        assertThat(tools.hintProperty().get()).startsWith("Drag a handle to move a vertex");
    }

    @Test
    void theOverlayRevisionChangesOnInputUndoAndSelection() {
        long r0 = tools.overlayRevisionProperty().get();
        tools.handle(MapInput.move(10, 10), VIEW);
        long r1 = tools.overlayRevisionProperty().get();
        editor.select(Optional.of(PlanElement.target("old-city")));
        long r2 = tools.overlayRevisionProperty().get();
        editor.apply(RenameCommand.of(PlanElement.target("old-city"), "Old City"));
        long r3 = tools.overlayRevisionProperty().get();
        editor.undo();
        long r4 = tools.overlayRevisionProperty().get();

        assertThat(List.of(r0, r1, r2, r3, r4)).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
    }

    @Test
    void cancelAbandonsADragBeforeAnUndo() {
        editor.select(Optional.of(PlanElement.target("old-city")));
        double[] v0 = px(ll(43.121, 36.334));
        tools.handle(MapInput.press(v0[0], v0[1]), VIEW);
        tools.handle(MapInput.drag(v0[0] + 20, v0[1]), VIEW);
        assertThat(editor.displayedPlan()).isNotSameAs(editor.plan());

        tools.cancel();

        assertThat(editor.displayedPlan()).isSameAs(editor.plan());
        assertThat(tools.handle(MapInput.release(v0[0] + 20, v0[1]), VIEW)).isFalse();
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void aRefusalShowsAsTheMessageUntilTheNextAction() {
        editor.select(Optional.of(PlanElement.sortie("s2")));
        double[] p = px(mosul().sorties().get(1).track().positions().get(0));
        tools.handle(MapInput.click(p[0], p[1]), VIEW);

        tools.key(EditKey.DELETE);

        assertThat(tools.messageProperty().get()).startsWith("Cannot delete the vertex: a point release keeps its position");
        tools.handle(MapInput.press(p[0], p[1]), VIEW);
        assertThat(tools.messageProperty().get()).isEmpty();
    }
}
