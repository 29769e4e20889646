package org.leafdrop.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.leafdrop.coverage.CoverageReport;
import org.leafdrop.coverage.TargetCoverage;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.sim.CancelledException;
import org.leafdrop.sim.DirectIntegrator;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.ProgressMonitor;
import org.leafdrop.sim.Scenario;

/**
 * Chooses each targeted sortie's heading, track length, altitude and leaflet count to maximise
 * the plan's score (issue 4, "solve --optimize"):
 *
 * <pre>score = covered - 10 x (leaflets in exclusions / leaflets released)</pre>
 *
 * where {@code covered} is the share of all targets' area (weighted by area) at or above their
 * desired density. Candidates per sortie: the heading turned by 0, 45, 90 and 135 degrees about the
 * track's centre, the length x0.5, 1, 1.5 and 2 (LineString tracks), five altitudes across the
 * sortie's {@code minAltitudeAglM}..{@code maxAltitudeAglM} and three counts across
 * {@code minLeafletCount}..{@code maxLeafletCount} (each only when the sortie gives the bounds;
 * otherwise its own value). Each candidate is centred on its target by the fast path, then scored
 * by a Monte Carlo run with the given seed; sorties are optimised one after another. The plan as
 * given is the first candidate, so the result is never worse than the start. Deterministic for a
 * seed when it finishes within its time budget; progress and cancel through the monitor.
 */
public final class ReleaseOptimizer {
    /** Score lost per leaflet landing in an exclusion, relative to the leaflets released. */
    public static final double EXCLUSION_PENALTY = 10;
    static final double[] TURNS_DEG = {0, 45, 90, 135};
    static final double[] LENGTH_FACTORS = {0.5, 1, 1.5, 2};
    static final int ALTITUDE_STEPS = 5;
    static final int COUNT_STEPS = 3;

    private final ParticleEngine engine;

    public ReleaseOptimizer(ParticleEngine engine) {
        this.engine = engine;
    }

    /** The optimised plan, its score before and after, and how the search went. */
    public record Result(Plan plan, double scoreBefore, double scoreAfter, int candidatesScored,
                         boolean stoppedByBudget) {
    }

    /**
     * @param budgetMs stop trying candidates after this long (the best so far is kept)
     * @throws IllegalArgumentException when a sortie's limits are impossible (named in the message)
     */
    public Result optimize(Plan plan, int particles, long seed, long budgetMs, ProgressMonitor monitor) {
        List<SortieLimits> limits = new ArrayList<>();
        for (int i = 0; i < plan.sorties().size(); i++) {
            limits.add(SortieLimits.of(plan, i));
        }
        long deadline = System.nanoTime() + budgetMs * 1_000_000L;
        LocalFrame frame = Scenario.frameFor(plan);
        Plan best = plan;
        double bestScore = score(plan, particles, seed);
        double before = bestScore;
        int scored = 1;
        boolean stopped = false;
        List<Integer> targeted = new ArrayList<>();
        for (int i = 0; i < plan.sorties().size(); i++) {
            if (plan.sorties().get(i).targetId().flatMap(plan::target).isPresent()) {
                targeted.add(i);
            }
        }
        monitor.begin("Optimising " + targeted.size() + " sorties", targeted.size());
        try {
            for (int i : targeted) {
                for (Sortie candidate : candidates(best, i, limits.get(i), frame)) {
                    if (monitor.isCancelled()) {
                        throw new CancelledException();
                    }
                    if (System.nanoTime() > deadline) {
                        stopped = true;
                        break;
                    }
                    List<Sortie> sorties = new ArrayList<>(best.sorties());
                    sorties.set(i, candidate);
                    Plan trial = best.withSorties(sorties);
                    double s = score(trial, particles, seed);
                    scored++;
                    if (s > bestScore) {
                        bestScore = s;
                        best = trial;
                    }
                }
                monitor.worked(1);
                if (stopped) {
                    break;
                }
            }
        } finally {
            monitor.done();
        }
        return new Result(best, before, bestScore, scored, stopped);
    }

    /** The documented score of a plan for a seed. */
    public double score(Plan plan, int particles, long seed) {
        CoverageReport r = CoverageReport.analyse(plan, engine.run(Scenario.prepare(plan), particles, seed,
                plan.simulation().timeStepS(), ProgressMonitor.NONE));
        double area = 0;
        double covered = 0;
        for (TargetCoverage t : r.targets()) {
            area += t.areaKm2();
            covered += t.areaKm2() * t.areaFractionAboveThreshold().orElse(0);
        }
        double share = area > 0 ? covered / area : 0;
        long leaflets = r.totals().leaflets();
        double penalty = leaflets > 0 ? EXCLUSION_PENALTY * r.totals().leafletsInExclusions() / leaflets : 0;
        return share - penalty;
    }

    /** The variants of sortie i, each centred on its target by the fast path. */
    private static List<Sortie> candidates(Plan plan, int i, SortieLimits lim, LocalFrame frame) {
        Sortie s = plan.sorties().get(i);
        Target target = s.targetId().flatMap(plan::target).orElseThrow();
        double[] aim = ReleasePointSolver.targetCentroid(target, frame);
        boolean line = !s.track().isPoint();
        List<Sortie> out = new ArrayList<>();
        for (double altitude : lim.altitudes(s.altitudeAglM())) {
            for (long count : lim.counts(s)) {
                for (double turn : line ? TURNS_DEG : new double[] {0}) {
                    for (double factor : line ? LENGTH_FACTORS : new double[] {1}) {
                        TrackGeometry track = line ? transform(s.track(), turn, factor, frame) : s.track();
                        Sortie v = new Sortie(s.id(), s.name(), s.aircraft(), s.targetId(), s.releaseMethod(), track,
                                s.headingDeg(), altitude, s.groundSpeedMps(), s.leafletType(), OptionalLong.of(count),
                                java.util.OptionalDouble.empty(), s.releaseTimeUtc(), s.extras());
                        out.add(centre(plan, i, v, aim, frame));
                    }
                }
            }
        }
        return out;
    }

    /** Moves a variant so its deterministic landing falls on the aim point. */
    private static Sortie centre(Plan plan, int i, Sortie v, double[] aim, LocalFrame frame) {
        List<Sortie> sorties = new ArrayList<>(plan.sorties());
        sorties.set(i, v);
        Scenario sc = Scenario.prepare(plan.withSorties(sorties));
        double[] landing = DirectIntegrator.sortieLanding(sc, sc.sorties().get(i));
        return v.withTrack(ReleasePointSolver.shift(v.track(), new double[] {aim[0] - landing[0],
            aim[1] - landing[1]}, frame));
    }

    /** The track turned by {@code turnDeg} (clockwise) and scaled by {@code factor} about its centre. */
    static TrackGeometry transform(TrackGeometry track, double turnDeg, double factor, LocalFrame frame) {
        List<double[]> pts = new ArrayList<>();
        double ce = 0;
        double cn = 0;
        for (LonLat p : track.positions()) {
            double[] en = frame.toLocal(p.lonDeg(), p.latDeg());
            pts.add(en);
            ce += en[0] / track.positions().size();
            cn += en[1] / track.positions().size();
        }
        double t = Math.toRadians(turnDeg);
        double cos = Math.cos(t);
        double sin = Math.sin(t);
        List<LonLat> out = new ArrayList<>();
        for (double[] en : pts) {
            double de = (en[0] - ce) * factor;
            double dn = (en[1] - cn) * factor;
            // clockwise rotation of (east, north) by t: bearing + t
            double[] ll = frame.toLonLat(ce + de * cos + dn * sin, cn - de * sin + dn * cos);
            out.add(new LonLat(ll[0], ll[1]));
        }
        return new TrackGeometry(out);
    }

    /** A sortie's search bounds from its plan fields, checked. */
    record SortieLimits(Optional<double[]> altitudeAglM, Optional<long[]> leafletCount) {
        static SortieLimits of(Plan plan, int i) {
            Sortie s = plan.sorties().get(i);
            String at = "$.sorties[" + i + "]";
            Optional<Double> minA = number(s, "minAltitudeAglM", at);
            Optional<Double> maxA = number(s, "maxAltitudeAglM", at);
            Optional<Double> minC = number(s, "minLeafletCount", at);
            Optional<Double> maxC = number(s, "maxLeafletCount", at);
            Optional<double[]> alt = Optional.empty();
            if (minA.isPresent() || maxA.isPresent()) {
                double lo = minA.orElse(s.altitudeAglM());
                double hi = maxA.orElse(s.altitudeAglM());
                if (!(lo > 0) || lo > hi || plan.groundElevationMslM() + hi > 20_000) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: impossible altitude limits "
                            + "minAltitudeAglM %s and maxAltitudeAglM %s: need 0 < min <= max and a release no higher "
                            + "than 20,000 m MSL", at, fmt(lo), fmt(hi)));
                }
                alt = Optional.of(new double[] {lo, hi});
            }
            Optional<long[]> count = Optional.empty();
            if (minC.isPresent() || maxC.isPresent()) {
                double lo = minC.orElse((double) s.leafletCount().orElse(0));
                double hi = maxC.orElse((double) s.leafletCount().orElse((long) lo));
                if (!(lo >= 0) || lo > hi || hi > org.leafdrop.model.Limits.MAX_LEAFLETS_PER_SORTIE
                        || lo != Math.rint(lo) || hi != Math.rint(hi)) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: impossible leaflet count "
                            + "limits minLeafletCount %s and maxLeafletCount %s: need whole numbers with "
                            + "0 <= min <= max <= 10,000,000,000", at, fmt(lo), fmt(hi)));
                }
                count = Optional.of(new long[] {(long) lo, (long) hi});
            }
            return new SortieLimits(alt, count);
        }

        List<Double> altitudes(double own) {
            if (altitudeAglM.isEmpty()) {
                return List.of(own);
            }
            double lo = altitudeAglM.get()[0];
            double hi = altitudeAglM.get()[1];
            List<Double> out = new ArrayList<>();
            for (int k = 0; k < ALTITUDE_STEPS; k++) {
                double a = lo + (hi - lo) * k / (ALTITUDE_STEPS - 1);
                if (out.isEmpty() || a != out.get(out.size() - 1)) {
                    out.add(a);
                }
            }
            return out;
        }

        List<Long> counts(Sortie s) {
            if (leafletCount.isEmpty()) {
                return List.of(s.leafletCount().orElseThrow(() -> new IllegalArgumentException("sortie " + s.id()
                        + " gives payloadLb: give leafletCount, or minLeafletCount and maxLeafletCount, to optimise it")));
            }
            long lo = leafletCount.get()[0];
            long hi = leafletCount.get()[1];
            List<Long> out = new ArrayList<>();
            for (int k = 0; k < COUNT_STEPS; k++) {
                long c = lo + (hi - lo) * k / (COUNT_STEPS - 1);
                if (out.isEmpty() || c != out.get(out.size() - 1)) {
                    out.add(c);
                }
            }
            return out;
        }

        private static Optional<Double> number(Sortie s, String field, String at) {
            Object v = s.extras().fields().get(field);
            if (v == null) {
                return Optional.empty();
            }
            if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                throw new IllegalArgumentException(at + "." + field + ": must be a number (got " + v + ")");
            }
            return Optional.of(n.doubleValue());
        }

        private static String fmt(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
