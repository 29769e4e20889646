package org.leafdrop.sim;

import java.util.List;

/**
 * A Monte Carlo run with what a replay needs besides the landings: the absolute time each landed
 * particle reached the ground, and the paths of a subset of particles (every
 * {@code stride}-th) sampled at the frames of a {@link FrameClock}. The landings are exactly those of
 * {@link ParticleEngine#run} with the same arguments. Immutable once built: the arrays are never
 * exposed.
 */
public final class TracedRun {
    /** Sampled paths of one sortie's traced particles (internal layout, see {@link PathRecorder}). */
    record Paths(float[][] xyz, int[] firstFrame, int[] frames, int stride) {
    }

    private final SimulationRun run;
    private final FrameClock clock;
    private final List<double[]> landingTimesS;
    private final List<Paths> paths;

    TracedRun(SimulationRun run, FrameClock clock, List<double[]> landingTimesS, List<Paths> paths) {
        this.run = run;
        this.clock = clock;
        this.landingTimesS = List.copyOf(landingTimesS);
        this.paths = List.copyOf(paths);
    }

    /** The landings, as an untraced run gives them. */
    public SimulationRun run() {
        return run;
    }

    public FrameClock clock() {
        return clock;
    }

    /**
     * Absolute time (s) landed particle {@code i} of sortie {@code sortie} reached the ground; the
     * index follows {@link SortieLandings} (landed particles in particle order).
     */
    public double landingTimeS(int sortie, int i) {
        return landingTimesS.get(sortie)[i];
    }

    /** Traced particles of a sortie (each stands for {@link #leafletsPerTracedParticle} leaflets). */
    public int tracedCount(int sortie) {
        return paths.get(sortie).xyz().length;
    }

    /** Leaflets one traced particle of a sortie stands for. */
    public double leafletsPerTracedParticle(int sortie) {
        return (double) run.sorties().get(sortie).leaflets() / tracedCount(sortie);
    }

    /** Particle index (in the sortie's particle order) of traced particle k. */
    public int particleIndexOfTraced(int sortie, int k) {
        return k * paths.get(sortie).stride();
    }

    /**
     * Writes where the sortie's traced particles aloft at frame {@code frame} are: east, north and
     * height MSL (m, local frame) one after another into {@code out}, which must hold
     * 3 x {@link #tracedCount} values. Particles not yet free-falling (before release, or inside a
     * store before it opens) and landed ones are left out.
     *
     * @return the number of particles written
     */
    public int aloftAt(int sortie, int frame, float[] out) {
        Paths p = paths.get(sortie);
        int written = 0;
        for (int k = 0; k < p.xyz().length; k++) {
            int at = frame - p.firstFrame()[k];
            if (at >= 0 && at < p.frames()[k]) {
                float[] xyz = p.xyz()[k];
                out[3 * written] = xyz[3 * at];
                out[3 * written + 1] = xyz[3 * at + 1];
                out[3 * written + 2] = xyz[3 * at + 2];
                written++;
            }
        }
        return written;
    }

    /** The frame a traced particle was first recorded at and how many frames it was recorded for. */
    public int[] tracedFrames(int sortie, int k) {
        Paths p = paths.get(sortie);
        return new int[] {p.firstFrame()[k], p.frames()[k]};
    }

    /** East, north, height MSL (m) of traced particle k at a frame it was recorded at. */
    public double[] tracedPosition(int sortie, int k, int frame) {
        Paths p = paths.get(sortie);
        int at = frame - p.firstFrame()[k];
        if (at < 0 || at >= p.frames()[k]) {
            throw new IllegalArgumentException("traced particle " + k + " is not aloft at frame " + frame);
        }
        float[] xyz = p.xyz()[k];
        return new double[] {xyz[3 * at], xyz[3 * at + 1], xyz[3 * at + 2]};
    }
}
