package org.leafdrop.sim;

import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Monte Carlo particle engine (PHYSICS.md section 7). Particles of each sortie are cut into
 * fixed-size chunks; each chunk draws from its own random stream seeded by (seed, sortie, chunk),
 * never by thread, and writes its particles at their own indexes, so a seed gives identical
 * landings on any number of threads. Progress is reported per chunk; cancellation is checked
 * inside chunks and throws {@link CancelledException}. Thread-safe: runs share nothing mutable.
 */
public final class ParticleEngine {
    /** Particles per chunk (and per random stream). Changing it changes results for a seed. */
    public static final int CHUNK_PARTICLES = 1024;
    /** Particles in one run across all sorties; each needs 24 bytes of landing data. */
    public static final long MAX_TOTAL_PARTICLES = 50_000_000L;
    private final int threads;
    private final boolean exactAboveMixingHeight;

    /** An engine using {@code threads} worker threads (1 runs on the caller's thread). */
    public ParticleEngine(int threads) {
        this(threads, true);
    }

    /**
     * An engine that draws the horizontal walk above the mixing height exactly (the usual way) or
     * steps it like the rest (for the test that shows the two agree).
     */
    ParticleEngine(int threads, boolean exactAboveMixingHeight) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.exactAboveMixingHeight = exactAboveMixingHeight;
    }

    /** An engine with one thread per available processor. */
    public static ParticleEngine withAllProcessors() {
        return new ParticleEngine(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    /**
     * Simulates every sortie of the scenario.
     *
     * @param particlesPerSortie particles per sortie, 1 or more
     * @param seed               random seed; the same seed gives the same landings
     * @param timeStepS          particle time step (s)
     * @throws CancelledException when the monitor asks to stop
     */
    public SimulationRun run(Scenario scenario, int particlesPerSortie, long seed, double timeStepS,
                             ProgressMonitor monitor) {
        return runAll(scenario, particlesPerSortie, seed, timeStepS, monitor, null, 0).run();
    }

    /**
     * Simulates every sortie as {@link #run} does (the same landings for the same arguments) and
     * also records, for a replay, when each particle left the aircraft and where about
     * {@code tracedPerSortie} particles of each sortie are at every frame of the clock.
     *
     * @throws CancelledException when the monitor asks to stop
     */
    public TracedRun trace(Scenario scenario, int particlesPerSortie, long seed, double timeStepS, FrameClock clock,
                           int tracedPerSortie, ProgressMonitor monitor) {
        if (tracedPerSortie < 1) {
            throw new IllegalArgumentException("tracedPerSortie must be at least 1");
        }
        return runAll(scenario, particlesPerSortie, seed, timeStepS, monitor, java.util.Objects.requireNonNull(clock),
                tracedPerSortie);
    }

    private TracedRun runAll(Scenario scenario, int particlesPerSortie, long seed, double timeStepS,
                             ProgressMonitor monitor, FrameClock clock, int tracedPerSortie) {
        if (particlesPerSortie < 1) {
            throw new IllegalArgumentException("particlesPerSortie must be at least 1");
        }
        if (!fitsInOneRun(scenario.sorties().size(), particlesPerSortie)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%,d particles per sortie x %d sorties is more than the %,d particles one run can hold",
                    particlesPerSortie, scenario.sorties().size(), MAX_TOTAL_PARTICLES));
        }
        checkStepCount(scenario, timeStepS);
        AirTable table = new AirTable(scenario.atmosphere(), scenario.wind(), scenario.turbulence(),
                scenario.groundMslM(), topOfAir(scenario));
        int n = particlesPerSortie;
        int sortieCount = scenario.sorties().size();
        double[][] east = new double[sortieCount][n];
        double[][] north = new double[sortieCount][n];
        double[][] fall = new double[sortieCount][n];
        PathRecorder[] recorders = new PathRecorder[sortieCount];
        List<Callable<Void>> tasks = new ArrayList<>();
        int chunks = (n + CHUNK_PARTICLES - 1) / CHUNK_PARTICLES;
        for (PreparedSortie ps : scenario.sorties()) {
            int s = ps.index();
            if (clock != null) {
                recorders[s] = new PathRecorder(clock, n, tracedPerSortie);
            }
            ChunkKernel kernel = new ChunkKernel(scenario, ps, table, timeStepS, n, monitor, recorders[s],
                    exactAboveMixingHeight);
            for (int c = 0; c < chunks; c++) {
                int first = c * CHUNK_PARTICLES;
                int count = Math.min(CHUNK_PARTICLES, n - first);
                long streamSeed = Seeds.mix(seed, s, c);
                tasks.add(() -> {
                    if (monitor.isCancelled()) {
                        throw new CancelledException();
                    }
                    kernel.run(first, count, new RandomStream(streamSeed), east[s], north[s], fall[s]);
                    monitor.worked(count);
                    return null;
                });
            }
        }
        monitor.begin("Simulating " + sortieCount + " sorties x " + n + " particles", (long) n * sortieCount);
        try {
            execute(tasks);
        } finally {
            monitor.done();
        }
        List<SortieLandings> out = new ArrayList<>(sortieCount);
        for (PreparedSortie ps : scenario.sorties()) {
            double[] rc = ps.track().centroid();
            out.add(landed(ps, n, rc, east[ps.index()], north[ps.index()], fall[ps.index()]));
        }
        SimulationRun run = new SimulationRun(scenario.frame(), seed, n, out);
        if (clock == null) {
            return new TracedRun(run, null, List.of(), List.of());
        }
        List<double[]> landingTimes = new ArrayList<>(sortieCount);
        List<TracedRun.Paths> paths = new ArrayList<>(sortieCount);
        for (PreparedSortie ps : scenario.sorties()) {
            int s = ps.index();
            landingTimes.add(landingTimes(recorders[s].leftAircraftS, fall[s]));
            paths.add(new TracedRun.Paths(recorders[s].paths, recorders[s].firstFrame, recorders[s].frames,
                    recorders[s].stride()));
        }
        return new TracedRun(run, clock, landingTimes, paths);
    }

    /** Absolute landing times of the landed particles, in the order {@link #landed} keeps them. */
    private static double[] landingTimes(double[] leftAircraftS, double[] fallS) {
        int landed = 0;
        for (double f : fallS) {
            if (!Double.isNaN(f)) {
                landed++;
            }
        }
        double[] out = new double[landed];
        int j = 0;
        for (int i = 0; i < fallS.length; i++) {
            if (!Double.isNaN(fallS[i])) {
                out[j++] = leftAircraftS[i] + fallS[i];
            }
        }
        return out;
    }

    /** True when one run can hold this many particles ({@link #MAX_TOTAL_PARTICLES} in all). */
    public static boolean fitsInOneRun(int sorties, int particlesPerSortie) {
        return (long) particlesPerSortie * sorties <= MAX_TOTAL_PARTICLES;
    }

    /**
     * Memory (bytes) a run holds at its peak: east, north and fall time per particle, plus the
     * copies made when some particles stay aloft and by the statistics afterwards.
     */
    public static long bytesNeeded(int sorties, int particlesPerSortie) {
        return (long) sorties * particlesPerSortie * 3 * Double.BYTES * 2 + 64L * 1024 * 1024;
    }

    /** Refuses a time step so short that a sortie's fall would take more steps than a particle may. */
    private static void checkStepCount(Scenario scenario, double timeStepS) {
        DirectIntegrator di = DirectIntegrator.of(scenario);
        for (PreparedSortie ps : scenario.sorties()) {
            double start = ps.usesStores() ? ps.openings().get(0).hMslM() : ps.releaseMslM();
            double fallS = di.fall(ps.leaflet().descentRateMps(), start, scenario.groundMslM(), ps.releaseTimeS())
                    .fallTimeS();
            double steps = fallS / timeStepS;
            if (steps > ChunkKernel.MAX_STEPS / 2.0) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "sortie %s falls for about %.0f s: a time step of %s s makes %,.0f steps per leaflet, more "
                                + "than the %,d a particle may take; use a longer timeStepS", ps.id(), fallS,
                        timeStepS, steps, ChunkKernel.MAX_STEPS / 2));
            }
        }
    }

    private static SortieLandings landed(PreparedSortie ps, int n, double[] rc, double[] e, double[] no, double[] t) {
        int landed = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(e[i])) {
                landed++;
            }
        }
        if (landed == n) {
            return new SortieLandings(ps.id(), ps.leaflets(), n, rc[0], rc[1], e, no, t);
        }
        double[] e2 = new double[landed];
        double[] n2 = new double[landed];
        double[] t2 = new double[landed];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(e[i])) {
                e2[j] = e[i];
                n2[j] = no[i];
                t2[j] = t[i];
                j++;
            }
        }
        return new SortieLandings(ps.id(), ps.leaflets(), n, rc[0], rc[1], e2, n2, t2);
    }

    /** Highest air a particle may reach: the highest release, plus room for vertical turbulence. */
    private static double topOfAir(Scenario scenario) {
        double top = scenario.sorties().stream().mapToDouble(PreparedSortie::releaseMslM).max()
                .orElse(scenario.groundMslM());
        double sigmaW = Math.max(scenario.turbulence().sigmaVerticalMps(0),
                scenario.turbulence().sigmaVerticalMps(top - scenario.groundMslM()));
        double headroom = sigmaW > 0 ? Math.min(2000, 20 * sigmaW * scenario.turbulence().lagrangianTimeVerticalS()) : 0;
        return top + 50 + headroom;
    }

    private void execute(List<Callable<Void>> tasks) {
        if (threads == 1 || tasks.size() == 1) {
            try {
                for (Callable<Void> t : tasks) {
                    t.call();
                }
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread th = new Thread(r, "leafdrop-engine-" + names.incrementAndGet());
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> t : tasks) {
                futures.add(pool.submit(t));
            }
            for (Future<Void> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    futures.forEach(x -> x.cancel(true));
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    futures.forEach(x -> x.cancel(true));
                    throw new CancelledException();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
