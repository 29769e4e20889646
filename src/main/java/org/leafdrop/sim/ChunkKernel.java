package org.leafdrop.sim;

import java.util.List;

import org.leafdrop.weather.TurbulenceProfile;

/**
 * Moves the particles of one chunk of one sortie from release to the ground (PHYSICS.md
 * sections 3 to 7). The chunk's state is structure-of-arrays (one double[] per quantity) and is
 * stepped step by step over all particles aloft, landed ones compacted away: the particles of a
 * step are independent, so the processor overlaps their work. The random draws of a chunk come in
 * a fixed order, so a seed gives the same landings on any number of threads. Explicit steps of {@code dt}: the descent speed and wind are
 * taken at the start of each step, the turbulent velocities follow the Langevin (OU) update, and
 * the step that crosses the ground is interpolated to the crossing. One kernel serves all chunks of a
 * sortie, on any threads: its fields are final and {@link #run} keeps its state in locals.
 */
final class ChunkKernel {
    private static final int CANCEL_CHECK_MASK = 255;
    /** No particle is followed for more steps than this (over 11 days at 1 s): a bound on run time. */
    static final int MAX_STEPS = 1_000_000;
    private final PreparedSortie sortie;
    private final AirTable table;
    private final TurbulenceProfile turbulence;
    private final double[] profileTimesS;
    private final double groundMslM;
    private final double dtS;
    private final int particles;
    private final int maxSteps;
    private final ProgressMonitor monitor;
    /** The air table of a steady wind, or null when winds vary in time. */
    private final double[] steadyTable;
    /** Records paths for a replay, or null (the usual run). */
    private final PathRecorder recorder;

    ChunkKernel(Scenario scenario, PreparedSortie sortie, AirTable table, double dtS, int particles,
                ProgressMonitor monitor, PathRecorder recorder) {
        this.recorder = recorder;
        this.sortie = sortie;
        this.table = table;
        this.turbulence = scenario.turbulence();
        this.groundMslM = scenario.groundMslM();
        this.dtS = dtS;
        this.particles = particles;
        this.monitor = monitor;
        steadyTable = scenario.wind().isSteady() ? table.fuv[0] : null;
        profileTimesS = new double[scenario.wind().profileCount()];
        for (int p = 0; p < profileTimesS.length; p++) {
            profileTimesS[p] = scenario.wind().profileTimeS(p);
        }
        double spread = sortie.leaflet().descentSpreadFraction();
        double slowest = sortie.leaflet().descentRateMps() * Math.max(1 - 3 * spread, 0.2);
        double fallM = sortie.releaseMslM() - groundMslM;
        double maxTimeS = 10 * fallM / slowest + 3600 + sortie.openings().stream()
                .mapToDouble(Ballistics.Opening::timeOfFlightS).max().orElse(0);
        maxSteps = (int) Math.min(MAX_STEPS, Math.ceil(maxTimeS / dtS));
    }

    /**
     * Runs particles [first, first + count) of the sortie; writes their landing east, north (m)
     * and fall time (s) at the same indexes, NaN for a particle still aloft at the time limit.
     */
    void run(int first, int count, RandomStream rng, double[] outEastM, double[] outNorthM, double[] outFallS) {
        State st = new State(count);
        double w0 = sortie.leaflet().descentRateMps();
        double spread = sortie.leaflet().descentSpreadFraction();
        double lo = Math.max(1 - 3 * spread, 0.2);
        double hi = 1 + 3 * spread;
        double[] start = new double[5];
        boolean layered = table.sigma != null;
        boolean hasH = layered || turbulence.sigmaAlongMps(0) > 0;
        boolean hasW = layered || turbulence.sigmaVerticalMps(0) > 0;
        int active = 0;
        for (int a = 0; a < count; a++) {
            int i = first + a;
            initialState(i, rng, start);
            double factor = 1;
            if (spread > 0) {
                do {
                    factor = 1 + spread * rng.nextGaussian();
                } while (factor < lo || factor > hi);
            }
            st.x[a] = start[0];
            st.y[a] = start[1];
            st.z[a] = start[2];
            st.t0[a] = start[3];
            st.tOff[a] = start[4];
            st.k[a] = w0 * factor;
            // the turbulent velocities start stationary: N(0, 1) in units of their sigma
            // (the constant model draws its horizontal walk at landing instead, see stepConstant)
            st.xu[a] = layered ? rng.nextGaussian() : 0;
            st.xv[a] = layered ? rng.nextGaussian() : 0;
            st.xw[a] = hasW ? rng.nextGaussian() : 0;
            if (start[2] <= groundMslM) {
                land(i, start[0], start[1], start[4], outEastM, outNorthM, outFallS);
            } else {
                st.active[active++] = a;
            }
        }
        if (recorder != null) {
            active = stepAllTraced(st, active, first, count, layered, hasH, hasW, rng, outEastM, outNorthM,
                    outFallS);
        } else {
            for (int step = 0; step < maxSteps && active > 0; step++) {
                if ((step & CANCEL_CHECK_MASK) == 0 && monitor.isCancelled()) {
                    throw new CancelledException();
                }
                double tau = step * dtS;
                active = layered ? stepBoundaryLayer(st, active, tau, first, rng, outEastM, outNorthM, outFallS)
                        : stepConstant(st, active, tau, first, hasH, hasW, rng, outEastM, outNorthM, outFallS);
            }
        }
        for (int a = 0; a < active; a++) {
            land(first + st.active[a], Double.NaN, Double.NaN, Double.NaN, outEastM, outNorthM, outFallS);
        }
    }

    /**
     * The step loop of {@link #run} for a replay: the same steps, with the traced particles'
     * paths recorded around each (kept apart so the usual run's loop stays as it is).
     *
     * @return how many particles are still aloft at the time limit
     */
    private int stepAllTraced(State st, int active, int first, int count, boolean layered, boolean hasH,
                              boolean hasW, RandomStream rng, double[] outE, double[] outN, double[] outT) {
        for (int a = 0; a < count; a++) {
            recorder.begin(first + a, st.t0[a] - st.tOff[a], st.t0[a]);
        }
        Traced traced = new Traced(first, count, st, active);
        int aloft = active;
        for (int step = 0; step < maxSteps && aloft > 0; step++) {
            if ((step & CANCEL_CHECK_MASK) == 0 && monitor.isCancelled()) {
                throw new CancelledException();
            }
            double tau = step * dtS;
            traced.before(st, outT);
            aloft = layered ? stepBoundaryLayer(st, aloft, tau, first, rng, outE, outN, outT)
                    : stepConstant(st, aloft, tau, first, hasH, hasW, rng, outE, outN, outT);
            traced.after(st, tau, outE, outN, outT);
        }
        return aloft;
    }

    /**
     * The chunk's particles a replay traces, followed from outside the step loops (which stay as
     * they are for the usual run): their positions before each step, and after it either their
     * new positions or, for one that landed in the step, where and when it landed.
     */
    private final class Traced {
        private final int first;
        private final int[] positions;
        private final boolean[] aloft;
        private final double[] x;
        private final double[] y;
        private final double[] z;

        Traced(int first, int count, State st, int active) {
            this.first = first;
            int n = 0;
            int[] all = new int[count];
            for (int k = 0; k < active; k++) {
                int a = st.active[k];
                if (recorder.traced(first + a)) {
                    all[n++] = a;
                }
            }
            positions = java.util.Arrays.copyOf(all, n);
            aloft = new boolean[n];
            java.util.Arrays.fill(aloft, true);
            x = new double[n];
            y = new double[n];
            z = new double[n];
        }

        void before(State st, double[] outFallS) {
            for (int k = 0; k < positions.length; k++) {
                if (aloft[k]) {
                    int a = positions[k];
                    x[k] = st.x[a];
                    y[k] = st.y[a];
                    z[k] = st.z[a];
                    // a landing in this step writes its fall time here
                    outFallS[first + a] = Double.NaN;
                }
            }
        }

        void after(State st, double tau, double[] outE, double[] outN, double[] outFallS) {
            for (int k = 0; k < positions.length; k++) {
                if (!aloft[k]) {
                    continue;
                }
                int a = positions[k];
                int i = first + a;
                double t = st.t0[a] + tau;
                if (!Double.isNaN(outFallS[i])) {
                    // landed in this step: at its fall time after leaving the aircraft
                    double landS = st.t0[a] - st.tOff[a] + outFallS[i];
                    recorder.segment(i, t, x[k], y[k], z[k], landS, outE[i], outN[i], groundMslM);
                    aloft[k] = false;
                } else {
                    recorder.segment(i, t, x[k], y[k], z[k], t + dtS, st.x[a], st.y[a], st.z[a]);
                }
            }
        }
    }

    /** Structure-of-arrays state of a chunk's particles, indexed by position in the chunk. */
    private static final class State {
        final double[] x;
        final double[] y;
        final double[] z;
        final double[] k;
        final double[] t0;
        final double[] tOff;
        final double[] xu;
        final double[] xv;
        final double[] xw;
        /** Chunk positions of the particles still aloft, in particle order. */
        final int[] active;
        /** Normal draws for one step: three per particle aloft. */
        final double[] noise;

        State(int n) {
            x = new double[n];
            y = new double[n];
            z = new double[n];
            k = new double[n];
            t0 = new double[n];
            tOff = new double[n];
            xu = new double[n];
            xv = new double[n];
            xw = new double[n];
            active = new int[n];
            noise = new double[3 * n];
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

    /**
     * One step of every particle aloft, with no turbulence or constant sigmas (the benchmark's and
     * validation's path). The particles of a step are independent, so the processor overlaps
     * them; a particle's own steps form a dependency chain it could not overlap.
     *
     * <p>With constant sigmas the horizontal fluctuations u' and v' are Ornstein-Uhlenbeck
     * processes that depend on nothing the particle does (not its height, not its position), so
     * their contribution to the landing point is exactly a normal displacement with Taylor's
     * variance for the particle's fall time (PHYSICS.md section 5). It is drawn once, at landing,
     * rather than summed step by step: the same model solved exactly, without the Euler error, and
     * two random draws per particle instead of two per step. The vertical fluctuation changes the
     * fall itself and is stepped.
     *
     * @return how many particles are still aloft (compacted to the front of {@code st.active})
     */
    private int stepConstant(State st, int active, double tau, int first, boolean hasH, boolean hasW,
                             RandomStream rng, double[] outE, double[] outN, double[] outT) {
        double sigH = turbulence.sigmaAlongMps(0);
        double tlH = turbulence.lagrangianTimeHorizontalS();
        double sigW = turbulence.sigmaVerticalMps(0);
        double rW = StrictMath.exp(-dtS / turbulence.lagrangianTimeVerticalS());
        double cW = Math.sqrt(1 - rW * rW);
        double g = groundMslM;
        double dt = dtS;
        double[] wind = new double[3];
        int[] ids = st.active;
        int kept = 0;
        double[] noise = st.noise;
        if (hasW) {
            rng.fillGaussian(noise, active);
        }
        for (int n = 0; n < active; n++) {
            int a = ids[n];
            double z = st.z[a];
            airAt(z, st.t0[a] + tau, wind);
            double u = wind[1];
            double v = wind[2];
            double dz = (st.k[a] * wind[0] - sigW * st.xw[a]) * dt;
            if (dz > 0 && z - dz <= g) {
                double frac = (z - g) / dz;
                double x = st.x[a] + frac * u * dt;
                double y = st.y[a] + frac * v * dt;
                if (hasH) {
                    double spread = TurbulenceProfile.taylorSpreadM(sigH, tlH, tau + frac * dt);
                    x += spread * rng.nextGaussian();
                    y += spread * rng.nextGaussian();
                }
                land(first + a, x, y, st.tOff[a] + tau + frac * dt, outE, outN, outT);
                continue;
            }
            st.z[a] = z - dz;
            st.x[a] += u * dt;
            st.y[a] += v * dt;
            if (hasW) {
                st.xw[a] = rW * st.xw[a] + cW * noise[n];
            }
            ids[kept++] = a;
        }
        return kept;
    }

    /**
     * One step with boundary-layer turbulence: sigmas vary with height and the horizontal ones are
     * along and across the local mean wind (their mean for both below 0.5 m/s of wind). Velocities
     * are carried normalised by their sigma; the vertical one gets the well-mixed drift
     * T_L (1 - R) dsigma_w/dz (HYSPLIT; Thomson 1987) so particles do not collect where
     * turbulence is weak.
     */
    private int stepBoundaryLayer(State st, int active, double tau, int first, RandomStream rng, double[] outE,
                                  double[] outN, double[] outT) {
        double tlW = turbulence.lagrangianTimeVerticalS();
        double rH = StrictMath.exp(-dtS / turbulence.lagrangianTimeHorizontalS());
        double cH = Math.sqrt(1 - rH * rH);
        double rW = StrictMath.exp(-dtS / tlW);
        double cW = Math.sqrt(1 - rW * rW);
        double driftW = tlW * (1 - rW);
        double g = groundMslM;
        double dt = dtS;
        double[] wind = new double[3];
        double[] sig = new double[4];
        int[] ids = st.active;
        int kept = 0;
        double[] noise = st.noise;
        rng.fillGaussian(noise, 3 * active);
        for (int n = 0; n < active; n++) {
            int a = ids[n];
            double z = st.z[a];
            airAt(z, st.t0[a] + tau, wind);
            sigmas(z, sig);
            double f = wind[0];
            double um = wind[1];
            double vm = wind[2];
            double sa = sig[0];
            double sc = sig[1];
            double sw = sig[2];
            double dsw = sig[3];
            double speed = Math.sqrt(um * um + vm * vm);
            double up;
            double vp;
            if (speed >= 0.5) {
                double eu = um / speed;
                double ev = vm / speed;
                double along = sa * st.xu[a];
                double cross = sc * st.xv[a];
                up = along * eu - cross * ev;
                vp = along * ev + cross * eu;
            } else {
                double mean = 0.5 * (sa + sc);
                up = mean * st.xu[a];
                vp = mean * st.xv[a];
            }
            double u = um + up;
            double v = vm + vp;
            double dz = (st.k[a] * f - sw * st.xw[a]) * dt;
            if (dz > 0 && z - dz <= g) {
                double frac = (z - g) / dz;
                land(first + a, st.x[a] + frac * u * dt, st.y[a] + frac * v * dt, st.tOff[a] + tau + frac * dt,
                        outE, outN, outT);
                continue;
            }
            st.z[a] = z - dz;
            st.x[a] += u * dt;
            st.y[a] += v * dt;
            st.xu[a] = rH * st.xu[a] + cH * noise[3 * n];
            st.xv[a] = rH * st.xv[a] + cH * noise[3 * n + 1];
            st.xw[a] = rW * st.xw[a] + cW * noise[3 * n + 2] + driftW * dsw;
            ids[kept++] = a;
        }
        return kept;
    }

    private static void land(int i, double x, double y, double t, double[] outE, double[] outN, double[] outT) {
        outE[i] = x;
        outN[i] = y;
        outT[i] = t;
    }

    /**
     * Descent factor and wind {f, u, v} at a height and absolute time: small enough to be inlined
     * into the step loops for the common case of steady air on the grid, the rest in {@link #air}.
     */
    private void airAt(double z, double timeS, double[] out) {
        double pos = (z - table.baseM) * (1 / AirTable.STEP_M);
        int j = (int) pos;
        if (steadyTable != null && pos >= 0 && j < table.nodes - 1) {
            double fr = pos - j;
            double[] t = steadyTable;
            int c = 3 * j;
            out[0] = t[c] + fr * (t[c + 3] - t[c]);
            out[1] = t[c + 1] + fr * (t[c + 4] - t[c + 1]);
            out[2] = t[c + 2] + fr * (t[c + 5] - t[c + 2]);
        } else {
            air(z, timeS, out);
        }
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
