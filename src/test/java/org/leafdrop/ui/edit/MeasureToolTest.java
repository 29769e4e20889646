package org.leafdrop.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.leafdrop.ui.edit.EditFixtures.VIEW;
import static org.leafdrop.ui.edit.EditFixtures.at;
import static org.leafdrop.ui.edit.EditFixtures.ll;
import static org.leafdrop.ui.edit.EditFixtures.px;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.model.LonLat;

class MeasureToolTest {
    private final PlanEditor editor = EditFixtures.editor();
    private final ToolBox tools = new ToolBox(editor, EditFixtures.DEFAULTS);
    private final MeasureTool measure = (MeasureTool) tools.tool(ToolKind.MEASURE);

    @BeforeEach
    void measure() {
        tools.activate(ToolKind.MEASURE);
    }

    private void click(double x, double y) {
        tools.handle(MapInput.press(x, y), VIEW);
        tools.handle(MapInput.release(x, y), VIEW);
        tools.handle(MapInput.click(x, y), VIEW);
    }

    @Test
    void twoClicksOnTheOldCitysSouthernCornersMeasureTheirGeodesicDistanceAndBearing() {
        LonLat sw = ll(43.121, 36.334);
        LonLat se = ll(43.142, 36.333);
        double[] a = px(sw);
        double[] b = px(se);
        click(a[0] + 3, a[1] - 2); // snapped onto the corners
        tools.handle(MapInput.move(b[0] - 50, b[1]), VIEW);
        assertThat(tools.messageProperty().get()).as("no result until the second click").isEmpty();
        click(b[0] - 2, b[1] + 3);

        Geodesy.DistanceBearing expected = Geodesy.inverse(43.121, 36.334, 43.142, 36.333);
        assertThat(measure.measurement()).hasValue(expected);
        // about 21 milli-degrees of longitude at 36.33 N: 0.021 * 111.32 km * cos(36.33) = 1.88 km, a little south of east
        assertThat(expected.distanceM()).isCloseTo(1887, within(5.0));
        assertThat(tools.messageProperty().get()).isEqualTo("1.89 km (1.02 NM), bearing 093\u00B0 true");
        RecordingCanvas c = new RecordingCanvas();
        tools.paintOverlay(c, VIEW);
        assertThat(c.texts).extracting(RecordingCanvas.Text::s).containsExactly("1.89 km (1.02 NM), bearing 093\u00B0 true");
        assertThat(c.strokes(Overlay.MEASURE)).anySatisfy(s -> assertThat(s.dashPx()).isZero());
    }

    @Test
    void aDragMeasuresFromWhereItStartedAndTheMapDoesNotPan() {
        double[] a = {900, 120};
        assertThat(EditFixtures.nearestVertexPx(EditFixtures.mosul(), a[0], a[1])).isGreaterThan(40);
        assertThat(tools.handle(MapInput.press(a[0], a[1]), VIEW)).isTrue();
        assertThat(tools.handle(MapInput.drag(a[0] + 50, a[1]), VIEW)).isTrue();
        assertThat(tools.handle(MapInput.drag(a[0] + 100, a[1]), VIEW)).isTrue();
        assertThat(tools.handle(MapInput.release(a[0] + 100, a[1]), VIEW)).isTrue();

        LonLat from = at(a[0], a[1]);
        LonLat to = at(a[0] + 100, a[1]);
        Geodesy.DistanceBearing m = measure.measurement().orElseThrow();
        assertThat(m).isEqualTo(Geodesy.inverse(from.lonDeg(), from.latDeg(), to.lonDeg(), to.latDeg()));
        // 100 px at 8 m/px; the view's scale holds at its centre latitude, 0.35 km to the south: within 0.5 %
        assertThat(m.distanceM()).isCloseTo(800, within(4.0));
        assertThat(m.bearingDeg()).isCloseTo(90, within(0.1));
        assertThat(tools.messageProperty().get()).endsWith("bearing 090\u00B0 true");
    }

    @Test
    void aThirdClickStartsAnotherMeasurementAndEscapeClearsThenReturnsToSelect() {
        click(900, 120);
        click(1000, 120);
        assertThat(tools.messageProperty().get()).isNotEmpty();
        click(950, 200);
        assertThat(measure.measurement()).isEmpty();
        assertThat(tools.messageProperty().get()).isEmpty();
        click(950, 300);
        assertThat(measure.measurement()).hasValueSatisfying(m -> assertThat(m.bearingDeg()).isCloseTo(180, within(0.1)));

        assertThat(tools.key(EditKey.ESCAPE)).isTrue();
        assertThat(measure.measurement()).isEmpty();
        assertThat(tools.activeKind()).isEqualTo(ToolKind.MEASURE);
        tools.key(EditKey.ESCAPE);
        assertThat(tools.activeKind()).isEqualTo(ToolKind.SELECT);
    }

    @Test
    void theResultGivesKilometresNauticalMilesAndAThreeDigitBearing() {
        assertThat(MeasureTool.format(new Geodesy.DistanceBearing(1852, 359.7)))
                .isEqualTo("1.85 km (1.00 NM), bearing 000\u00B0 true");
        assertThat(MeasureTool.format(new Geodesy.DistanceBearing(12_345, 5.2)))
                .isEqualTo("12.35 km (6.67 NM), bearing 005\u00B0 true");
        assertThat(MeasureTool.format(new Geodesy.DistanceBearing(40, 247.5)))
                .isEqualTo("0.04 km (0.02 NM), bearing 248\u00B0 true");
    }
}
