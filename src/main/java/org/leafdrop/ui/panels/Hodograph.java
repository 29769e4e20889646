package org.leafdrop.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leafdrop.model.WindLevel;
import org.leafdrop.ui.panels.UnitSystem.Quantity;

/**
 * What the hodograph draws, worked out apart from the drawing: the tip of each level's wind
 * vector (where the air goes, east and north, in kt or m/s) in height order, and speed rings at a
 * round step that just cover the strongest wind. Immutable.
 *
 * @param points     one per level, lowest first
 * @param ringStep   speed between rings, in {@code speedUnit}
 * @param rings      number of rings; the outer one is at rings x ringStep
 * @param speedUnit  "kt" or "m/s"
 * @param heightUnit "ft" or "m", the unit of the points' height labels (MSL)
 */
public record Hodograph(List<Point> points, double ringStep, int rings, String speedUnit, String heightUnit) {
    /** Round steps: 1, 2 and 5 times a power of ten. */
    private static final double[] STEPS = {1, 2, 5};
    /** About this many rings cover the strongest wind. */
    private static final int RINGS_WANTED = 4;

    /**
     * The tip of one level's wind vector.
     *
     * @param east        east component of the air's motion (u), in the speed unit
     * @param north       north component (v), in the speed unit
     * @param heightLabel the level's height MSL, in the height unit, e.g. "1000"
     */
    public record Point(double east, double north, String heightLabel) {
        public Point {
            Objects.requireNonNull(heightLabel, "heightLabel");
        }
    }

    public Hodograph {
        points = List.copyOf(points);
        if (!(ringStep > 0) || rings < 1) {
            throw new IllegalArgumentException("need a ring step above 0 and at least one ring");
        }
    }

    /** The hodograph of a profile's levels (sorted by height, as a WindProfile keeps them). */
    public static Hodograph of(List<WindLevel> levels, UnitSystem units) {
        List<Point> points = new ArrayList<>();
        double max = 0;
        for (WindLevel l : levels) {
            double u = units.fromSi(Quantity.SPEED, l.uMps());
            double v = units.fromSi(Quantity.SPEED, l.vMps());
            points.add(new Point(u, v, units.format(Quantity.HEIGHT, l.altitudeMslM())));
            max = Math.max(max, Math.hypot(u, v));
        }
        double step = ringStep(max);
        int rings = Math.max(1, (int) Math.ceil(max / step - 1e-9));
        return new Hodograph(points, step, rings, units.unit(Quantity.SPEED), units.unit(Quantity.HEIGHT));
    }

    /** Speed of the outer ring. */
    public double maxSpeed() {
        return ringStep * rings;
    }

    /** The smallest round step giving at most {@link #RINGS_WANTED} rings up to {@code maxSpeed}. */
    static double ringStep(double maxSpeed) {
        if (!(maxSpeed > 0)) {
            return 1;
        }
        double target = maxSpeed / RINGS_WANTED;
        double power = Math.pow(10, Math.floor(Math.log10(target)));
        for (double s : STEPS) {
            if (s * power >= target - 1e-12) {
                return s * power;
            }
        }
        return 10 * power;
    }
}
