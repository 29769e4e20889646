package org.leafdrop.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TileLayerPainterTest {
    private static final double R = 6378137.0;

    /**
     * A view whose centre is the north-west corner of tile (z, x, y) and whose scale is exactly
     * zoom z, so that tile's top-left corner falls on the centre pixel.
     */
    private static MapView atCornerOf(int z, int x, int y, int widthPx, int heightPx) {
        double n = 1 << z;
        double lon = x / n * 360 - 180;
        double lat = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y / n))));
        double mercPerPx = 2 * Math.PI * R / 256 / n;
        return new MapView(lon, lat, mercPerPx * Math.cos(Math.toRadians(lat)), widthPx, heightPx);
    }

    private static MemoryTileSource allTiles(int z, int x0, int x1, int y0, int y1) {
        MemoryTileSource s = new MemoryTileSource(0, 18);
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                s.with(new TileId(z, x, y));
            }
        }
        return s;
    }

    @Test
    void eachVisibleTileIsDrawnAtItsPixelOffset() {
        MapView v = atCornerOf(10, 600, 400, 600, 500);
        MemoryTileSource s = allTiles(10, 590, 610, 390, 410);
        RecordingCanvas c = new RecordingCanvas();
        List<TileId> missing = new ArrayList<>();
        TileLayerPainter.paint(c, v, s, missing::add);
        assertThat(missing).isEmpty();
        // columns 598-601 (x from -212 to 812) and rows 399-400 (y from -6 to 506)
        assertThat(c.images).hasSize(8);
        assertThat(c.images).anySatisfy(i -> {
            assertThat(i.image()).isSameAs(s.tiles.get(new TileId(10, 600, 400)));
            assertThat(new double[] {i.x(), i.y(), i.w(), i.h()}).containsExactly(300, 250, 256, 256);
        });
        assertThat(c.images).anySatisfy(i -> {
            assertThat(i.image()).isSameAs(s.tiles.get(new TileId(10, 598, 399)));
            assertThat(new double[] {i.x(), i.y()}).containsExactly(-212, -6);
        });

        BufferedImage image = paint(v, s);
        assertThat(image.getRGB(310, 260)).isEqualTo(MemoryTileSource.colour(new TileId(10, 600, 400)));
        assertThat(image.getRGB(290, 240)).isEqualTo(MemoryTileSource.colour(new TileId(10, 599, 399)));
        assertThat(image.getRGB(599, 499)).isEqualTo(MemoryTileSource.colour(new TileId(10, 601, 400)));
        assertThat(image.getRGB(0, 0)).isEqualTo(MemoryTileSource.colour(new TileId(10, 598, 399)));
    }

    @Test
    void missingTilesAreReportedOnlyWhenVisibleAndNearestTheCentreFirst() {
        MapView v = atCornerOf(10, 600, 400, 600, 500);
        MemoryTileSource s = new MemoryTileSource(0, 18).with(new TileId(10, 598, 399));
        RecordingCanvas c = new RecordingCanvas();
        List<TileId> missing = new ArrayList<>();
        TileLayerPainter.paint(c, v, s, missing::add);
        assertThat(missing).hasSize(7).doesNotHaveDuplicates().doesNotContain(new TileId(10, 598, 399))
                .allSatisfy(id -> {
                    assertThat(id.z()).isEqualTo(10);
                    assertThat(id.x()).isBetween(598, 601);
                    assertThat(id.y()).isBetween(399, 400);
                });
        // the four tiles meeting at the centre come first
        assertThat(missing.subList(0, 4)).containsExactlyInAnyOrder(new TileId(10, 599, 399), new TileId(10, 600, 399),
                new TileId(10, 599, 400), new TileId(10, 600, 400));
        assertThat(c.images).hasSize(1);
        assertThat(s.requested).as("the painter only reports; the caller requests").isEmpty();
    }

    @Test
    void theZoomIsTheViewsRoundedAndClampedToTheSource() {
        MapView v = atCornerOf(13, 4800, 3200, 600, 500);
        assertThat(TileLayerPainter.zoomFor(v, new MemoryTileSource(0, 18))).isEqualTo(13);
        assertThat(TileLayerPainter.zoomFor(v.zoomed(1.3), new MemoryTileSource(0, 18))).isEqualTo(13);
        assertThat(TileLayerPainter.zoomFor(v.zoomed(1.5), new MemoryTileSource(0, 18))).isEqualTo(14);
        assertThat(TileLayerPainter.zoomFor(v, new MemoryTileSource(15, 18))).isEqualTo(15);

        MemoryTileSource coarse = new MemoryTileSource(0, 10).with(new TileId(10, 600, 400));
        RecordingCanvas c = new RecordingCanvas();
        List<TileId> missing = new ArrayList<>();
        TileLayerPainter.paint(c, v, coarse, missing::add);
        // zoom 13 shows zoom-10 tiles stretched 8 times: the tile whose corner is the centre, 2048 px wide
        assertThat(c.images).singleElement().satisfies(i -> {
            assertThat(new double[] {i.x(), i.y(), i.w(), i.h()}).containsExactly(300, 250, 2048, 2048);
        });
        assertThat(missing).allMatch(id -> id.z() == 10).hasSize(3);
    }

    @Test
    void aCachedParentStandsInForAMissingChild() {
        MapView v = atCornerOf(10, 600, 400, 600, 500);
        MemoryTileSource s = new MemoryTileSource(0, 18);
        // the parent of (600, 400) is (300, 200); its quadrants: red, green / blue, yellow
        int[] px = new int[256 * 256];
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                px[y * 256 + x] = y < 128 ? (x < 128 ? 0xFFFF0000 : 0xFF00FF00) : (x < 128 ? 0xFF0000FF : 0xFFFFFF00);
            }
        }
        s.tiles.put(new TileId(9, 300, 200), new RasterImage(256, 256, px));
        List<TileId> missing = new ArrayList<>();
        BufferedImage image = paint(v, s, missing);
        assertThat(image.getRGB(310, 260)).isEqualTo(0xFFFF0000); // (600, 400): top-left quarter, stretched
        assertThat(image.getRGB(545, 495)).isEqualTo(0xFFFF0000);
        assertThat(image.getRGB(570, 260)).isEqualTo(0xFF00FF00); // (601, 400): top-right quarter
        assertThat(image.getRGB(290, 240)).isEqualTo(0); // (599, 399): its parent is not cached either
        assertThat(missing).contains(new TileId(10, 600, 400), new TileId(10, 601, 400));

        // two levels up: a sixteenth of the grandparent, cut at its own resolution (64 px)
        MemoryTileSource g = new MemoryTileSource(0, 18);
        g.tiles.put(new TileId(8, 150, 100), new RasterImage(256, 256, px));
        RecordingCanvas c = new RecordingCanvas();
        TileLayerPainter.paint(c, v, g, id -> { });
        assertThat(c.images).anySatisfy(i -> {
            assertThat(new double[] {i.x(), i.y(), i.w(), i.h()}).containsExactly(300, 250, 256, 256);
            assertThat(i.image().widthPx()).isEqualTo(64);
            assertThat(i.image().argb()[0]).isEqualTo(0xFFFF0000);
        });
    }

    @Test
    void theSourcesCreditIsWrittenBottomRightAndTheBaseMapsBottomLeft() {
        MapView v = atCornerOf(10, 600, 400, 600, 500);
        MemoryTileSource s = new MemoryTileSource(0, 18);
        s.attribution = "© OpenStreetMap contributors";
        RecordingCanvas c = new RecordingCanvas();
        BaseMapPainter.paint(c, v, BaseMap.bundled());
        TileLayerPainter.paint(c, v, s, id -> { });
        RecordingCanvas.Text tiles = c.texts.stream().filter(t -> t.s().equals(s.attribution)).findFirst().orElseThrow();
        RecordingCanvas.Text base = c.texts.stream().filter(t -> t.s().equals(BaseMap.ATTRIBUTION)).findFirst()
                .orElseThrow();
        assertThat(tiles.x() + c.textWidth(tiles.s(), tiles.sizePx(), false)).isCloseTo(595, within(1e-9));
        assertThat(base.x()).isEqualTo(5);
        assertThat(tiles.y()).isEqualTo(base.y()).isEqualTo(496);
        MemoryTileSource silent = new MemoryTileSource(0, 18);
        RecordingCanvas none = new RecordingCanvas();
        TileLayerPainter.paint(none, v, silent, id -> { });
        assertThat(none.texts).isEmpty();
    }

    @Test
    void columnsWrapAroundTheAntimeridian() {
        MapView v = atCornerOf(3, 0, 3, 800, 300); // centred on 180 degrees
        List<TileId> missing = new ArrayList<>();
        TileLayerPainter.paint(new RecordingCanvas(), v, new MemoryTileSource(0, 18), missing::add);
        assertThat(missing).extracting(TileId::x).contains(0, 1, 6, 7).allMatch(x -> x >= 0 && x < 8);
    }

    @Test
    void tileIdsFlipRowsForMbtilesAndFindTheirParents() {
        TileId id = new TileId(3, 5, 1);
        assertThat(id.tmsRow()).isEqualTo(6);
        assertThat(id.parent()).isEqualTo(new TileId(2, 2, 0));
        assertThat(TileId.containing(43.13, 36.34, 10)).isEqualTo(new TileId(10, 634, 400));
        assertThatThrownBy(() -> new TileId(2, 4, 0)).hasMessageContaining("2/4/0");
        assertThatThrownBy(() -> new TileId(0, 0, 0).parent()).isInstanceOf(IllegalStateException.class);
    }

    private static BufferedImage paint(MapView v, TileSource s) {
        return paint(v, s, new ArrayList<>());
    }

    private static BufferedImage paint(MapView v, TileSource s, List<TileId> missing) {
        BufferedImage image = new BufferedImage(v.widthPx(), v.heightPx(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        TileLayerPainter.paint(new Java2dCanvas(g), v, s, missing::add);
        g.dispose();
        return image;
    }
}
