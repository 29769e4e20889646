package org.leafdrop.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leafdrop.model.LonLat;
import org.leafdrop.render.MapView;
import org.leafdrop.ui.PlanDocuments;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pan, zoom and cursor read-out of the map, driven with the mouse and keys (headless). */
@ExtendWith(ApplicationExtension.class)
class MapPaneTest {
    MapPane map;

    @Start
    void start(Stage stage) {
        map = new MapPane(MapContent.of(PlanDocuments.sample()), new LayerSettings());
        stage.setScene(new Scene(map, 800, 600));
        stage.show();
        map.zoomToPlan();
    }

    private Point2D screen(double x, double y) {
        return map.localToScreen(x, y);
    }

    @Test
    void draggingPansTheMapWithTheMouse(FxRobot robot) {
        MapView before = map.view();
        double[] grabbed = before.toLonLat(300, 300);
        robot.drag(screen(300, 300), MouseButton.PRIMARY).dropTo(screen(420, 250));
        WaitForAsyncUtils.waitForFxEvents();
        double[] p = map.view().toPixel(grabbed[0], grabbed[1]);
        // the ground point that was grabbed is now under the pointer (within a pixel of rounding)
        assertThat(p[0]).isCloseTo(420, within(2.0));
        assertThat(p[1]).isCloseTo(250, within(2.0));
        assertThat(map.view().metresPerPixel()).isCloseTo(before.metresPerPixel(), within(before.metresPerPixel() * 0.01));
    }

    @Test
    void theWheelZoomsAroundTheCursorAndKeysZoomAroundTheCentre(FxRobot robot) {
        MapView before = map.view();
        double[] under = before.toLonLat(200, 150);
        robot.moveTo(screen(200, 150));
        robot.interact(() -> map.fireEvent(new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                200, 150, 0, 0, false, false, false, false, false, false, 0, 120, 0, 120,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertThat(map.view().metresPerPixel()).isCloseTo(before.metresPerPixel() / 2, within(before.metresPerPixel() * 0.01));
        double[] p = map.view().toPixel(under[0], under[1]);
        assertThat(p[0]).isCloseTo(200, within(0.5));
        assertThat(p[1]).isCloseTo(150, within(0.5));
        double mpp = map.view().metresPerPixel();
        robot.clickOn(map).type(KeyCode.MINUS);
        assertThat(map.view().metresPerPixel()).isCloseTo(mpp * 2, within(mpp * 0.02));
    }

    @Test
    void theCursorPositionFollowsTheMouse(FxRobot robot) {
        robot.moveTo(screen(400, 300));
        WaitForAsyncUtils.waitForFxEvents();
        LonLat at = map.cursorPositionProperty().get().orElseThrow();
        double[] expected = map.view().toLonLat(400, 300);
        assertThat(at.lonDeg()).isCloseTo(expected[0], within(1e-3));
        assertThat(at.latDeg()).isCloseTo(expected[1], within(1e-3));
    }

    @Test
    void editsRedrawThePlanLayersOnTheNextPulse(FxRobot robot) {
        long before = map.redrawCount();
        robot.interact(() -> map.contentProperty().set(MapContent.of(PlanDocuments.empty())));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(map::redrawDirty);
        assertThat(map.redrawCount()).isGreaterThan(before);
    }
}
