package org.leafdrop.weather;

import java.util.List;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;

/**
 * Horizontal wind over height and time (PHYSICS.md section 4). Each profile's levels become u/v
 * components (never angles), interpolated linearly in height and held constant above the top
 * and below the bottom level; several profiles interpolate linearly in time and hold the first
 * and last profile before and after their times. Times are seconds since the epoch (UTC).
 * Immutable and thread-safe.
 */
public final class WindField {
    private final double[] timesS;
    private final double[][] heightsM;
    private final double[][] uMps;
    private final double[][] vMps;

    private WindField(double[] timesS, double[][] heightsM, double[][] uMps, double[][] vMps) {
        this.timesS = timesS;
        this.heightsM = heightsM;
        this.uMps = uMps;
        this.vMps = vMps;
    }

    /** A field from profiles sorted by time; a single profile is steady (its time ignored). */
    public static WindField of(List<WindProfile> profiles) {
        int n = profiles.size();
        double[] times = new double[n];
        double[][] h = new double[n][];
        double[][] u = new double[n][];
        double[][] v = new double[n][];
        for (int p = 0; p < n; p++) {
            WindProfile prof = profiles.get(p);
            times[p] = prof.validTimeUtc().map(t -> t.getEpochSecond() + t.getNano() * 1e-9).orElse(0.0);
            List<WindLevel> levels = prof.levels();
            h[p] = new double[levels.size()];
            u[p] = new double[levels.size()];
            v[p] = new double[levels.size()];
            for (int i = 0; i < levels.size(); i++) {
                WindLevel l = levels.get(i);
                h[p][i] = l.altitudeMslM();
                double from = Math.toRadians(l.fromDeg());
                u[p][i] = -l.speedMps() * StrictMath.sin(from);
                v[p][i] = -l.speedMps() * StrictMath.cos(from);
            }
        }
        if (n > 1) {
            for (int p = 1; p < n; p++) {
                if (!(times[p] > times[p - 1])) {
                    throw new IllegalArgumentException("wind profiles must be in increasing time");
                }
            }
        }
        return new WindField(times, h, u, v);
    }

    /** A steady field from one list of levels. */
    public static WindField steady(List<WindLevel> levels) {
        return of(List.of(new WindProfile(java.util.Optional.empty(), levels)));
    }

    public boolean isSteady() {
        return timesS.length == 1;
    }

    public int profileCount() {
        return timesS.length;
    }

    /** Valid time (s since epoch) of profile p. */
    public double profileTimeS(int p) {
        return timesS[p];
    }

    /** Heights (m MSL) of the levels of profile p, sorted; a copy. */
    public double[] levelHeightsM(int p) {
        return heightsM[p].clone();
    }

    /** East wind (m/s) of profile p at a height. */
    public double profileU(int p, double hMslM) {
        return Interpolation.linearClamped(heightsM[p], uMps[p], hMslM);
    }

    /** North wind (m/s) of profile p at a height. */
    public double profileV(int p, double hMslM) {
        return Interpolation.linearClamped(heightsM[p], vMps[p], hMslM);
    }

    /**
     * Index of the earlier profile and the weight of the later one for a time: {p, w} as doubles,
     * so u = (1-w) u_p + w u_{p+1}. For a steady field always {0, 0}.
     */
    public double[] timeWeights(double timeS) {
        int n = timesS.length;
        if (n == 1 || timeS <= timesS[0]) {
            return new double[] {0, 0};
        }
        if (timeS >= timesS[n - 1]) {
            return new double[] {n - 1, 0};
        }
        int p = Interpolation.segment(timesS, timeS);
        return new double[] {p, (timeS - timesS[p]) / (timesS[p + 1] - timesS[p])};
    }

    /** East wind component (m/s) at a height (m MSL) and time (s since epoch). */
    public double uMps(double hMslM, double timeS) {
        double[] pw = timeWeights(timeS);
        int p = (int) pw[0];
        double a = profileU(p, hMslM);
        return pw[1] == 0 ? a : a + pw[1] * (profileU(p + 1, hMslM) - a);
    }

    /** North wind component (m/s) at a height (m MSL) and time (s since epoch). */
    public double vMps(double hMslM, double timeS) {
        double[] pw = timeWeights(timeS);
        int p = (int) pw[0];
        double a = profileV(p, hMslM);
        return pw[1] == 0 ? a : a + pw[1] * (profileV(p + 1, hMslM) - a);
    }
}
