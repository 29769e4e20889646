package org.leafdrop.render;

import java.util.List;

/**
 * What the painter draws with, in device pixels (x to the right, y down). Colours are ARGB.
 * Implementations: {@link Java2dCanvas} here, a JavaFX GraphicsContext one in the window.
 */
public interface MapCanvas {
    /** Fills a shape of one or more closed rings (even-odd rule: inner rings are holes). */
    void fillRings(List<double[][]> rings, int argb);

    /** Strokes a polyline (closed when {@code closed}); {@code dashPx} 0 for a solid line. */
    void strokeLine(double[][] points, boolean closed, int argb, double widthPx, double dashPx);

    void fillCircle(double x, double y, double radiusPx, int argb);

    /** Text with its baseline starting at (x, y); {@code bold} for titles. */
    void text(String s, double x, double y, double sizePx, int argb, boolean bold);

    /** Draws an image scaled into the rectangle (x, y, w, h); smooth scaling. */
    void drawImage(RasterImage image, double x, double y, double w, double h);

    /** Width in pixels of a text as {@link #text} would draw it. */
    double textWidth(String s, double sizePx, boolean bold);
}
