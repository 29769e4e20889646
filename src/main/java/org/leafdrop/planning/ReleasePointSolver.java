package org.leafdrop.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leafdrop.coverage.AreaCounter;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.ProgressMonitor;
import org.leafdrop.sim.Scenario;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.SortieLandings;
import org.locationtech.jts.geom.Point;

/**
 * Moves each sortie's release track, keeping its heading, length and altitude, so that the
 * simulated landing centroid falls on the centroid of the sortie's target (DESIGN.md,
 * "planning"). Over flat ground the winds depend on height and time only, so a sortie's landings
 * move with its track: the miss of one Monte Carlo run, taken with the plan's seed, is the
 * offset. A second run with the moved tracks measures what is left (the local frame's curvature,
 * a few centimetres over kilometres). Deterministic for a seed; thread-safe.
 */
public final class ReleasePointSolver {
    private final ParticleEngine engine;

    public ReleasePointSolver(ParticleEngine engine) {
        this.engine = engine;
    }

    /** One sortie's move: the offset applied and the miss before and after. */
    public record Move(String sortieId, String targetId, double offsetEastM, double offsetNorthM, double missBeforeM,
                       double missAfterM, TrackGeometry before, TrackGeometry after) {
        public double offsetM() {
            return Math.hypot(offsetEastM, offsetNorthM);
        }

        /** Bearing of the move, degrees true in [0, 360). */
        public double offsetBearingDeg() {
            double b = Math.toDegrees(Math.atan2(offsetEastM, offsetNorthM));
            return b < 0 ? b + 360 : b;
        }
    }

    /** The solved plan, the moves, and the sorties left as they were (no target), with why. */
    public record Solution(Plan plan, List<Move> moves, List<String> skipped) {
        public Solution {
            moves = List.copyOf(moves);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Solves the sorties named in {@code onlySortie} (all when empty) that have a target.
     *
     * @throws IllegalArgumentException when {@code onlySortie} names no sortie of the plan
     */
    public Solution solve(Plan plan, Optional<String> onlySortie, int particlesPerSortie, long seed,
                          ProgressMonitor monitor) {
        if (onlySortie.isPresent() && plan.sorties().stream().noneMatch(s -> s.id().equals(onlySortie.get()))) {
            throw new IllegalArgumentException("no sortie \"" + onlySortie.get() + "\" in the plan");
        }
        Scenario scenario = Scenario.prepare(plan);
        LocalFrame frame = scenario.frame();
        SimulationRun before = engine.run(scenario, particlesPerSortie, seed, plan.simulation().timeStepS(), monitor);
        List<Sortie> sorties = new ArrayList<>(plan.sorties());
        List<double[]> offsets = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < sorties.size(); i++) {
            Sortie s = sorties.get(i);
            offsets.add(null);
            if (onlySortie.isPresent() && !onlySortie.get().equals(s.id())) {
                continue;
            }
            Optional<Target> target = s.targetId().flatMap(plan::target);
            if (target.isEmpty()) {
                skipped.add("sortie " + s.id() + " has no targetId: left where it is");
                continue;
            }
            Optional<double[]> landed = centroid(before.sorties().get(i));
            if (landed.isEmpty()) {
                skipped.add("sortie " + s.id() + ": no particle landed, nothing to aim");
                continue;
            }
            double[] aim = targetCentroid(target.get(), frame);
            double[] offset = {aim[0] - landed.get()[0], aim[1] - landed.get()[1]};
            offsets.set(i, offset);
            sorties.set(i, s.withTrack(shift(s.track(), offset, frame)));
        }
        Plan solved = plan.withSorties(sorties);
        SimulationRun after = engine.run(Scenario.prepare(solved), particlesPerSortie, seed,
                plan.simulation().timeStepS(), monitor);
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < sorties.size(); i++) {
            double[] offset = offsets.get(i);
            if (offset == null) {
                continue;
            }
            Sortie s = plan.sorties().get(i);
            double[] aim = targetCentroid(plan.target(s.targetId().orElseThrow()).orElseThrow(), frame);
            double[] was = centroid(before.sorties().get(i)).orElseThrow();
            double missAfter = centroid(after.sorties().get(i)).map(c -> Math.hypot(c[0] - aim[0], c[1] - aim[1]))
                    .orElse(Double.NaN);
            moves.add(new Move(s.id(), s.targetId().orElseThrow(), offset[0], offset[1],
                    Math.hypot(was[0] - aim[0], was[1] - aim[1]), missAfter, s.track(), sorties.get(i).track()));
        }
        return new Solution(solved, moves, skipped);
    }

    /** Leaflet-weighted mean landing point {east, north}; every particle of a sortie weighs the same. */
    static Optional<double[]> centroid(SortieLandings l) {
        int n = l.landedCount();
        if (n == 0) {
            return Optional.empty();
        }
        double e = 0;
        double no = 0;
        for (int i = 0; i < n; i++) {
            e += l.eastM(i);
            no += l.northM(i);
        }
        return Optional.of(new double[] {e / n, no / n});
    }

    /** The target's area centroid in the local frame. */
    static double[] targetCentroid(Target target, LocalFrame frame) {
        Point c = AreaCounter.of(target.geometry(), frame).localGeometry().getCentroid();
        return new double[] {c.getX(), c.getY()};
    }

    /** The track moved by an offset (m) in the local frame, vertex by vertex. */
    static TrackGeometry shift(TrackGeometry track, double[] offset, LocalFrame frame) {
        List<LonLat> moved = new ArrayList<>();
        for (LonLat p : track.positions()) {
            double[] en = frame.toLocal(p.lonDeg(), p.latDeg());
            double[] ll = frame.toLonLat(en[0] + offset[0], en[1] + offset[1]);
            moved.add(new LonLat(round7(ll[0]), round7(ll[1])));
        }
        return new TrackGeometry(moved);
    }

    /** Plan files carry 7 decimals (about 1 cm): the solved plan is what its file will say. */
    private static double round7(double deg) {
        return Math.round(deg * 1e7) / 1e7;
    }
}
