package org.leafdrop.render;

import java.util.ArrayList;
import java.util.List;

/** A canvas that draws nothing and remembers every call, to check what a painter asked for. */
final class RecordingCanvas implements MapCanvas {
    record Stroke(double[][] points, int argb, double widthPx, double dashPx) {
    }

    record Text(String s, double x, double y, double sizePx, int argb, boolean bold) {
    }

    record Image(RasterImage image, double x, double y, double w, double h) {
    }

    final List<Stroke> strokes = new ArrayList<>();
    final List<List<double[][]>> fills = new ArrayList<>();
    final List<Integer> fillColours = new ArrayList<>();
    final List<Text> texts = new ArrayList<>();
    final List<Image> images = new ArrayList<>();

    @Override
    public void fillRings(List<double[][]> rings, int argb) {
        fills.add(rings);
        fillColours.add(argb);
    }

    @Override
    public void strokeLine(double[][] points, boolean closed, int argb, double widthPx, double dashPx) {
        strokes.add(new Stroke(points, argb, widthPx, dashPx));
    }

    @Override
    public void fillCircle(double x, double y, double radiusPx, int argb) {
    }

    @Override
    public void text(String s, double x, double y, double sizePx, int argb, boolean bold) {
        texts.add(new Text(s, x, y, sizePx, argb, bold));
    }

    @Override
    public void drawImage(RasterImage image, double x, double y, double w, double h) {
        images.add(new Image(image, x, y, w, h));
    }

    /** A fixed advance per character, so layouts do not depend on the machine's fonts. */
    @Override
    public double textWidth(String s, double sizePx, boolean bold) {
        return s.length() * sizePx * 0.6;
    }

    int pointsStroked() {
        return strokes.stream().mapToInt(s -> s.points().length).sum();
    }
}
