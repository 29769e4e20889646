package org.leafdrop.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leafdrop.geo.LocalFrame;

/** Replay clouds: each particle a dot where the frame puts it, coloured by its height above ground. */
class ReplayPainterTest {
    @Test
    void eachParticleIsADotColouredByItsHeightAboveTheGround() {
        LocalFrame frame = new LocalFrame(43.13, 36.34);
        MapView view = new MapView(43.13, 36.34, 10, 400, 300);
        double ground = 223;
        // east, north, height MSL: near the ground, at 700 m AGL, high up; one off the view
        float[] xyz = {-500, 0, (float) (ground + 100), 0, 0, (float) (ground + 700), 500, 0, (float) (ground + 5000),
            90_000, 0, (float) (ground + 100)};
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        ReplayPainter.paintClouds(new Java2dCanvas(g), view, frame, ground,
                List.of(new ReplayPainter.Cloud("s1", xyz, 4)));
        g.dispose();
        int[] expectedBand = {0, 2, 5}; // 0-250 m, 500-1,000 m, above 4,000 m
        for (int i = 0; i < 3; i++) {
            double[] ll = frame.toLonLat(xyz[3 * i], xyz[3 * i + 1]);
            double[] px = view.toPixel(ll[0], ll[1]);
            Color c = new Color(img.getRGB((int) Math.round(px[0]), (int) Math.round(px[1])));
            Color want = new Color(ReplayPainter.HEIGHT_COLOURS[expectedBand[i]]);
            // drawn at 75 % opacity over white
            assertThat(c.getRed()).as("dot %d red", i).isCloseTo((int) (0.75 * want.getRed() + 0.25 * 255),
                    org.assertj.core.data.Offset.offset(12));
            assertThat(c.getBlue()).as("dot %d blue", i).isCloseTo((int) (0.75 * want.getBlue() + 0.25 * 255),
                    org.assertj.core.data.Offset.offset(12));
        }
        // nothing else was drawn: only the three dots' pixels differ from white
        int coloured = 0;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                coloured += img.getRGB(x, y) == Color.WHITE.getRGB() ? 0 : 1;
            }
        }
        assertThat(coloured).isBetween(3, 3 * 25);
    }

    @Test
    void elapsedTimeReadsAsMinutesOrHours() {
        assertThat(ReplayPainter.elapsed(0)).isEqualTo("+0 min 00 s");
        assertThat(ReplayPainter.elapsed(750)).isEqualTo("+12 min 30 s");
        assertThat(ReplayPainter.elapsed(3900)).isEqualTo("+1 h 05 min");
        assertThat(ReplayPainter.elapsed(-65)).isEqualTo("-1 min 05 s");
    }
}
