package org.leafdrop.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The viewport's Web Mercator maths, without a screen. */
class MapViewTest {
    static Stream<Arguments> views() {
        SplittableRandom rng = new SplittableRandom(20161017L);
        return IntStream.range(0, 60).mapToObj(i -> Arguments.of(i, rng.nextDouble(-170, 170), rng.nextDouble(-70, 70),
                Math.pow(10, rng.nextDouble(-1, 4)), rng.nextDouble(0, 800), rng.nextDouble(0, 600),
                Math.pow(2, rng.nextDouble(-3, 3))));
    }

    @ParameterizedTest(name = "seed 20161017 case {0}")
    @MethodSource("views")
    void pixelsAndPositionsAreInversesAndZoomKeepsThePointUnderTheCursor(int i, double lon, double lat, double mpp,
                                                                           double x, double y, double factor) {
        MapView v = new MapView(lon, lat, mpp, 800, 600);
        double[] ll = v.toLonLat(x, y);
        double[] back = v.toPixel(ll[0], ll[1]);
        // round trip within a thousandth of a pixel
        assertThat(back[0]).isCloseTo(x, within(1e-3));
        assertThat(back[1]).isCloseTo(y, within(1e-3));
        MapView z = v.zoomedAround(factor, x, y);
        double[] still = z.toPixel(ll[0], ll[1]);
        assertThat(still[0]).isCloseTo(x, within(1e-3));
        assertThat(still[1]).isCloseTo(y, within(1e-3));
        // the resolution stays within 0.05 m and 50 km a pixel
        double expected = Math.min(Math.max(v.mercPerPixel() / factor, 0.05), 50_000);
        assertThat(z.mercPerPixel()).isCloseTo(expected, within(expected * 1e-9));
    }

    @Test
    void panningMovesTheGroundWithThePointer() {
        MapView v = new MapView(43.13, 36.34, 20, 800, 600);
        double[] grabbed = v.toLonLat(100, 100);
        double[] p = v.panned(35, -20).toPixel(grabbed[0], grabbed[1]);
        assertThat(p[0]).isCloseTo(135, within(1e-6));
        assertThat(p[1]).isCloseTo(80, within(1e-6));
    }

    @Test
    void resizingKeepsCentreAndScaleAndTheTileZoomMatchesTheScale() {
        MapView v = new MapView(43.13, 36.34, 20, 800, 600).resized(1200, 700);
        assertThat(v.centreLonDeg()).isEqualTo(43.13);
        assertThat(v.metresPerPixel()).isEqualTo(20);
        assertThat(v.widthPx()).isEqualTo(1200);
        // zoom z tiles are 2 pi R / 2^z / 256 Mercator metres a pixel: z = 12 is 38.2 m
        MapView atZoom12 = new MapView(0, 0, 2 * Math.PI * 6378137.0 / 4096 / 256, 800, 600);
        assertThat(atZoom12.tileZoom()).isCloseTo(12, within(1e-9));
        assertThat(atZoom12.zoomedAround(2, 400, 300).tileZoom()).isCloseTo(13, within(1e-9));
    }

    @Test
    void zoomStopsAtSensibleLimitsAndTheMapNeverLeavesTheMercatorSquare() {
        MapView v = new MapView(43.13, 36.34, 20, 800, 600);
        assertThat(v.zoomedAround(1e9, 400, 300).mercPerPixel()).isGreaterThanOrEqualTo(0.05);
        assertThat(v.zoomedAround(1e-9, 400, 300).mercPerPixel()).isLessThanOrEqualTo(50_000);
        MapView far = v.panned(0, 1e9);
        assertThat(far.centreLatDeg()).isLessThan(85.06).isGreaterThan(80);
    }
}
