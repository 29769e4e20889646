package org.leafdrop.ui.edit;

import java.util.ArrayList;
import java.util.List;
import org.leafdrop.render.MapCanvas;
import org.leafdrop.render.RasterImage;

/** A canvas that records what a tool paints, for asserting overlays without a screen. */
final class RecordingCanvas implements MapCanvas {
    record Stroke(double[][] points, boolean closed, int argb, double widthPx, double dashPx) {
    }

    record Circle(double x, double y, double radiusPx, int argb) {
    }

    record Text(String s, double x, double y) {
    }

    final List<Stroke> strokes = new ArrayList<>();
    final List<Circle> circles = new ArrayList<>();
    final List<Text> texts = new ArrayList<>();
    final List<List<double[][]>> fills = new ArrayList<>();

    @Override
    public void fillRings(List<double[][]> rings, int argb) {
        fills.add(rings);
    }

    @Override
    public void strokeLine(double[][] points, boolean closed, int argb, double widthPx, double dashPx) {
        strokes.add(new Stroke(points, closed, argb, widthPx, dashPx));
    }

    @Override
    public void fillCircle(double x, double y, double radiusPx, int argb) {
        circles.add(new Circle(x, y, radiusPx, argb));
    }

    @Override
    public void text(String s, double x, double y, double sizePx, int argb, boolean bold) {
        texts.add(new Text(s, x, y));
    }

    @Override
    public void drawImage(RasterImage image, double x, double y, double w, double h) {
        throw new UnsupportedOperationException("tools draw no images");
    }

    @Override
    public double textWidth(String s, double sizePx, boolean bold) {
        return s.length() * sizePx * 0.6;
    }

    /** Strokes in a colour. */
    List<Stroke> strokes(int argb) {
        return strokes.stream().filter(s -> s.argb() == argb).toList();
    }

    /** Filled circles centred within 0.5 px of (x, y). */
    List<Circle> circlesAt(double x, double y) {
        return circles.stream().filter(c -> Math.hypot(c.x() - x, c.y() - y) < 0.5).toList();
    }
}
