package org.leafdrop.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leafdrop.coverage.AreaCounter;
import org.leafdrop.coverage.CumulativeDensity;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Target;
import org.leafdrop.render.ReplayPainter;
import org.leafdrop.sim.DirectIntegrator;
import org.leafdrop.sim.FrameClock;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.PreparedSortie;
import org.leafdrop.sim.ProgressMonitor;
import org.leafdrop.sim.Scenario;
import org.leafdrop.sim.SortieLandings;
import org.leafdrop.sim.TracedRun;

/**
 * A past campaign replayed in time: one Monte Carlo run of the plan (the same landings as
 * {@code leafdrop simulate} with the same seed and particles) that also records the paths of some
 * particles of every sortie at evenly spaced frames, and when each particle landed. From it: the
 * sorties in time order (the timeline), the leaflet clouds aloft at any frame, the density on the
 * ground built up to any time, and the leaflets landed in each target by any time. Immutable once
 * built; thread-safe.
 */
public final class CampaignReplay {
    /** Traced particles per sortie unless asked otherwise: enough to draw a cloud. */
    public static final int DEFAULT_TRACED_PER_SORTIE = 600;
    /** About this many frames cover the longest fall. */
    static final int FRAMES_PER_FALL = 120;
    static final double MIN_FRAME_STEP_S = 2;
    static final double MAX_FRAME_STEP_S = 120;
    /** Frames of the clock at most (only the active ones cost memory): years of campaign at 13 s. */
    static final int MAX_FRAMES = 5_000_000;

    /**
     * One sortie on the timeline: when its release starts and ends (stores: the last store leaves
     * the aircraft), and when its first and last simulated leaflets land (absolute s).
     */
    public record SortieSpan(int sortieIndex, String sortieId, double releaseStartS, double releaseEndS,
                             double firstLandingS, double lastLandingS) {
        /** Start of the span: the release, or the first landing if that was earlier. */
        public double startS() {
            return Math.min(releaseStartS, firstLandingS);
        }

        public double endS() {
            return Double.isFinite(lastLandingS) ? Math.max(releaseEndS, lastLandingS) : releaseEndS;
        }
    }

    private final PlanSimulator.Simulated simulated;
    private final TracedRun traced;
    private final CumulativeDensity density;
    private final List<SortieSpan> timeline;
    private final int[] activeFrames;
    private final List<AreaLandings> targets;
    /** Every landed particle's landing time, and every particle's release time, with its leaflets. */
    private final AreaLandings landed;
    private final AreaLandings released;

    private CampaignReplay(PlanSimulator.Simulated simulated, TracedRun traced) {
        this.simulated = simulated;
        this.traced = traced;
        Plan plan = simulated.plan();
        this.density = new CumulativeDensity(traced, plan.simulation().gridCellM());
        this.timeline = spans(simulated.scenario(), traced, density);
        this.activeFrames = activeFrames(traced.clock(), timeline);
        List<AreaLandings> t = new ArrayList<>();
        for (Target target : plan.targets()) {
            AreaCounter area = AreaCounter.of(target.geometry(), simulated.scenario().frame());
            t.add(AreaLandings.of(area::contains, traced));
        }
        this.targets = List.copyOf(t);
        this.landed = AreaLandings.of((e, n) -> true, traced);
        this.released = AreaLandings.released(traced, timeline);
    }

    /**
     * Replays a plan: runs it with the plan's time step, recording paths for the replay.
     *
     * @param tracedPerSortie particles per sortie whose paths are kept for drawing
     * @throws IllegalArgumentException when the plan cannot be simulated (the message says why)
     * @throws org.leafdrop.sim.CancelledException when the monitor asks to stop
     */
    public static CampaignReplay run(Scenario scenario, int particlesPerSortie, long seed, int threads,
                                     int tracedPerSortie, List<String> planWarnings, String version,
                                     ProgressMonitor monitor) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        FrameClock clock = clockFor(scenario);
        TracedRun traced = new ParticleEngine(threads).trace(scenario, particlesPerSortie, seed,
                scenario.plan().simulation().timeStepS(), clock, tracedPerSortie, monitor);
        PlanSimulator.Simulated simulated = PlanSimulator.assemble(scenario, traced.run(), threads, planWarnings,
                version, started, (System.nanoTime() - t0) / 1_000_000);
        return new CampaignReplay(simulated, traced);
    }

    /**
     * Why a plan cannot be replayed, or empty when it can: a replay shows the sorties in time
     * order, so every sortie needs its {@code releaseTimeUtc} (one without would be placed at the
     * winds' time, or at 1970).
     */
    public static Optional<String> whyNotReplayable(Plan plan) {
        if (plan.sorties().isEmpty()) {
            return Optional.of("the plan has no sorties to replay");
        }
        List<String> missing = plan.sorties().stream().filter(s -> s.releaseTimeUtc().isEmpty())
                .map(org.leafdrop.model.Sortie::id).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String how = ": a replay shows the sorties in time order, so give each its release time (e.g. "
                + "\"releaseTimeUtc\": \"2016-10-15T22:30:00Z\")";
        return Optional.of(missing.size() == plan.sorties().size() ? "no sortie has a releaseTimeUtc" + how
                : (missing.size() == 1 ? "sortie " : "sorties ") + String.join(", ", missing)
                        + (missing.size() == 1 ? " has" : " have") + " no releaseTimeUtc" + how);
    }

    /** Replays a plan with its own particles and seed (what the window shows and exports). */
    public static CampaignReplay ofPlan(Plan plan, int threads, ProgressMonitor monitor) {
        return run(Scenario.prepare(plan), plan.simulation().particlesPerSortie(), plan.simulation().seed(), threads,
                DEFAULT_TRACED_PER_SORTIE, List.of(), org.leafdrop.io.ProgramVersion.current(), monitor);
    }

    /**
     * The frames of a scenario's replay: from the first release, every {@code step} seconds, where
     * the step makes about {@link #FRAMES_PER_FALL} frames of the longest mean fall (2 s to 2 min),
     * until well after the slowest leaflets of the last sortie could have landed.
     */
    static FrameClock clockFor(Scenario scenario) {
        DirectIntegrator di = DirectIntegrator.of(scenario);
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        double longestFall = 0;
        for (PreparedSortie ps : scenario.sorties()) {
            double w0 = ps.leaflet().descentRateMps();
            double slowest = w0 * Math.max(1 - 3 * ps.leaflet().descentSpreadFraction(), 0.2);
            double start = ps.releaseTimeS();
            double end = releaseEndS(ps);
            double height = ps.usesStores() ? ps.openings().get(0).hMslM() : ps.releaseMslM();
            double tof = ps.usesStores() ? ps.openings().get(0).timeOfFlightS() : 0;
            double mean = di.fall(w0, height, scenario.groundMslM(), start).fallTimeS();
            double slow = di.fall(slowest, height, scenario.groundMslM(), start).fallTimeS();
            longestFall = Math.max(longestFall, mean + tof);
            first = Math.min(first, start);
            last = Math.max(last, end + tof + 1.5 * slow + 600);
        }
        double step = Math.max(MIN_FRAME_STEP_S, Math.min(MAX_FRAME_STEP_S, Math.rint(longestFall / FRAMES_PER_FALL)));
        // a campaign over months keeps every sortie on the clock, with coarser frames if it must
        step = Math.max(step, Math.ceil((last - first) / (MAX_FRAMES - 1)));
        long count = (long) Math.ceil((last - first) / step) + 1;
        return new FrameClock(first, step, (int) Math.max(1, Math.min(MAX_FRAMES, count)));
    }

    /** When the sortie's last leaflets (or last store) leave the aircraft (absolute s). */
    static double releaseEndS(PreparedSortie ps) {
        if (ps.usesStores()) {
            return ps.storeReleaseTimesS().stream().mapToDouble(Double::doubleValue).max().orElse(ps.releaseTimeS());
        }
        return ps.releaseTimeS() + (ps.groundSpeedMps() > 0 ? ps.track().lengthM() / ps.groundSpeedMps() : 0);
    }

    private static List<SortieSpan> spans(Scenario scenario, TracedRun traced, CumulativeDensity density) {
        List<SortieSpan> out = new ArrayList<>();
        for (PreparedSortie ps : scenario.sorties()) {
            int s = ps.index();
            out.add(new SortieSpan(s, ps.id(), ps.releaseTimeS(), releaseEndS(ps), density.firstLandingS(s),
                    density.lastLandingS(s)));
        }
        out.sort(Comparator.comparingDouble(SortieSpan::releaseStartS).thenComparingInt(SortieSpan::sortieIndex));
        return List.copyOf(out);
    }

    /** Frames inside some sortie's span, in time order: the ones worth showing. */
    private static int[] activeFrames(FrameClock clock, List<SortieSpan> spans) {
        boolean[] active = new boolean[clock.count()];
        for (SortieSpan span : spans) {
            int from = clock.firstAtOrAfter(span.startS());
            int to = clock.lastAtOrBefore(span.endS());
            // the frame after the last landing shows the finished pattern
            to = Math.min(clock.count() - 1, to + 1);
            for (int f = Math.max(0, from); f <= to; f++) {
                active[f] = true;
            }
        }
        int n = 0;
        for (boolean a : active) {
            n += a ? 1 : 0;
        }
        int[] out = new int[n];
        int j = 0;
        for (int f = 0; f < active.length; f++) {
            if (active[f]) {
                out[j++] = f;
            }
        }
        return out;
    }

    public Plan plan() {
        return simulated.plan();
    }

    /** The run and its result, as {@link PlanSimulator} gives them. */
    public PlanSimulator.Simulated simulated() {
        return simulated;
    }

    public PlanResult result() {
        return simulated.result();
    }

    public TracedRun traced() {
        return traced;
    }

    public FrameClock clock() {
        return traced.clock();
    }

    /** The sorties in release order. */
    public List<SortieSpan> timeline() {
        return timeline;
    }

    /** The frames (indexes of the clock) within some sortie's span, in time order. */
    public int[] activeFrames() {
        return activeFrames.clone();
    }

    public int activeFrameCount() {
        return activeFrames.length;
    }

    /** The clock frame of the k-th active frame. */
    public int activeFrame(int k) {
        return activeFrames[k];
    }

    /** Time (absolute s) of the k-th active frame. */
    public double activeFrameTimeS(int k) {
        return clock().timeS(activeFrames[k]);
    }

    /** The density on the ground built up to a time. */
    public CumulativeDensity density() {
        return density;
    }

    /** Leaflets landed inside target {@code targetIndex} (plan order) at or before a time. */
    public long leafletsLandedInTarget(int targetIndex, double timeS) {
        return targets.get(targetIndex).by(timeS);
    }

    /** Leaflets of all sorties landed (anywhere) at or before a time. */
    public long leafletsLanded(double timeS) {
        return landed.by(timeS);
    }

    /**
     * Leaflets in the air at a time: left the aircraft (a store counts as the air) and not yet
     * landed; particles still aloft at the engine's time limit count from their sortie's release end.
     */
    public long leafletsAloft(double timeS) {
        return released.by(timeS) - landed.by(timeS);
    }

    /** The timeline entry of sortie s (plan order). */
    public SortieSpan spanOf(int sortie) {
        for (SortieSpan span : timeline) {
            if (span.sortieIndex() == sortie) {
                return span;
            }
        }
        throw new IllegalArgumentException("no sortie " + sortie);
    }

    /** The sorties releasing at a time (between the first and the last leaflets or stores leaving). */
    public List<String> releasingAt(double timeS) {
        return timeline.stream().filter(s -> s.releaseStartS() <= timeS && timeS <= s.releaseEndS())
                .map(SortieSpan::sortieId).toList();
    }

    /** Everything the k-th active frame shows: clouds aloft, density landed so far, counts. */
    public ReplayPainter.Moment moment(int k) {
        int frame = activeFrames[k];
        double t = clock().timeS(frame);
        List<ReplayPainter.Cloud> clouds = new ArrayList<>();
        for (int s = 0; s < traced.run().sorties().size(); s++) {
            float[] buf = new float[3 * traced.tracedCount(s)];
            int n = traced.aloftAt(s, frame, buf);
            if (n > 0) {
                clouds.add(new ReplayPainter.Cloud(traced.run().sorties().get(s).sortieId(), buf, n));
            }
        }
        long landed = leafletsLanded(t);
        Optional<DensityGrid> grid = landed > 0 ? Optional.of(density.at(t)) : Optional.empty();
        return new ReplayPainter.Moment(plan(), simulated.scenario().frame(), t, timeline.get(0).releaseStartS(), grid,
                clouds, landed, leafletsAloft(t), releasingAt(t));
    }

    /** The active frame at or just before a time (0 before the first). */
    public int activeFrameAtOrBefore(double timeS) {
        int lo = 0;
        int hi = activeFrames.length - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (clock().timeS(activeFrames[mid]) <= timeS) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** Times of events (landings, releases) in order, with the leaflets they add up to by each. */
    private static final class AreaLandings {
        private final double[] timesS;
        private final double[] cumulativeLeaflets;

        private AreaLandings(double[] timesS, double[] cumulativeLeaflets) {
            this.timesS = timesS;
            this.cumulativeLeaflets = cumulativeLeaflets;
        }

        /** Particles landing where {@code where} holds, by landing time. */
        static AreaLandings of(java.util.function.BiPredicate<Double, Double> where, TracedRun traced) {
            List<double[]> hits = new ArrayList<>();
            List<SortieLandings> sorties = traced.run().sorties();
            for (int s = 0; s < sorties.size(); s++) {
                SortieLandings l = sorties.get(s);
                for (int i = 0; i < l.landedCount(); i++) {
                    if (where.test(l.eastM(i), l.northM(i))) {
                        hits.add(new double[] {traced.landingTimeS(s, i), l.leafletsPerParticle()});
                    }
                }
            }
            return sorted(hits);
        }

        /**
         * Every particle by the time it left the aircraft (landing minus fall time); particles
         * still aloft at the time limit at their sortie's release end.
         */
        static AreaLandings released(TracedRun traced, List<SortieSpan> spans) {
            List<double[]> events = new ArrayList<>();
            List<SortieLandings> sorties = traced.run().sorties();
            for (SortieSpan span : spans) {
                SortieLandings l = sorties.get(span.sortieIndex());
                for (int i = 0; i < l.landedCount(); i++) {
                    events.add(new double[] {traced.landingTimeS(span.sortieIndex(), i) - l.fallTimeS(i),
                        l.leafletsPerParticle()});
                }
                if (l.particlesNotLanded() > 0) {
                    events.add(new double[] {span.releaseEndS(), l.particlesNotLanded() * l.leafletsPerParticle()});
                }
            }
            return sorted(events);
        }

        private static AreaLandings sorted(List<double[]> hits) {
            hits.sort(Comparator.comparingDouble(h -> h[0]));
            double[] times = new double[hits.size()];
            double[] cumulative = new double[hits.size()];
            double sum = 0;
            for (int k = 0; k < hits.size(); k++) {
                times[k] = hits.get(k)[0];
                sum += hits.get(k)[1];
                cumulative[k] = sum;
            }
            return new AreaLandings(times, cumulative);
        }

        long by(double timeS) {
            int k = Arrays.binarySearch(timesS, timeS);
            if (k >= 0) {
                while (k + 1 < timesS.length && timesS[k + 1] <= timeS) {
                    k++;
                }
            } else {
                k = -k - 2;
            }
            return k < 0 ? 0 : Math.round(cumulativeLeaflets[k]);
        }
    }
}
