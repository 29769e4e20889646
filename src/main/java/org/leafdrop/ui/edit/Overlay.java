package org.leafdrop.ui.edit;

import java.util.List;
import org.leafdrop.model.LonLat;
import org.leafdrop.render.MapCanvas;
import org.leafdrop.render.MapView;

/**
 * The tools' drawing vocabulary over {@link MapCanvas}: handles, rubber bands, snap marks,
 * direction arrows and labels, in one set of colours (ARGB) that stands out from the plan layers
 * of {@code MapPainter} (green targets, red exclusions, dark tracks).
 */
final class Overlay {
    static final int HANDLE_FILL = 0xFFFFFFFF;
    static final int HANDLE_EDGE = 0xFF0D47A1;
    static final int ACCENT = 0xFFFF6F00;
    static final int SELECTION = 0xFF1E88E5;
    static final int RUBBER = 0xFF1E88E5;
    static final int REFUSED = 0xFFD50000;
    static final int PREVIEW_TARGET = 0x332E7D32;
    static final int PREVIEW_EXCLUSION = 0x40C62828;
    static final int MEASURE = 0xFF6A1B9A;
    static final int LABEL_BACK = 0xE6FFFFFF;
    static final int INK = 0xFF212121;
    static final double HANDLE_RADIUS_PX = 4.5;
    static final double DASH_PX = 6;
    static final double LABEL_SIZE_PX = 13;

    private Overlay() {
    }

    static double[][] line(MapView v, List<LonLat> points) {
        return points.stream().map(p -> HitTest.px(v, p)).toArray(double[][]::new);
    }

    /** A vertex handle: a white dot with a dark edge, orange when highlighted. */
    static void handle(MapCanvas c, double[] p, boolean highlighted) {
        c.fillCircle(p[0], p[1], HANDLE_RADIUS_PX + 1.5, highlighted ? ACCENT : HANDLE_EDGE);
        c.fillCircle(p[0], p[1], HANDLE_RADIUS_PX, highlighted ? ACCENT : HANDLE_FILL);
    }

    /** A ring around a point the cursor has snapped to. */
    static void snapMark(MapCanvas c, double[] p) {
        circle(c, p, Snapping.SNAP_PX, ACCENT, 2);
    }

    static void circle(MapCanvas c, double[] p, double radiusPx, int argb, double widthPx) {
        int n = 24;
        double[][] pts = new double[n][];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            pts[i] = new double[] {p[0] + radiusPx * Math.cos(a), p[1] + radiusPx * Math.sin(a)};
        }
        c.strokeLine(pts, true, argb, widthPx, 0);
    }

    /** An open arrow head at {@code to}, pointing away from {@code from}. */
    static void arrowHead(MapCanvas c, double[] from, double[] to, int argb) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double len = Math.hypot(dx, dy);
        if (len < 1) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double size = Math.min(12, len / 2);
        double[] left = {to[0] - size * (ux - 0.5 * uy), to[1] - size * (uy + 0.5 * ux)};
        double[] right = {to[0] - size * (ux + 0.5 * uy), to[1] - size * (uy - 0.5 * ux)};
        c.strokeLine(new double[][] {left, to, right}, false, argb, 2, 0);
    }

    static double[] midpoint(double[] a, double[] b) {
        return new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2};
    }

    /** Text on a pale box so it reads over any map, with its left end at (x, y). */
    static void label(MapCanvas c, String text, double x, double y) {
        double w = c.textWidth(text, LABEL_SIZE_PX, false);
        double pad = 4;
        double top = y - LABEL_SIZE_PX - pad / 2;
        double bottom = y + pad;
        c.fillRings(List.<double[][]>of(new double[][] {{x - pad, top}, {x + w + pad, top}, {x + w + pad, bottom},
            {x - pad, bottom}, {x - pad, top}}), LABEL_BACK);
        c.text(text, x, y, LABEL_SIZE_PX, INK, false);
    }
}
