package org.leafdrop.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps projected shapes to a rectangle around the view, so that a zoomed-in view does not stroke
 * (or dash) hundreds of kilometres of line far off screen. Pixel coordinates; stateless.
 */
final class PixelClip {
    private PixelClip() {
    }

    /**
     * The runs of consecutive segments of a polyline that touch the rectangle, each as a polyline
     * of whole segments (not cut at the edge, so a stroke ends off screen).
     */
    static List<double[][]> runs(double[][] pts, boolean closed, double minX, double minY, double maxX, double maxY) {
        List<double[][]> out = new ArrayList<>();
        int n = pts.length;
        int segments = closed ? n : n - 1;
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
            double[] a = pts[i];
            double[] b = pts[(i + 1) % n];
            boolean touches = Math.max(a[0], b[0]) >= minX && Math.min(a[0], b[0]) <= maxX
                    && Math.max(a[1], b[1]) >= minY && Math.min(a[1], b[1]) <= maxY;
            if (touches) {
                if (run.isEmpty()) {
                    run.add(a);
                }
                run.add(b);
            } else if (!run.isEmpty()) {
                out.add(run.toArray(new double[0][]));
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            out.add(run.toArray(new double[0][]));
        }
        return out;
    }

    /**
     * A closed ring cut to the rectangle (Sutherland-Hodgman). Filled with the even-odd rule,
     * rings cut one by one still fill the same pixels inside the rectangle. Empty when nothing is left.
     */
    static double[][] ring(double[][] ring, double minX, double minY, double maxX, double maxY) {
        double[][] r = ring;
        r = cut(r, 0, minX, true);
        r = cut(r, 0, maxX, false);
        r = cut(r, 1, minY, true);
        r = cut(r, 1, maxY, false);
        return r.length < 3 ? new double[0][] : r;
    }

    /** Keeps the side of the line {@code p[axis] = limit} that is above it ({@code keepAbove}) or below. */
    private static double[][] cut(double[][] in, int axis, double limit, boolean keepAbove) {
        if (in.length == 0) {
            return in;
        }
        List<double[]> out = new ArrayList<>(in.length + 4);
        double[] prev = in[in.length - 1];
        boolean prevIn = keepAbove ? prev[axis] >= limit : prev[axis] <= limit;
        for (double[] cur : in) {
            boolean curIn = keepAbove ? cur[axis] >= limit : cur[axis] <= limit;
            if (curIn != prevIn) {
                double t = (limit - prev[axis]) / (cur[axis] - prev[axis]);
                out.add(new double[] {prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])});
            }
            if (curIn) {
                out.add(cur);
            }
            prev = cur;
            prevIn = curIn;
        }
        return out.toArray(new double[0][]);
    }
}
