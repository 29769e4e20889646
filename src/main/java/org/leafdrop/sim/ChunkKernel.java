package org.leafdrop.sim;

import java.util.List;

import org.leafdrop.weather.TurbulenceProfile;

/**
 * Moves the particles of one chunk of one sortie from release to the ground (PHYSICS.md
 * sections 3 to 7). Inputs and outputs are structure-of-arrays (one double[] per quantity); each
 * particle is stepped to the ground in turn, with its state in registers, which is the fastest
 * order on a CPU and keeps the random draws of a chunk in a fixed order, so a seed gives the same
 * landings on any number of threads. Explicit steps of {@code dt}: the descent speed and wind are
 * taken at the start of each step, the turbulent velocities follow the Langevin (OU) update, and
 * the step that crosses the ground is interpolated to the crossing. Not thread-safe: one kernel per
 * task.
 */
final class ChunkKernel {
    private static final int CANCEL_CHECK_MASK = 255;
    private final PreparedSortie sortie;
    private final AirTable table;
    private final TurbulenceProfile turbulence;
    private final double[] profileTimesS;
    private final double groundMslM;
    private final double dtS;
    private final int particles;
    private final int maxSteps;
    private final ProgressMonitor monitor;

    ChunkKernel(Scenario scenario, PreparedSortie sortie, AirTable table, double dtS, int particles,
                ProgressMonitor monitor) {
        this.sortie = sortie;
        this.table = table;
        this.turbulence = scenario.turbulence();
        this.groundMslM = scenario.groundMslM();
        this.dtS = dtS;
        this.particles = particles;
        this.monitor = monitor;
        profileTimesS = new double[scenario.wind().profileCount()];
        for (int p = 0; p < profileTimesS.length; p++) {
            profileTimesS[p] = scenario.wind().profileTimeS(p);
        }
        double spread = sortie.leaflet().descentSpreadFraction();
        double slowest = sortie.leaflet().descentRateMps() * Math.max(1 - 3 * spread, 0.2);
        double fallM = sortie.releaseMslM() - groundMslM;
        double maxTimeS = 10 * fallM / slowest + 3600 + sortie.openings().stream()
                .mapToDouble(Ballistics.Opening::timeOfFlightS).max().orElse(0);
        maxSteps = (int) Math.min(Integer.MAX_VALUE, Math.ceil(maxTimeS / dtS));
    }

    /**
     * Runs particles [first, first + count) of the sortie; writes their landing east, north (m)
     * and fall time (s) at the same indexes, NaN for a particle still aloft at the time limit.
     */
    void run(int first, int count, RandomStream rng, double[] outEastM, double[] outNorthM, double[] outFallS) {
        double w0 = sortie.leaflet().descentRateMps();
        double spread = sortie.leaflet().descentSpreadFraction();
        double lo = Math.max(1 - 3 * spread, 0.2);
        double hi = 1 + 3 * spread;
        double[] start = new double[5];
        for (int i = first; i < first + count; i++) {
            if (((i - first) & CANCEL_CHECK_MASK) == 0 && monitor.isCancelled()) {
                throw new CancelledException();
            }
            initialState(i, rng, start);
            double factor = 1;
            if (spread > 0) {
                do {
                    factor = 1 + spread * rng.nextGaussian();
                } while (factor < lo || factor > hi);
            }
            if (table.sigma == null) {
                fallConstant(i, w0 * factor, start, rng, outEastM, outNorthM, outFallS);
            } else {
                fallBoundaryLayer(i, w0 * factor, start, rng, outEastM, outNorthM, outFallS);
            }
        }
    }

    /** {east, north, hMsl, absolute start time, fall time already elapsed} of particle i, cloud included. */
    private void initialState(int i, RandomStream rng, double[] s) {
        if (sortie.usesStores()) {
            List<Ballistics.Opening> openings = sortie.openings();
            int k = (int) ((long) i * openings.size() / particles);
            Ballistics.Opening o = openings.get(k);
            s[0] = o.eastM();
            s[1] = o.northM();
            s[2] = o.hMslM();
            s[3] = sortie.storeReleaseTimesS().get(k) + o.timeOfFlightS();
            s[4] = o.timeOfFlightS();
        } else {
            double along = (i + 0.5) / particles * sortie.track().lengthM();
            double[] p = sortie.track().at(along);
            s[0] = p[0];
            s[1] = p[1];
            s[2] = sortie.releaseMslM();
            s[3] = sortie.releaseTimeS() + (sortie.groundSpeedMps() > 0 ? along / sortie.groundSpeedMps() : 0);
            s[4] = 0;
        }
        double r = sortie.initialRadiusM();
        if (r > 0) {
            double a;
            double b;
            double c;
            do {
                a = 2 * rng.nextDouble() - 1;
                b = 2 * rng.nextDouble() - 1;
                c = 2 * rng.nextDouble() - 1;
            } while (a * a + b * b + c * c > 1);
            s[0] += r * a;
            s[1] += r * b;
            s[2] += r * c;
        }
    }

    /** No turbulence, or constant sigmas: the benchmark's and validation's path. */
    private void fallConstant(int i, double k, double[] s, RandomStream rng, double[] outE, double[] outN,
                              double[] outT) {
        double sigH = turbulence.sigmaAlongMps(0);
        double sigW = turbulence.sigmaVerticalMps(0);
        boolean hasH = sigH > 0;
        boolean hasW = sigW > 0;
        double rH = Math.exp(-dtS / turbulence.lagrangianTimeHorizontalS());
        double cH = Math.sqrt(1 - rH * rH);
        double rW = Math.exp(-dtS / turbulence.lagrangianTimeVerticalS());
        double cW = Math.sqrt(1 - rW * rW);
        double xu = hasH ? rng.nextGaussian() : 0;
        double xv = hasH ? rng.nextGaussian() : 0;
        double xw = hasW ? rng.nextGaussian() : 0;
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double t0 = s[3];
        double tau = 0;
        double g = groundMslM;
        double dt = dtS;
        double[] wind = new double[3];
        if (z <= g) {
            land(i, x, y, s[4], outE, outN, outT);
            return;
        }
        for (int step = 0; step < maxSteps; step++) {
            air(z, t0 + tau, wind);
            double u = wind[1] + sigH * xu;
            double v = wind[2] + sigH * xv;
            double dz = (k * wind[0] - sigW * xw) * dt;
            if (dz > 0 && z - dz <= g) {
                double frac = (z - g) / dz;
                land(i, x + frac * u * dt, y + frac * v * dt, s[4] + tau + frac * dt, outE, outN, outT);
                return;
            }
            z -= dz;
            x += u * dt;
            y += v * dt;
            tau += dt;
            if (hasH) {
                xu = rH * xu + cH * rng.nextGaussian();
                xv = rH * xv + cH * rng.nextGaussian();
            }
            if (hasW) {
                xw = rW * xw + cW * rng.nextGaussian();
            }
        }
        land(i, Double.NaN, Double.NaN, Double.NaN, outE, outN, outT);
    }

    /**
     * Boundary-layer turbulence: sigmas vary with height and the horizontal ones are along and
     * across the local mean wind (their mean for both below 0.5 m/s of wind). Velocities are
     * carried normalised by their sigma; the vertical one gets the well-mixed drift
     * T_L (1 - R) dsigma_w/dz (HYSPLIT; Thomson 1987) so particles do not collect where
     * turbulence is weak.
     */
    private void fallBoundaryLayer(int i, double k, double[] s, RandomStream rng, double[] outE, double[] outN,
                                   double[] outT) {
        double tlW = turbulence.lagrangianTimeVerticalS();
        double rH = Math.exp(-dtS / turbulence.lagrangianTimeHorizontalS());
        double cH = Math.sqrt(1 - rH * rH);
        double rW = Math.exp(-dtS / tlW);
        double cW = Math.sqrt(1 - rW * rW);
        double driftW = tlW * (1 - rW);
        double xa = rng.nextGaussian();
        double xc = rng.nextGaussian();
        double xw = rng.nextGaussian();
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double t0 = s[3];
        double tau = 0;
        double g = groundMslM;
        double dt = dtS;
        double[] wind = new double[3];
        double[] sig = new double[4];
        if (z <= g) {
            land(i, x, y, s[4], outE, outN, outT);
            return;
        }
        for (int step = 0; step < maxSteps; step++) {
            air(z, t0 + tau, wind);
            sigmas(z, sig);
            double um = wind[1];
            double vm = wind[2];
            double speed = Math.sqrt(um * um + vm * vm);
            double up;
            double vp;
            if (speed >= 0.5) {
                double eu = um / speed;
                double ev = vm / speed;
                double along = sig[0] * xa;
                double cross = sig[1] * xc;
                up = along * eu - cross * ev;
                vp = along * ev + cross * eu;
            } else {
                double mean = 0.5 * (sig[0] + sig[1]);
                up = mean * xa;
                vp = mean * xc;
            }
            double u = um + up;
            double v = vm + vp;
            double dz = (k * wind[0] - sig[2] * xw) * dt;
            if (dz > 0 && z - dz <= g) {
                double frac = (z - g) / dz;
                land(i, x + frac * u * dt, y + frac * v * dt, s[4] + tau + frac * dt, outE, outN, outT);
                return;
            }
            z -= dz;
            x += u * dt;
            y += v * dt;
            tau += dt;
            xa = rH * xa + cH * rng.nextGaussian();
            xc = rH * xc + cH * rng.nextGaussian();
            xw = rW * xw + cW * rng.nextGaussian() + driftW * sig[3];
        }
        land(i, Double.NaN, Double.NaN, Double.NaN, outE, outN, outT);
    }

    private static void land(int i, double x, double y, double t, double[] outE, double[] outN, double[] outT) {
        outE[i] = x;
        outN[i] = y;
        outT[i] = t;
    }

    /** Descent factor and wind {f, u, v} at a height and absolute time, from the table. */
    private void air(double z, double timeS, double[] out) {
        double pos = (z - table.baseM) * (1 / AirTable.STEP_M);
        int j = (int) pos;
        int p = 0;
        double wt = 0;
        if (profileTimesS.length > 1) {
            int n = profileTimesS.length;
            if (timeS >= profileTimesS[n - 1]) {
                p = n - 1;
            } else if (timeS > profileTimesS[0]) {
                while (profileTimesS[p + 1] <= timeS) {
                    p++;
                }
                wt = (timeS - profileTimesS[p]) / (profileTimesS[p + 1] - profileTimesS[p]);
            }
        }
        if (pos >= 0 && j < table.nodes - 1) {
            double fr = pos - j;
            double[] t = table.fuv[p];
            int a = 3 * j;
            out[0] = t[a] + fr * (t[a + 3] - t[a]);
            out[1] = t[a + 1] + fr * (t[a + 4] - t[a + 1]);
            out[2] = t[a + 2] + fr * (t[a + 5] - t[a + 2]);
            if (wt > 0) {
                double[] t2 = table.fuv[p + 1];
                double u2 = t2[a + 1] + fr * (t2[a + 4] - t2[a + 1]);
                double v2 = t2[a + 2] + fr * (t2[a + 5] - t2[a + 2]);
                out[1] += wt * (u2 - out[1]);
                out[2] += wt * (v2 - out[2]);
            }
        } else {
            out[0] = table.exactFactor(z);
            out[1] = table.exactU(p, z);
            out[2] = table.exactV(p, z);
            if (wt > 0) {
                out[1] += wt * (table.exactU(p + 1, z) - out[1]);
                out[2] += wt * (table.exactV(p + 1, z) - out[2]);
            }
        }
    }

    private void sigmas(double z, double[] out) {
        double pos = (z - table.baseM) * (1 / AirTable.STEP_M);
        int j = (int) pos;
        if (pos >= 0 && j < table.nodes - 1) {
            double fr = pos - j;
            double[] t = table.sigma;
            int a = 4 * j;
            out[0] = t[a] + fr * (t[a + 4] - t[a]);
            out[1] = t[a + 1] + fr * (t[a + 5] - t[a + 1]);
            out[2] = t[a + 2] + fr * (t[a + 6] - t[a + 2]);
            out[3] = t[a + 3] + fr * (t[a + 7] - t[a + 3]);
        } else {
            System.arraycopy(table.exactSigma(z), 0, out, 0, 4);
        }
    }
}
