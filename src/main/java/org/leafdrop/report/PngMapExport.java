package org.leafdrop.report;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.leafdrop.io.AtomicFiles;
import org.leafdrop.render.Java2dCanvas;
import org.leafdrop.render.MapPainter;
import org.leafdrop.render.MapView;

/** The map of a simulated plan as a PNG image, painted by {@link MapPainter} without a display. */
public final class PngMapExport {
    public static final int DEFAULT_WIDTH_PX = 1600;
    public static final int DEFAULT_HEIGHT_PX = 1200;

    private PngMapExport() {
    }

    /** The image, fitted to the scene. */
    public static BufferedImage render(MapPainter.Scene scene, int widthPx, int heightPx) {
        return render(scene, widthPx, heightPx, 1);
    }

    /**
     * The image, fitted to the scene, with everything drawn {@code scale} times larger: the map as
     * it looks at (widthPx / scale) x (heightPx / scale), at {@code scale} times the resolution.
     * Print uses this, so the legend's text stays readable on paper.
     */
    public static BufferedImage render(MapPainter.Scene scene, int widthPx, int heightPx, double scale) {
        if (!(scale > 0 && Double.isFinite(scale))) {
            throw new IllegalArgumentException("scale must be above 0, was " + scale);
        }
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            MapView view = MapPainter.fit(scene, (int) Math.round(widthPx / scale), (int) Math.round(heightPx / scale));
            MapPainter.paint(new Java2dCanvas(g), view, scene);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the PNG atomically. */
    public static void write(MapPainter.Scene scene, Path target) throws IOException {
        BufferedImage image = render(scene, DEFAULT_WIDTH_PX, DEFAULT_HEIGHT_PX);
        AtomicFiles.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java");
            }
        });
    }
}
