package org.leafdrop.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BaseMapPainterTest {
    private static final BaseMap MAP = BaseMap.bundled();
    /** Mosul at 20 m per pixel (tile zoom 12.6): city, districts, river 12 px wide, bridges. */
    private static final MapView MOSUL = new MapView(43.13, 36.34, 20, 1000, 800);

    @Test
    void theTigrisIsBlueWhereItRunsAndTheLandKeepsItsColourElsewhere() throws IOException {
        BufferedImage image = paint(MOSUL);
        // centreline vertices away from bridges and labels: the middle of a 12-pixel stroke is pure water
        for (double[] p : new double[][] {{43.169, 36.300}, {43.094, 36.396}, {43.185, 36.275}}) {
            int rgb = pixel(image, MOSUL, p[0], p[1]);
            assertThat(rgb & 0xFFFFFF).as("Tigris at %s, %s", p[0], p[1]).isEqualTo(BaseMapPainter.WATER & 0xFFFFFF);
            assertThat(blue(rgb)).isGreaterThan(red(rgb) + 40);
        }
        // open country south-west of the city, and the built-up area in the east of it
        assertThat(pixel(image, MOSUL, 43.03, 36.29) & 0xFFFFFF).isEqualTo(BaseMapPainter.LAND & 0xFFFFFF);
        assertThat(pixel(image, MOSUL, 43.18, 36.32) & 0xFFFFFF).isEqualTo(BaseMapPainter.BUILT_UP & 0xFFFFFF);
    }

    @Test
    void bridgesDeckIsDrawnAcrossTheRiverOnceZoomedIn() throws IOException {
        MapView close = new MapView(43.14, 36.336, 4, 800, 600);
        BufferedImage image = paint(close);
        org.locationtech.jts.geom.Point mid = MAP.feature("bridge-old").orElseThrow().geometry().getCentroid();
        int deck = pixel(image, close, mid.getX(), mid.getY());
        assertThat(deck & 0xFFFFFF).isEqualTo(BaseMapPainter.BRIDGE_DECK & 0xFFFFFF);

        RecordingCanvas far = new RecordingCanvas();
        BaseMapPainter.paint(far, MOSUL.zoomed(1.0 / 16), MAP);
        assertThat(far.strokes).noneMatch(s -> s.argb() == BaseMapPainter.BRIDGE_DECK);
    }

    @Test
    void theRegionShowsDashedGreyBordersAndTheGulfAsSea() throws IOException {
        MapView region = MapView.fit(38, 29, 49, 38, 1000, 800, 0);
        RecordingCanvas c = new RecordingCanvas();
        BaseMapPainter.paint(c, region, MAP);
        assertThat(c.strokes).filteredOn(s -> s.argb() == BaseMapPainter.BORDER)
                .isNotEmpty().allMatch(s -> s.dashPx() > 0);
        BufferedImage image = paint(region);
        assertThat(pixel(image, region, 49.0, 29.2) & 0xFFFFFF).isEqualTo(BaseMapPainter.WATER & 0xFFFFFF);
        assertThat(pixel(image, region, 41.0, 31.0) & 0xFFFFFF).isEqualTo(BaseMapPainter.LAND & 0xFFFFFF);
    }

    @Test
    void zoomedFarInOnlyTheNearbyLinesAreStroked() {
        RecordingCanvas c = new RecordingCanvas();
        BaseMapPainter.paint(c, new MapView(43.14, 36.34, 0.5, 1200, 800), MAP);
        // the nearest border is 100 km away: nothing of it, and only a few river vertices
        assertThat(c.strokes).noneMatch(s -> s.argb() == BaseMapPainter.BORDER);
        assertThat(c.pointsStroked()).isLessThan(30);
        // filled shapes are cut to the view's surroundings (64 px), never thousands of pixels off screen
        assertThat(c.fills.stream().flatMap(List::stream).flatMap(java.util.Arrays::stream))
                .allSatisfy(p -> {
                    assertThat(p[0]).isBetween(-64.0, 1264.0);
                    assertThat(p[1]).isBetween(-64.0, 864.0);
                });
    }

    @Test
    void theRiverIsAsWideAsOnTheGroundOnceZoomedIn() {
        BaseMap.Feature tigris = MAP.feature("tigris-mosul").orElseThrow();
        assertThat(BaseMapPainter.riverWidthPx(new MapView(43.1, 36.3, 10, 100, 100), tigris)).isCloseTo(25, within(1e-9));
        assertThat(BaseMapPainter.riverWidthPx(new MapView(43.1, 36.3, 2000, 100, 100), tigris)).isEqualTo(1.6);
        RecordingCanvas c = new RecordingCanvas();
        BaseMapPainter.paint(c, MOSUL, MAP);
        assertThat(c.strokes).filteredOn(s -> s.argb() == BaseMapPainter.WATER)
                .anySatisfy(s -> assertThat(s.widthPx()).isCloseTo(12.5, within(1e-9)));
    }

    @Test
    void districtsAndNeighbourhoodsAreNamedOnlyWhenZoomedIn() {
        RecordingCanvas close = new RecordingCanvas();
        BaseMapPainter.paint(close, new MapView(43.13, 36.345, 8, 1000, 800), MAP);
        assertThat(close.texts).extracting(RecordingCanvas.Text::s).contains("Old City", "al-Zanjili");
        RecordingCanvas far = new RecordingCanvas();
        BaseMapPainter.paint(far, new MapView(43.13, 36.345, 300, 1000, 800), MAP);
        assertThat(far.texts).extracting(RecordingCanvas.Text::s)
                .doesNotContain("Old City", "al-Zanjili").contains("Mosul", "Erbil", BaseMap.ATTRIBUTION);
    }

    static Stream<Arguments> views() {
        return Stream.of(Arguments.of("Mosul, city", MOSUL), Arguments.of("Mosul, streets", MOSUL.zoomed(8)),
                Arguments.of("Nineveh plains", MOSUL.zoomed(1.0 / 8)), Arguments.of("Iraq", MOSUL.zoomed(1.0 / 100)),
                Arguments.of("Middle East", MOSUL.zoomed(1.0 / 400)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void labelsNeverOverlap(String name, MapView v) {
        RecordingCanvas c = new RecordingCanvas();
        BaseMapPainter.paint(c, v, MAP);
        List<double[]> boxes = c.texts.stream().filter(t -> t.argb() != BaseMapPainter.HALO)
                .map(t -> new double[] {t.x(), t.y() - t.sizePx() * 0.8, t.x() + c.textWidth(t.s(), t.sizePx(), t.bold()),
                    t.y() + t.sizePx() * 0.2})
                .toList();
        assertThat(boxes).hasSizeGreaterThan(1);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                assertThat(overlap).as("'%s' and '%s'", c.texts.stream().filter(t -> t.argb() != BaseMapPainter.HALO)
                        .toList().get(i).s(), c.texts.stream().filter(t -> t.argb() != BaseMapPainter.HALO).toList()
                        .get(j).s()).isFalse();
            }
        }
    }

    @Test
    void viewsOutsideTheRegionPaintPlainLandWithoutFailing() throws IOException {
        for (MapView v : List.of(new MapView(-50, -10, 1000, 400, 300), new MapView(179.9, 0, 5000, 400, 300),
                new MapView(0, 84, 50_000, 400, 300), new MapView(43, 36, 40_000, 1600, 1000),
                new MapView(43.13, 36.34, 0.05, 400, 300))) {
            assertThatCode(() -> paint(v)).doesNotThrowAnyException();
        }
        MapView brazil = new MapView(-50, -10, 1000, 400, 300);
        assertThat(paint(brazil).getRGB(200, 150) & 0xFFFFFF).isEqualTo(BaseMapPainter.LAND & 0xFFFFFF);
    }

    private static BufferedImage paint(MapView v) throws IOException {
        BufferedImage image = new BufferedImage(v.widthPx(), v.heightPx(), BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        BaseMapPainter.paint(new Java2dCanvas(g), v, MAP);
        g.dispose();
        return image;
    }

    private static int pixel(BufferedImage image, MapView v, double lon, double lat) {
        double[] p = v.toPixel(lon, lat);
        return image.getRGB((int) Math.floor(p[0]), (int) Math.floor(p[1]));
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xFF;
    }

    private static int blue(int argb) {
        return argb & 0xFF;
    }
}
