package org.leafdrop.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.leafdrop.render.BidiText;
import javafx.scene.text.Text;
import org.leafdrop.render.MapCanvas;
import org.leafdrop.render.RasterImage;

/**
 * The render painter's canvas on a JavaFX GraphicsContext: the same drawing as the PNG and PDF
 * exports, on screen. FX thread only.
 */
public final class FxCanvas implements MapCanvas {
    private static final Map<RasterImage, WritableImage> IMAGES = new WeakHashMap<>();
    private static final Map<String, Double> WIDTHS = new HashMap<>();
    private final GraphicsContext g;

    public FxCanvas(GraphicsContext g) {
        this.g = g;
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.BUTT);
    }

    static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    @Override
    public void fillRings(List<double[][]> rings, int argb) {
        g.setFillRule(FillRule.EVEN_ODD);
        g.beginPath();
        for (double[][] ring : rings) {
            path(ring, true);
        }
        g.setFill(color(argb));
        g.fill();
    }

    @Override
    public void strokeLine(double[][] points, boolean closed, int argb, double widthPx, double dashPx) {
        if (points.length == 0) {
            return;
        }
        g.beginPath();
        path(points, closed);
        g.setStroke(color(argb));
        g.setLineWidth(widthPx);
        if (dashPx > 0) {
            g.setLineDashes(dashPx, dashPx);
        } else {
            g.setLineDashes((double[]) null);
        }
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    private void path(double[][] ring, boolean close) {
        for (int i = 0; i < ring.length; i++) {
            if (i == 0) {
                g.moveTo(ring[i][0], ring[i][1]);
            } else {
                g.lineTo(ring[i][0], ring[i][1]);
            }
        }
        if (close) {
            g.closePath();
        }
    }

    @Override
    public void fillCircle(double x, double y, double radiusPx, int argb) {
        g.setFill(color(argb));
        g.fillOval(x - radiusPx, y - radiusPx, 2 * radiusPx, 2 * radiusPx);
    }

    @Override
    public void text(String s, double x, double y, double sizePx, int argb, boolean bold) {
        g.setFont(font(sizePx, bold, s));
        g.setFill(color(argb));
        g.fillText(s, x, y);
    }

    @Override
    public double textWidth(String s, double sizePx, boolean bold) {
        String key = sizePx + (bold ? "b" : "n") + s;
        Double w = WIDTHS.get(key);
        if (w == null) {
            Text t = new Text(s);
            t.setFont(font(sizePx, bold, s));
            w = t.getLayoutBounds().getWidth();
            if (WIDTHS.size() > 5000) {
                WIDTHS.clear();
            }
            WIDTHS.put(key, w);
        }
        return w;
    }

    @Override
    public void drawImage(RasterImage image, double x, double y, double w, double h) {
        WritableImage img = IMAGES.computeIfAbsent(image, i -> {
            WritableImage out = new WritableImage(i.widthPx(), i.heightPx());
            out.getPixelWriter().setPixels(0, 0, i.widthPx(), i.heightPx(), PixelFormat.getIntArgbInstance(), i.argb(), 0,
                    i.widthPx());
            return out;
        });
        g.setImageSmoothing(true);
        g.drawImage(img, x, y, w, h);
    }

    /**
     * The system font, or for text beyond Latin, Greek and Cyrillic (Arabic place names) the
     * bundled DejaVu Sans, which has those glyphs on any machine. JavaFX shapes and orders the
     * text itself.
     */
    static Font font(double sizePx, boolean bold, String text) {
        FontWeight weight = bold ? FontWeight.BOLD : FontWeight.NORMAL;
        if (needsBundledFont(text) && Bundled.LOADED) {
            return Font.font("DejaVu Sans", weight, sizePx);
        }
        return Font.font("System", weight, sizePx);
    }

    /** True for text with a character past the Cyrillic block (U+0530 and up, except punctuation). */
    static boolean needsBundledFont(String text) {
        return text.codePoints().anyMatch(cp -> cp >= 0x0530 && Character.getType(cp) != Character.DASH_PUNCTUATION
                && !(cp >= 0x2000 && cp <= 0x206F) && !(cp >= 0x2100 && cp <= 0x2BFF));
    }

    /** The bundled faces, registered with JavaFX the first time a label needs them. */
    private static final class Bundled {
        static final boolean LOADED = loadBundled();
    }

    private static boolean loadBundled() {
        boolean ok = true;
        for (String resource : new String[] {BidiText.REGULAR_FONT, BidiText.BOLD_FONT}) {
            try (java.io.InputStream in = BidiText.openFont(resource)) {
                ok &= Font.loadFont(in, 12) != null;
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                ok = false;
            }
        }
        return ok;
    }
}
