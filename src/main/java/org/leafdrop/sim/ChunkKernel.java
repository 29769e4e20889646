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
 *
 * <p>With boundary-layer turbulence, particles well above the mixing height (in the homogeneous
 * layer, where the sigmas no longer change with height) take long steps of about 16 s with their
 * turbulence drawn exactly, and their horizontal walk is drawn whole when they leave the layer
 * ({@link #stepHomogeneous}); docs/model.md section 7 and HomogeneousLayerTest.
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
    /**
     * Lowest height (m MSL) from which the boundary-layer sigmas are the free troposphere's, the
     * same at every height above (the homogeneous layer), or +infinity when there is none.
     */
    private final double homogeneousFromMslM;
    /**
     * Lowest height (m MSL) a long step may reach: a metre above the homogeneous layer's floor and
     * the ground, so the mixed layer and the landing are always taken in time steps.
     */
    private final double longStepFloorMslM;
    /** The horizontal and vertical sigmas in the homogeneous layer (m/s). */
    private final double freeSigmaHMps;
    private final double freeSigmaWMps;
    /** Time steps in one long step of the homogeneous layer (see {@link #stepHomogeneous}). */
    private final int longSteps;
    /** {@link #ouSums} of the vertical velocity over {@link #longSteps} steps. */
    private final double[] verticalSums;
    /** Length (s) of a long step: about this long, a whole number of time steps. */
    static final double LONG_STEP_S = 16;

    /**
     * @param exactAboveMixingHeight whether the horizontal walk in the homogeneous layer above the
     *                               mixing height is drawn exactly (the engine's way) or stepped
     *                               like the rest (for the test that shows the two agree)
     */
    ChunkKernel(Scenario scenario, PreparedSortie sortie, AirTable table, double dtS, int particles,
                ProgressMonitor monitor, PathRecorder recorder, boolean exactAboveMixingHeight) {
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
        int j = homogeneousNode(table);
        homogeneousFromMslM = j < table.nodes && exactAboveMixingHeight ? table.baseM + j * AirTable.STEP_M
                : Double.POSITIVE_INFINITY;
        longStepFloorMslM = Math.max(homogeneousFromMslM, groundMslM) + 1;
        freeSigmaHMps = j < table.nodes ? table.sigma[4 * j] : 0;
        freeSigmaWMps = j < table.nodes ? table.sigma[4 * j + 2] : 0;
        longSteps = (int) Math.max(1, Math.round(LONG_STEP_S / dtS));
        verticalSums = ouSums(-dtS / turbulence.lagrangianTimeVerticalS(), longSteps);
    }

    /**
     * The lowest node of the table from which every node up has the free troposphere's sigmas:
     * along = cross, the vertical one, and no vertical gradient. The boundary-layer sigmas fall
     * with height, so once they are at or below the free ones they stay there all the way up, off
     * the table too. {@code table.nodes} when there is no such node (no boundary-layer model, or
     * the table ends below the height where the sigmas reach the free ones).
     */
    static int homogeneousNode(AirTable table) {
        double[] t = table.sigma;
        if (t == null) {
            return table.nodes;
        }
        int top = table.nodes - 1;
        double h = t[4 * top];
        double w = t[4 * top + 2];
        if (t[4 * top + 1] != h || t[4 * top + 3] != 0) {
            return table.nodes;
        }
        int j = top;
        while (j > 0 && t[4 * (j - 1)] == h && t[4 * (j - 1) + 1] == h && t[4 * (j - 1) + 2] == w
                && t[4 * (j - 1) + 3] == 0) {
            j--;
        }
        return j;
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
            // (the constant model draws its horizontal walk at landing instead, see stepConstant;
            // in the homogeneous layer the two are east and north, elsewhere along and across the wind)
            st.xu[a] = layered ? rng.nextGaussian() : 0;
            st.xv[a] = layered ? rng.nextGaussian() : 0;
            st.xw[a] = hasW ? rng.nextGaussian() : 0;
            if (start[2] <= groundMslM) {
                land(i, start[0], start[1], start[4], outEastM, outNorthM, outFallS);
            } else if (layered && start[2] - longStepDropM(st.k[a] * table.exactFactor(start[2]), st.xw[a])
                    > longStepFloorMslM) {
                st.since[a] = 0;
                st.homog[st.inHomog++] = a;
            } else {
                st.since[a] = hasH && !layered ? 0 : -1;
                st.active[st.stepped++] = a;
            }
        }
        if (recorder != null) {
            stepAllTraced(st, first, count, layered, hasH, hasW, rng, outEastM, outNorthM, outFallS);
        } else {
            for (int step = 0; step < maxSteps && st.aloft() > 0; step++) {
                if ((step & CANCEL_CHECK_MASK) == 0 && monitor.isCancelled()) {
                    throw new CancelledException();
                }
                step(st, step, first, layered, hasH, hasW, rng, outEastM, outNorthM, outFallS);
            }
        }
        for (int a = 0; a < st.stepped; a++) {
            land(first + st.active[a], Double.NaN, Double.NaN, Double.NaN, outEastM, outNorthM, outFallS);
        }
        for (int a = 0; a < st.inHomog; a++) {
            land(first + st.homog[a], Double.NaN, Double.NaN, Double.NaN, outEastM, outNorthM, outFallS);
        }
    }

    /** One time step of every particle aloft. */
    private void step(State st, int step, int first, boolean layered, boolean hasH, boolean hasW, RandomStream rng,
                      double[] outE, double[] outN, double[] outT) {
        if (layered) {
            stepBoundaryLayer(st, step, first, rng, outE, outN, outT);
        } else {
            st.stepped = stepConstant(st, st.stepped, step * dtS, first, hasH, hasW, rng, outE, outN, outT);
        }
    }

    /**
     * The step loop of {@link #run} for a replay: the same steps, with the traced particles'
     * paths recorded around each (kept apart so the usual run's loop stays as it is).
     */
    private void stepAllTraced(State st, int first, int count, boolean layered, boolean hasH, boolean hasW,
                               RandomStream rng, double[] outE, double[] outN, double[] outT) {
        for (int a = 0; a < count; a++) {
            recorder.begin(first + a, st.t0[a] - st.tOff[a], st.t0[a]);
        }
        Traced traced = new Traced(first, count, st);
        for (int step = 0; step < maxSteps && st.aloft() > 0; step++) {
            if ((step & CANCEL_CHECK_MASK) == 0 && monitor.isCancelled()) {
                throw new CancelledException();
            }
            double tau = step * dtS;
            traced.before(st, outT);
            step(st, step, first, layered, hasH, hasW, rng, outE, outN, outT);
            int longStep = !layered ? 1 : step % longSteps == 0 ? longSteps : 0;
            traced.after(st, tau, longStep, outE, outN, outT);
        }
    }

    /**
     * The chunk's particles a replay traces, followed from outside the step loops (which stay as
     * they are for the usual run): their positions before each step, and after it either their
     * new positions or, for one that landed in the step, where and when it landed. A horizontal
     * walk drawn whole at the end of a stretch (the homogeneous layer's, the constant model's) is
     * spread over the frames of that stretch, growing evenly with time.
     */
    private final class Traced {
        private final int first;
        private final int[] positions;
        private final boolean[] aloft;
        private final double[] x;
        private final double[] y;
        private final double[] z;
        private final int[] since;

        Traced(int first, int count, State st) {
            this.first = first;
            int n = 0;
            int[] all = new int[count];
            for (int k = 0; k < st.aloft(); k++) {
                int a = k < st.stepped ? st.active[k] : st.homog[k - st.stepped];
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
            since = new int[n];
        }

        void before(State st, double[] outFallS) {
            for (int k = 0; k < positions.length; k++) {
                if (aloft[k]) {
                    int a = positions[k];
                    x[k] = st.x[a];
                    y[k] = st.y[a];
                    z[k] = st.z[a];
                    since[k] = st.since[a];
                    // a landing in this step writes its fall time here
                    outFallS[first + a] = Double.NaN;
                }
            }
        }

        /**
         * @param longStep time steps the particles that stayed in the homogeneous layer took in
         *                 this step: a long step or none
         */
        void after(State st, double tau, int longStep, double[] outE, double[] outN, double[] outFallS) {
            for (int k = 0; k < positions.length; k++) {
                if (!aloft[k]) {
                    continue;
                }
                int a = positions[k];
                int i = first + a;
                double t = st.t0[a] + tau;
                boolean landed = !Double.isNaN(outFallS[i]);
                double x0 = x[k];
                double y0 = y[k];
                if (since[k] >= 0 && (landed || st.since[a] != since[k])) {
                    // the walk of the stretch since step since[k] was drawn in this step
                    recorder.ramp(i, st.t0[a] + since[k] * dtS, t, st.jumpX[a], st.jumpY[a]);
                    x0 += st.jumpX[a];
                    y0 += st.jumpY[a];
                }
                if (landed) {
                    // at its fall time after leaving the aircraft
                    double landS = st.t0[a] - st.tOff[a] + outFallS[i];
                    recorder.segment(i, t, x0, y0, z[k], landS, outE[i], outN[i], groundMslM);
                    aloft[k] = false;
                } else {
                    // a particle still in the homogeneous layer moved a long step or not at all
                    int moved = since[k] >= 0 && st.since[a] == since[k] ? longStep : 1;
                    if (moved > 0) {
                        recorder.segment(i, t, x0, y0, z[k], t + moved * dtS, st.x[a], st.y[a], st.z[a]);
                    }
                }
            }
        }
    }

    /**
     * Structure-of-arrays state of a chunk's particles, indexed by position in the chunk. The
     * particles aloft are in two lists: those stepped in full, and those in the homogeneous layer
     * above the mixing height, whose horizontal walk is drawn when they leave it.
     */
    private static final class State {
        final double[] x;
        final double[] y;
        final double[] z;
        final double[] k;
        final double[] t0;
        final double[] tOff;
        /** Normalised turbulent velocities: along and across the wind, or east and north in the homogeneous layer. */
        final double[] xu;
        final double[] xv;
        final double[] xw;
        /** Chunk positions of the particles stepped in full, {@link #stepped} of them. */
        final int[] active;
        int stepped;
        /** Chunk positions of the particles in the homogeneous layer, {@link #inHomog} of them. */
        final int[] homog;
        int inHomog;
        /** The step from which a particle's horizontal walk is still to be drawn, or -1 when it is stepped. */
        final int[] since;
        /** The walk (m) last drawn for a particle, for a replay's path. */
        final double[] jumpX;
        final double[] jumpY;
        /** Normal draws for one step: up to three per particle aloft. */
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
            homog = new int[n];
            since = new int[n];
            jumpX = new double[n];
            jumpY = new double[n];
            noise = new double[3 * n];
        }

        int aloft() {
            return stepped + inHomog;
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
                    double jx = spread * rng.nextGaussian();
                    double jy = spread * rng.nextGaussian();
                    x += jx;
                    y += jy;
                    st.jumpX[a] = jx;
                    st.jumpY[a] = jy;
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
     * One step with boundary-layer turbulence: every {@link #longSteps} steps the particles in the
     * homogeneous layer above the mixing height take a long step (see {@link #stepHomogeneous}),
     * then the ones stepped in full take a time step; those that leave the homogeneous layer join
     * them first, and those that reach it far enough up join it for the next long step.
     */
    private void stepBoundaryLayer(State st, int step, int first, RandomStream rng, double[] outE, double[] outN,
                                   double[] outT) {
        if (st.inHomog > 0 && step % longSteps == 0) {
            st.stepped += stepHomogeneous(st, step, first, rng, outE, outN, outT);
        }
        if (st.stepped > 0) {
            st.stepped = stepTurbulent(st, st.stepped, step, first, (step + 1) % longSteps == 0, rng, outE, outN,
                    outT);
        }
    }

    /**
     * How far (m) a particle may fall in a long step, bounding its turbulent velocity by
     * |X| + 7 sigma: a particle this far above the homogeneous layer's floor (and the ground)
     * stays in the layer for the whole step.
     */
    private double longStepDropM(double descentMps, double xw) {
        return longSteps * dtS * (descentMps * 1.01 + freeSigmaWMps * (Math.abs(xw) + 7));
    }

    /**
     * One long step of {@link #longSteps} time steps for the particles well inside the homogeneous
     * layer, where the sigmas are the free troposphere's at every height.
     *
     * <p>The horizontal turbulent velocities are there an isotropic Ornstein-Uhlenbeck process that
     * depends on nothing the particle does, so (as in the constant model) their walk is not summed
     * step by step but drawn whole when the particle leaves the layer or lands ({@link #walk}):
     * exactly the distribution of the stepped sum. The vertical velocity is drawn the same way at
     * the end of the long step together with its sum over it (the same distribution as
     * {@code longSteps} stepped updates), which moves the particle. The mean descent and wind over
     * the long step are the stepped ones' mean: taken at the height the time steps would on
     * average have had (a predictor from the start's descent, then one lookup), exact for winds
     * and densities linear in height, which within some 15 m they are to well under a centimetre
     * per second.
     *
     * <p>A particle that could come within a long step's fall of the layer's floor (or the ground)
     * leaves the list before the step: its walk so far is drawn and it is stepped in full from
     * this step on, so it enters the mixed layer, and lands, with time steps. Those that leave
     * are written to {@code st.active} after its {@code st.stepped} entries.
     *
     * @return how many particles left the layer
     */
    private int stepHomogeneous(State st, int step, int first, RandomStream rng, double[] outE, double[] outN,
                                double[] outT) {
        double tau = step * dtS;
        int m = longSteps;
        double spanS = m * dtS;
        double qm = verticalSums[0];
        double aSum = verticalSums[1];
        double slope = verticalSums[2];
        double sdX = verticalSums[3];
        double sdS = verticalSums[4];
        double middle = (m - 1) / (2.0 * m);
        double sigWdt = freeSigmaWMps * dtS;
        double floor = longStepFloorMslM;
        double g = groundMslM;
        double[] wind = new double[3];
        int[] ids = st.homog;
        int count = st.inHomog;
        int kept = 0;
        int exits = 0;
        double[] noise = st.noise;
        rng.fillGaussian(noise, 2 * count);
        for (int n = 0; n < count; n++) {
            int a = ids[n];
            double z = st.z[a];
            double time = st.t0[a] + tau;
            airAt(z, time, wind);
            double k = st.k[a];
            double w0 = st.xw[a];
            if (z - longStepDropM(k * wind[0], w0) <= floor) {
                walk(st, a, step - st.since[a], 0, rng);
                st.since[a] = -1;
                turn(st, a, z, time, true);
                st.active[st.stepped + exits++] = a;
                continue;
            }
            double wm = qm * w0 + sdX * noise[2 * n];
            double sum = aSum * w0 + slope * (wm - qm * w0) + sdS * noise[2 * n + 1];
            double rise = sigWdt * sum;
            double predicted = z - k * wind[0] * spanS + rise;
            airAt(z + middle * (predicted - z), time + middle * spanS, wind);
            double zEnd = z - k * wind[0] * spanS + rise;
            if (zEnd <= g) {
                // beyond the 7-sigma bound (about 1e-12 per long step): land on the straight line
                double frac = (z - g) / (z - zEnd);
                int whole = (int) (frac * m);
                walk(st, a, step + whole - st.since[a], frac * m - whole, rng);
                land(first + a, st.x[a] + frac * wind[1] * spanS, st.y[a] + frac * wind[2] * spanS,
                        st.tOff[a] + tau + frac * spanS, outE, outN, outT);
                continue;
            }
            st.z[a] = zEnd;
            st.x[a] += wind[1] * spanS;
            st.y[a] += wind[2] * spanS;
            st.xw[a] = wm;
            ids[kept++] = a;
        }
        st.inHomog = kept;
        return exits;
    }

    /**
     * For a normalised Ornstein-Uhlenbeck velocity stepped as X(j+1) = q X(j) + sqrt(1 - q^2) n(j)
     * with ln q = {@code lnQ}: the end velocity X(m) and the sum S = X(0) + ... + X(m-1) are, given
     * X(0), jointly normal with E[X(m)] = q^m X(0), E[S] = A X(0), A = (1 - q^m) / (1 - q), and,
     * with B = (1 - q^2m) / (1 - q^2): Var X(m) = 1 - q^2m, Var S = (1 + q) / (1 - q) (m - 2A + B),
     * Cov = (1 + q) (A - B). Returns {q^m, A, Cov / Var X(m), sd X(m), sd of S given X(m)}, so
     * that X(m) = q^m X(0) + sd n1 and S = A X(0) + slope (X(m) - q^m X(0)) + sd' n2.
     */
    static double[] ouSums(double lnQ, int m) {
        double q = StrictMath.exp(lnQ);
        double qm = StrictMath.exp(m * lnQ);
        double aSum = StrictMath.expm1(m * lnQ) / StrictMath.expm1(lnQ);
        double bSum = StrictMath.expm1(2 * m * lnQ) / StrictMath.expm1(2 * lnQ);
        double varX = -StrictMath.expm1(2 * m * lnQ);
        double varS = (1 + q) / -StrictMath.expm1(lnQ) * (m - 2 * aSum + bSum);
        double cov = (1 + q) * (aSum - bSum);
        double slope = cov / varX;
        return new double[] {qm, aSum, slope, Math.sqrt(varX), Math.sqrt(Math.max(varS - cov * slope, 0))};
    }

    /**
     * Draws the horizontal walk of particle {@code a} over the {@code m} steps since it entered the
     * homogeneous layer, plus {@code frac} of the next step's (when it lands in that step), adds
     * it to the particle's position, and leaves its velocities for the next step in xu, xv. Stepped,
     * each normalised velocity moves the particle sigma dt X(j) in step j: the walk is sigma dt
     * times the sum S of {@link #ouSums}, drawn with the end velocity, four draws for both.
     */
    private void walk(State st, int a, int m, double frac, RandomStream rng) {
        double xe = st.xu[a];
        double xn = st.xv[a];
        double se = 0;
        double sn = 0;
        if (m > 0) {
            double[] c = ouSums(-dtS / turbulence.lagrangianTimeHorizontalS(), m);
            double ve = c[0] * xe + c[3] * rng.nextGaussian();
            se = c[1] * xe + c[2] * (ve - c[0] * xe) + c[4] * rng.nextGaussian();
            double vn = c[0] * xn + c[3] * rng.nextGaussian();
            sn = c[1] * xn + c[2] * (vn - c[0] * xn) + c[4] * rng.nextGaussian();
            xe = ve;
            xn = vn;
        }
        double scale = freeSigmaHMps * dtS;
        double dx = scale * (se + frac * xe);
        double dy = scale * (sn + frac * xn);
        st.x[a] += dx;
        st.y[a] += dy;
        st.jumpX[a] = dx;
        st.jumpY[a] = dy;
        st.xu[a] = xe;
        st.xv[a] = xn;
    }

    /**
     * Turns particle a's normalised horizontal velocities from east and north to along and across
     * the mean wind at height z (m MSL) and time (s), as a stepped particle carries them, or back
     * ({@code toAlongWind} false, for a particle entering the homogeneous layer); there the two
     * sigmas are equal, so this is a rotation. Below 0.5 m/s of wind stepping uses the sigmas'
     * mean for east and north, and nothing turns.
     */
    private void turn(State st, int a, double z, double timeS, boolean toAlongWind) {
        double[] wind = new double[3];
        airAt(z, timeS, wind);
        double speed = Math.sqrt(wind[1] * wind[1] + wind[2] * wind[2]);
        if (speed >= 0.5) {
            double eu = wind[1] / speed;
            double ev = (toAlongWind ? 1 : -1) * wind[2] / speed;
            double x0 = st.xu[a];
            double x1 = st.xv[a];
            st.xu[a] = x0 * eu + x1 * ev;
            st.xv[a] = -x0 * ev + x1 * eu;
        }
    }

    /**
     * One step of the particles stepped in full: sigmas vary with height and the horizontal ones
     * are along and across the local mean wind (their mean for both below 0.5 m/s of wind).
     * Velocities are carried normalised by their sigma; the vertical one gets the well-mixed drift
     * T_L (1 - R) dsigma_w/dz (HYSPLIT; Thomson 1987) so particles do not collect where
     * turbulence is weak. A particle that rises into the homogeneous layer moves to its list.
     *
     * @return how many particles stay in the stepped list (compacted to its front)
     */
    private int stepTurbulent(State st, int active, int step, int first, boolean toLongSteps, RandomStream rng,
                              double[] outE, double[] outN, double[] outT) {
        double tau = step * dtS;
        double tlW = turbulence.lagrangianTimeVerticalS();
        double rH = StrictMath.exp(-dtS / turbulence.lagrangianTimeHorizontalS());
        double cH = Math.sqrt(1 - rH * rH);
        double rW = StrictMath.exp(-dtS / tlW);
        double cW = Math.sqrt(1 - rW * rW);
        double driftW = tlW * (1 - rW);
        // particles join the long steps only when one starts next, and from well inside the layer
        double h = toLongSteps ? longStepFloorMslM : Double.POSITIVE_INFINITY;
        double g = groundMslM;
        double dt = dtS;
        double[] wind = new double[3];
        double[] sig = new double[4];
        double[] rot = new double[4];
        int[] ids = st.active;
        int kept = 0;
        double[] noise = st.noise;
        rng.fillGaussian(noise, 3 * active);
        // with a steady wind, one table lookup gives the air and the turbulence (AirTable.turbulent)
        double[] air = steadyTable;
        double[] turb = table.turbulent;
        double base = table.baseM;
        double lastCell = turb == null || air == null ? -1 : table.nodes - 1;
        for (int n = 0; n < active; n++) {
            int a = ids[n];
            double z = st.z[a];
            double pos = (z - base) * (1 / AirTable.STEP_M);
            double f;
            double um;
            double vm;
            double ca;
            double cb;
            double cc;
            double cd;
            double sw;
            double dsw;
            if (pos >= 0 && pos < lastCell) {
                int j = (int) pos;
                double fr = pos - j;
                int c = 3 * j;
                f = air[c] + fr * (air[c + 3] - air[c]);
                um = air[c + 1] + fr * (air[c + 4] - air[c + 1]);
                vm = air[c + 2] + fr * (air[c + 5] - air[c + 2]);
                int d = 6 * j;
                ca = turb[d] + fr * (turb[d + 6] - turb[d]);
                cb = turb[d + 1] + fr * (turb[d + 7] - turb[d + 1]);
                cc = turb[d + 2] + fr * (turb[d + 8] - turb[d + 2]);
                cd = turb[d + 3] + fr * (turb[d + 9] - turb[d + 3]);
                sw = turb[d + 4] + fr * (turb[d + 10] - turb[d + 4]);
                dsw = turb[d + 5] + fr * (turb[d + 11] - turb[d + 5]);
            } else {
                airAt(z, st.t0[a] + tau, wind);
                sigmas(z, sig);
                f = wind[0];
                um = wind[1];
                vm = wind[2];
                AirTable.rotation(um, vm, sig[0], sig[1], rot, 0);
                ca = rot[0];
                cb = rot[1];
                cc = rot[2];
                cd = rot[3];
                sw = sig[2];
                dsw = sig[3];
            }
            double xu = st.xu[a];
            double xv = st.xv[a];
            double u = um + ca * xu - cb * xv;
            double v = vm + cc * xu + cd * xv;
            double dz = (st.k[a] * f - sw * st.xw[a]) * dt;
            if (dz > 0 && z - dz <= g) {
                double frac = (z - g) / dz;
                land(first + a, st.x[a] + frac * u * dt, st.y[a] + frac * v * dt, st.tOff[a] + tau + frac * dt,
                        outE, outN, outT);
                continue;
            }
            double zNew = z - dz;
            st.z[a] = zNew;
            st.x[a] += u * dt;
            st.y[a] += v * dt;
            st.xu[a] = rH * xu + cH * noise[3 * n];
            st.xv[a] = rH * xv + cH * noise[3 * n + 1];
            st.xw[a] = rW * st.xw[a] + cW * noise[3 * n + 2] + driftW * dsw;
            if (zNew >= h && zNew - longStepDropM(st.k[a] * f, st.xw[a]) > h) {
                turn(st, a, zNew, st.t0[a] + tau + dt, false);
                st.since[a] = step + 1;
                st.homog[st.inHomog++] = a;
                continue;
            }
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
