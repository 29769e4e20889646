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
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            MapView view = MapPainter.fit(scene, widthPx, heightPx);
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
