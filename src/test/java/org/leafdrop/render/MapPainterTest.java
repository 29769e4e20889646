package org.leafdrop.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leafdrop.coverage.CoverageFixtures;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.report.PngMapExport;

class MapPainterTest {
    @Test
    void theViewPutsItsCentreInTheMiddleAndFitsTheBox() {
        MapView v = MapView.fit(43.0, 36.3, 43.2, 36.4, 800, 600, 0.1);
        double[] centre = v.toPixel(v.centreLonDeg(), v.centreLatDeg());
        assertThat(centre[0]).isCloseTo(400, within(1e-9));
        assertThat(centre[1]).isCloseTo(300, within(1e-9));
        for (double[] corner : new double[][] {{43.0, 36.3}, {43.2, 36.4}}) {
            double[] p = v.toPixel(corner[0], corner[1]);
            assertThat(p[0]).isBetween(0.0, 800.0);
            assertThat(p[1]).isBetween(0.0, 600.0);
        }
        // north is up, east is right
        assertThat(v.toPixel(43.1, 36.4)[1]).isLessThan(v.toPixel(43.1, 36.3)[1]);
        assertThat(v.toPixel(43.2, 36.35)[0]).isGreaterThan(v.toPixel(43.0, 36.35)[0]);
        assertThat(v.zoomed(2).metresPerPixel()).isEqualTo(v.metresPerPixel() / 2);
    }

    @Test
    void theScaleBarShowsARoundGroundDistance() {
        assertThat(MapPainter.niceMetres(1900)).isEqualTo(1000);
        assertThat(MapPainter.niceMetres(2600)).isEqualTo(2000);
        assertThat(MapPainter.niceMetres(7000)).isEqualTo(5000);
        MapView v = MapView.fit(43.0, 36.3, 43.2, 36.4, 800, 600, 0.1);
        // the view's resolution is true at its centre, geodesically, within 0.5 %
        assertThat(MapPainter.groundMetres(v, 100)).isCloseTo(100 * v.metresPerPixel(),
                within(0.005 * 100 * v.metresPerPixel()));
    }

    @Test
    void targetsAreGreenExclusionsRedAndTheLandStaysLand() {
        Plan plan = CoverageFixtures.plan("painter test",
                List.of(CoverageFixtures.target("t", "Target", 0,
                        CoverageFixtures.rectangle(CoverageFixtures.MOSUL, -3000, -3000, -1000, -1000))),
                List.of(CoverageFixtures.exclusion("x", "River",
                        CoverageFixtures.rectangle(CoverageFixtures.MOSUL, 1000, 1000, 3000, 3000))));
        MapPainter.Scene scene = new MapPainter.Scene(plan, CoverageFixtures.MOSUL, Optional.empty(),
                Optional.<DensityGrid>empty());
        BufferedImage image = PngMapExport.render(scene, 800, 600);
        MapView v = MapPainter.fit(scene, 800, 600);
        int target = pixel(image, v, CoverageFixtures.MOSUL.toLonLat(-2500, -2500));
        int exclusion = pixel(image, v, CoverageFixtures.MOSUL.toLonLat(2500, 2500));
        int paper = pixel(image, v, CoverageFixtures.MOSUL.toLonLat(-2500, 2500));
        assertThat(green(target)).isGreaterThan(red(target));
        assertThat(red(exclusion)).isGreaterThan(green(exclusion) + 30);
        // outside targets and exclusions the base map shows through untouched
        BufferedImage base = new BufferedImage(800, 600, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = base.createGraphics();
        BaseMapPainter.paint(new Java2dCanvas(g), v, BaseMap.bundled());
        g.dispose();
        assertThat(paper & 0xFFFFFF).isEqualTo(pixel(base, v, CoverageFixtures.MOSUL.toLonLat(-2500, 2500)) & 0xFFFFFF);
    }

    private static int pixel(BufferedImage image, MapView v, double[] lonLat) {
        double[] p = v.toPixel(new LonLat(lonLat[0], lonLat[1]).lonDeg(), lonLat[1]);
        return image.getRGB((int) p[0], (int) p[1]);
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xFF;
    }

    private static int green(int argb) {
        return (argb >> 8) & 0xFF;
    }
}
