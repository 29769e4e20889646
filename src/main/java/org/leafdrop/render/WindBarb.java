package org.leafdrop.render;

import java.util.List;
import org.leafdrop.units.Units;

/**
 * A standard wind barb (WMO): the staff points from the station towards where the wind comes
 * from; at its far end, pennants of 50 kt, full feathers of 10 kt and half feathers of 5 kt,
 * speed rounded to 5 kt. Calm (under 2.5 kt) is an open circle. Knots because the symbol is
 * defined in knots.
 */
public final class WindBarb {
    static final double STAFF_PX = 34;
    private static final double FEATHER_PX = 13;
    private static final double SPACING_PX = 5;

    private WindBarb() {
    }

    /**
     * @param uMps east component of the air's motion
     * @param vMps north component of the air's motion
     */
    public static void paint(MapCanvas c, double x, double y, double uMps, double vMps, int argb) {
        double kt = Units.mpsToKt(Math.hypot(uMps, vMps));
        c.fillCircle(x, y, 3, argb);
        if (kt < 2.5) {
            c.strokeLine(circle(x, y, 7), true, argb, 1.5, 0);
            return;
        }
        // unit vector (screen) towards where the wind comes from: minus the motion, y down
        double sx = -uMps / Math.hypot(uMps, vMps);
        double sy = vMps / Math.hypot(uMps, vMps);
        double ex = x + sx * STAFF_PX;
        double ey = y + sy * STAFF_PX;
        c.strokeLine(new double[][] {{x, y}, {ex, ey}}, false, argb, 1.8, 0);
        // feathers lean back along the staff, on its clockwise side
        double fx = -sy;
        double fy = sx;
        int remaining = (int) Math.round(kt / 5.0) * 5;
        double pos = 0;
        while (remaining >= 50) {
            double[] a = {ex - sx * pos, ey - sy * pos};
            double[] b = {ex - sx * (pos + SPACING_PX * 1.6), ey - sy * (pos + SPACING_PX * 1.6)};
            double[] tip = {a[0] + fx * FEATHER_PX - sx * 2, a[1] + fy * FEATHER_PX - sy * 2};
            c.fillRings(List.<double[][]>of(new double[][] {a, tip, b}), argb);
            pos += SPACING_PX * 2;
            remaining -= 50;
        }
        while (remaining >= 10) {
            feather(c, ex - sx * pos, ey - sy * pos, sx, sy, fx, fy, FEATHER_PX, argb);
            pos += SPACING_PX;
            remaining -= 10;
        }
        if (remaining >= 5) {
            if (pos == 0) {
                pos = SPACING_PX;
            }
            feather(c, ex - sx * pos, ey - sy * pos, sx, sy, fx, fy, FEATHER_PX / 2, argb);
        }
    }

    private static void feather(MapCanvas c, double x, double y, double sx, double sy, double fx, double fy,
                                double len, int argb) {
        c.strokeLine(new double[][] {{x, y}, {x + fx * len + sx * len * 0.35, y + fy * len + sy * len * 0.35}}, false,
                argb, 1.8, 0);
    }

    private static double[][] circle(double x, double y, double r) {
        double[][] out = new double[24][];
        for (int i = 0; i < 24; i++) {
            double a = 2 * Math.PI * i / 24;
            out[i] = new double[] {x + r * Math.cos(a), y + r * Math.sin(a)};
        }
        return out;
    }
}
