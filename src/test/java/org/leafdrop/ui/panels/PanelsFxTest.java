package org.leafdrop.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.model.Plan;
import org.leafdrop.model.WindLevel;
import org.leafdrop.ui.edit.EditCommand;
import org.leafdrop.ui.edit.PlanEditor;
import org.leafdrop.ui.edit.PlanElement;
import org.leafdrop.ui.map.LayerSettings;
import org.leafdrop.ui.map.MapLayer;
import org.leafdrop.ui.panels.PlanTreeViewModel.Entry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real views, driven headless through Monocle as a user would: clicks, typing, Enter. */
@ExtendWith(ApplicationExtension.class)
class PanelsFxTest {
    private final PlanEditor editor = PanelFixtures.editor();
    private final ObjectProperty<UnitSystem> units = PanelFixtures.units(UnitSystem.IMPERIAL);
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new Label("starting"), 480, 760));
        s.show();
    }

    private void show(FxRobot robot, Parent panel) {
        robot.interact(() -> stage.setScene(new Scene(panel, 480, 760)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double altitudeOfS1() {
        return editor.plan().sorties().get(0).altitudeAglM();
    }

    @Test
    void typingAnAltitudeAndPressingEnterChangesThePlan(FxRobot robot) {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        show(robot, new PropertiesPanel(new PropertiesViewModel(editor, units)));
        TextField altitude = robot.lookup("#field-altitude-agl").queryAs(TextField.class);
        assertThat(altitude.getText()).isEqualTo("3937");

        robot.clickOn(altitude);
        robot.interact(altitude::selectAll);
        robot.write("5000").type(KeyCode.ENTER);

        assertThat(altitudeOfS1()).isEqualTo(1524.0);
        assertThat(editor.undoNameProperty().get()).isEqualTo("Change altitude of s1");
        assertThat(altitude.getText()).isEqualTo("5000");
    }

    @Test
    void aRefusedAltitudeShowsItsMessageUnderTheField(FxRobot robot) {
        editor.select(Optional.of(PlanElement.sortie("s1")));
        show(robot, new PropertiesPanel(new PropertiesViewModel(editor, units)));
        TextField altitude = robot.lookup("#field-altitude-agl").queryAs(TextField.class);
        Label error = robot.lookup("#field-altitude-agl-error").queryAs(Label.class);
        assertThat(error.isVisible()).isFalse();

        robot.clickOn(altitude);
        robot.interact(altitude::selectAll);
        robot.write("-300").type(KeyCode.ENTER);

        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Altitude AGL: must be above 0 ft");
        assertThat(altitude.getText()).isEqualTo("-300");
        assertThat(altitudeOfS1()).isEqualTo(1200.0);

        robot.type(KeyCode.ESCAPE);
        assertThat(altitude.getText()).isEqualTo("3937");
        assertThat(error.isVisible()).isFalse();
    }

    @Test
    void textTypedButNotCommittedNeverReachesTheNextSelection(FxRobot robot) {
        // s1 at the same 10,000 ft as s2: switching shows the same text, so no text change resets the field
        editor.apply(new EditCommand("Same altitudes",
                p -> PlanChanges.replaceSortie(p, "s1", s -> s.withAltitudeAglM(3048))));
        editor.select(Optional.of(PlanElement.sortie("s1")));
        show(robot, new PropertiesPanel(new PropertiesViewModel(editor, units)));
        TextField altitude = robot.lookup("#field-altitude-agl").queryAs(TextField.class);
        Plan before = editor.plan();

        // the map takes no focus: the selection changes while the field still has it
        robot.clickOn(altitude);
        robot.interact(altitude::selectAll);
        robot.write("5000");
        robot.interact(() -> editor.select(Optional.of(PlanElement.sortie("s2"))));
        assertThat(altitude.getText()).isEqualTo("10,000");
        robot.write("").type(KeyCode.TAB);

        robot.clickOn(altitude);
        robot.interact(altitude::selectAll);
        robot.write("7000");
        robot.interact(() -> editor.select(Optional.of(PlanElement.target("old-city"))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.plan()).isSameAs(before);
    }

    @Test
    void thePropertiesPanelSaysWhenNothingIsSelected(FxRobot robot) {
        show(robot, new PropertiesPanel(new PropertiesViewModel(editor, units)));
        assertThat(robot.lookup(PropertiesViewModel.NOTHING_SELECTED).tryQuery()).isPresent();
        assertThat(robot.lookup("#field-altitude-agl").tryQuery()).isEmpty();
    }

    @Test
    void editingAWindCellChangesThePlansProfile(FxRobot robot) {
        show(robot, new WindPanel(new WindViewModel(editor, units)));
        TableRow<?> second = robot.lookup("#wind-table .table-row-cell").nth(1).queryAs(TableRow.class);
        Node speedCell = robot.from(second).lookup(".table-cell").nth(2).query();

        robot.doubleClickOn(speedCell);
        TextField editorField = robot.from(speedCell).lookup(".text-field").queryAs(TextField.class);
        robot.interact(editorField::selectAll);
        robot.write("20").type(KeyCode.ENTER);

        WindLevel level = editor.plan().weather().firstProfile().levels().get(1);
        // 20 kt at 1000 m MSL
        assertThat(level.speedMps()).isEqualTo(10.288889);
        assertThat(level.altitudeMslM()).isEqualTo(1000);
        assertThat(editor.undoNameProperty().get()).isEqualTo("Change wind speed at 3281 ft MSL");
    }

    @Test
    void aRefusedWindCellShowsWhyAndKeepsItsValue(FxRobot robot) {
        show(robot, new WindPanel(new WindViewModel(editor, units)));
        TableRow<?> second = robot.lookup("#wind-table .table-row-cell").nth(1).queryAs(TableRow.class);
        TableCell<?, ?> speedCell =
                robot.from(second).lookup(".table-cell").nth(2).queryAs(TableCell.class);

        robot.doubleClickOn(speedCell);
        TextField editorField = robot.from(speedCell).lookup(".text-field").queryAs(TextField.class);
        robot.interact(editorField::selectAll);
        robot.write("999").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#wind-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Speed at 3281 ft MSL: must be 0 to 291.6 kt");
        assertThat(editor.canUndo()).isFalse();
        TableRow<?> again = robot.lookup("#wind-table .table-row-cell").nth(1).queryAs(TableRow.class);
        assertThat(robot.from(again).lookup(".table-cell").nth(2).queryAs(TableCell.class)
                .getText()).isEqualTo("11.7");
    }

    @Test
    void theHodographRedrawsWhenTheWindChanges(FxRobot robot) {
        WindViewModel model = new WindViewModel(editor, units);
        show(robot, new WindPanel(model));
        HodographView view = robot.lookup("#hodograph").queryAs(HodographView.class);
        robot.interact(() -> model.editFromDeg(4, "180"));
        WaitForAsyncUtils.waitForFxEvents();

        // the top level now blows from the south: its tip is straight above the centre
        Hodograph.Point top = model.hodograph().points().get(4);
        Point2D at = view.position(top);
        assertThat(at.getX()).isEqualTo(view.getWidth() / 2, within(0.01));
        WritableImage image = snapshot(robot, view);
        Color tip = image.getPixelReader().getColor((int) Math.round(at.getX()), (int) Math.round(at.getY()));
        assertThat(tip.getBlue()).isGreaterThan(tip.getRed() + 0.2);
    }

    private static WritableImage snapshot(FxRobot robot, Node node) {
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = node.snapshot(null, null));
        return out[0];
    }

    @Test
    void clickingAResultRowSelectsItsSortie(FxRobot robot) {
        Plan plan = editor.plan();
        PlanResult result = PanelFixtures.result(plan, PanelFixtures.run(plan, 200));
        ResultsViewModel model = new ResultsViewModel(editor, units);
        model.setResult(Optional.of(result));
        show(robot, new ResultsPanel(model));

        robot.clickOn(robot.lookup("#results-sorties .table-row-cell").nth(1).queryAs(TableRow.class));
        assertThat(editor.selection()).contains(PlanElement.sortie("s2"));

        robot.clickOn(robot.lookup("#results-targets .table-row-cell").nth(0).queryAs(TableRow.class));
        assertThat(editor.selection()).contains(PlanElement.target("old-city"));
    }

    @Test
    void theTreeFollowsTheEditorsSelectionAndSetsIt(FxRobot robot) {
        show(robot, new PlanTreePanel(new PlanTreeViewModel(editor)));
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#plan-tree").queryAs(TreeView.class);

        robot.interact(() -> editor.select(Optional.of(PlanElement.exclusion("tigris"))));
        assertThat(tree.getSelectionModel().getSelectedItem().getValue())
                .isEqualTo(new Entry(PlanElement.exclusion("tigris"), "tigris — Tigris (approximate, 300 m wide band)"));

        robot.clickOn("s2 — M129 leaflet bomb over West Mosul");
        assertThat(editor.selection()).contains(PlanElement.sortie("s2"));

        robot.type(KeyCode.DELETE);
        // the tree is rebuilt on the FX thread: look it up there, after the rebuild
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.plan().sorties()).extracting(s -> s.id()).containsExactly("s1");
        assertThat(editor.undoNameProperty().get()).isEqualTo("Delete sortie s2");
        boolean[] stillThere = new boolean[1];
        robot.interact(() -> stillThere[0] = robot.lookup("s2 — M129 leaflet bomb over West Mosul").tryQuery()
                .isPresent());
        assertThat(stillThere[0]).isFalse();
    }

    @Test
    void theLayerListHidesALayer(FxRobot robot) {
        LayerSettings settings = new LayerSettings();
        show(robot, new LayerListPanel(settings));

        robot.clickOn(robot.lookup("#layer-density").queryAs(CheckBox.class));

        assertThat(settings.isVisible(MapLayer.DENSITY)).isFalse();
        assertThat(robot.lookup("#layer-density-opacity").query().isDisabled()).isTrue();
        assertThat(settings.isVisible(MapLayer.TARGETS)).isTrue();
    }
}
