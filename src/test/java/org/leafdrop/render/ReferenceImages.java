package org.leafdrop.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Reference-image comparison (STYLE.md "Tests that pin behaviour"): a pixel differs when a
 * channel differs by more than {@link #CHANNEL_TOLERANCE}, which absorbs anti-aliasing and font
 * hinting; at most {@code maxDifferentFraction} of the pixels may differ. A failure writes the
 * actual image and a diff (differing pixels in magenta) to target/reference-images/.
 * {@code -Dreference.update=true} rewrites the references; look at them before committing.
 */
public final class ReferenceImages {
    static final int CHANNEL_TOLERANCE = 48;
    private static final Path DIR = Path.of("src/test/resources/reference-images");

    private ReferenceImages() {
    }

    public static void assertMatches(BufferedImage actual, String name, double maxDifferentFraction) throws IOException {
        Path reference = DIR.resolve(name + ".png");
        if (Boolean.getBoolean("reference.update") || !Files.exists(reference)) {
            Files.createDirectories(DIR);
            ImageIO.write(actual, "png", reference.toFile());
            if (!Boolean.getBoolean("reference.update")) {
                throw new AssertionError("no reference image " + reference + " existed: written now, look at it and "
                        + "commit it");
            }
            return;
        }
        BufferedImage expected = ImageIO.read(reference.toFile());
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long different = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                boolean differs = false;
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(((a >> shift) & 0xFF) - ((e >> shift) & 0xFF)) > CHANNEL_TOLERANCE) {
                        differs = true;
                    }
                }
                if (differs) {
                    different++;
                }
                diff.setRGB(x, y, differs ? 0xFF00FF : (e & 0xFFFFFF) | 0x000000);
            }
        }
        double fraction = (double) different / ((long) actual.getWidth() * actual.getHeight());
        if (fraction > maxDifferentFraction) {
            Path out = Path.of("target/reference-images");
            Files.createDirectories(out);
            ImageIO.write(actual, "png", out.resolve(name + "-actual.png").toFile());
            ImageIO.write(diff, "png", out.resolve(name + "-diff.png").toFile());
        }
        assertThat(fraction).as("share of pixels differing from %s (actual and diff in target/reference-images/)",
                reference).isLessThanOrEqualTo(maxDifferentFraction);
    }
}
