package org.leafdrop.sim;

/**
 * Where one sortie's simulated particles landed, in the plan's local frame (metres east and
 * north of the frame origin), with their fall times (s, from leaving the aircraft, a store's
 * ballistic fall included). Only landed particles are held, in particle order; particles still
 * aloft at the time limit are counted in {@link #particlesNotLanded()}. Every particle stands for
 * {@link #leafletsPerParticle()} leaflets. Immutable: the arrays are never exposed.
 */
public final class SortieLandings {
    private final String sortieId;
    private final long leaflets;
    private final int particles;
    private final double releaseCentroidEastM;
    private final double releaseCentroidNorthM;
    private final double[] eastM;
    private final double[] northM;
    private final double[] fallTimeS;

    /** Takes ownership of the arrays (equal lengths: the landed particles). */
    public SortieLandings(String sortieId, long leaflets, int particles, double releaseCentroidEastM,
                          double releaseCentroidNorthM, double[] eastM, double[] northM, double[] fallTimeS) {
        if (eastM.length != northM.length || eastM.length != fallTimeS.length || eastM.length > particles) {
            throw new IllegalArgumentException("landing arrays must have equal lengths, at most the particles");
        }
        this.sortieId = sortieId;
        this.leaflets = leaflets;
        this.particles = particles;
        this.releaseCentroidEastM = releaseCentroidEastM;
        this.releaseCentroidNorthM = releaseCentroidNorthM;
        this.eastM = eastM;
        this.northM = northM;
        this.fallTimeS = fallTimeS;
    }

    public String sortieId() {
        return sortieId;
    }

    /** Leaflets the sortie releases (whole number). */
    public long leaflets() {
        return leaflets;
    }

    /** Particles simulated. */
    public int particles() {
        return particles;
    }

    public double leafletsPerParticle() {
        return (double) leaflets / particles;
    }

    /** Particles that landed: the valid indexes of the accessors below are 0 to landedCount()-1. */
    public int landedCount() {
        return eastM.length;
    }

    public int particlesNotLanded() {
        return particles - eastM.length;
    }

    public double eastM(int i) {
        return eastM[i];
    }

    public double northM(int i) {
        return northM[i];
    }

    public double fallTimeS(int i) {
        return fallTimeS[i];
    }

    /** Length-weighted centroid of the release track (the mean release point), local frame. */
    public double releaseCentroidEastM() {
        return releaseCentroidEastM;
    }

    public double releaseCentroidNorthM() {
        return releaseCentroidNorthM;
    }

    public double[] copyEastM() {
        return eastM.clone();
    }

    public double[] copyNorthM() {
        return northM.clone();
    }

    public double[] copyFallTimeS() {
        return fallTimeS.clone();
    }
}
