package org.leafdrop.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** The painter's canvas on a Java2D Graphics2D (PNG exports, later the PDF briefing). */
public final class Java2dCanvas implements MapCanvas {
    private final Graphics2D g;

    public Java2dCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    @Override
    public void fillRings(List<double[][]> rings, int argb) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[][] ring : rings) {
            append(path, ring, true);
        }
        g.setColor(new Color(argb, true));
        g.fill(path);
    }

    @Override
    public void drawImage(RasterImage image, double x, double y, double w, double h) {
        BufferedImage img = new BufferedImage(image.widthPx(), image.heightPx(), BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, image.widthPx(), image.heightPx(), image.argb(), 0, image.widthPx());
        Object before = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, (int) Math.round(x), (int) Math.round(y), (int) Math.round(x + w) - (int) Math.round(x),
                (int) Math.round(y + h) - (int) Math.round(y), null);
        if (before != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, before);
        }
    }

    @Override
    public void strokeLine(double[][] points, boolean closed, int argb, double widthPx, double dashPx) {
        Path2D.Double path = new Path2D.Double();
        append(path, points, closed);
        g.setColor(new Color(argb, true));
        g.setStroke(dashPx > 0
                ? new BasicStroke((float) widthPx, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                        new float[] {(float) dashPx, (float) dashPx}, 0)
                : new BasicStroke((float) widthPx, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    @Override
    public void fillCircle(double x, double y, double radiusPx, int argb) {
        g.setColor(new Color(argb, true));
        g.fill(new Ellipse2D.Double(x - radiusPx, y - radiusPx, 2 * radiusPx, 2 * radiusPx));
    }

    @Override
    public void text(String s, double x, double y, double sizePx, int argb, boolean bold) {
        g.setFont(font(sizePx, bold, s));
        g.setColor(new Color(argb, true));
        g.drawString(s, (float) x, (float) y);
    }

    @Override
    public double textWidth(String s, double sizePx, boolean bold) {
        return g.getFontMetrics(font(sizePx, bold, s)).getStringBounds(s, g).getWidth();
    }

    /**
     * The logical sans-serif font, or the bundled DejaVu Sans when the text has characters it
     * cannot show on this machine (Arabic place names where no system font has Arabic). Java2D
     * shapes and orders right-to-left text itself.
     */
    static Font font(double sizePx, boolean bold, String text) {
        Font f = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) sizePx);
        if (f.canDisplayUpTo(text) == -1) {
            return f;
        }
        Font bundled = bold ? Bundled.BOLD : Bundled.REGULAR;
        return bundled == null ? f : bundled.deriveFont((float) sizePx);
    }

    /** The bundled faces, loaded on first use (null if they cannot be read). */
    private static final class Bundled {
        static final Font REGULAR = load(BidiText.REGULAR_FONT);
        static final Font BOLD = load(BidiText.BOLD_FONT);

        private static Font load(String resource) {
            try (java.io.InputStream in = BidiText.openFont(resource)) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (java.io.IOException | java.awt.FontFormatException | java.io.UncheckedIOException e) {
                return null;
            }
        }
    }

    private static void append(Path2D.Double path, double[][] pts, boolean closed) {
        for (int i = 0; i < pts.length; i++) {
            if (i == 0) {
                path.moveTo(pts[i][0], pts[i][1]);
            } else {
                path.lineTo(pts[i][0], pts[i][1]);
            }
        }
        if (closed) {
            path.closePath();
        }
    }
}
