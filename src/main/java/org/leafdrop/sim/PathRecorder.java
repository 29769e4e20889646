package org.leafdrop.sim;

import java.util.Arrays;

/**
 * Records, for a replay, where some particles of one sortie are at each frame time, and when every
 * particle left the aircraft. Particles {@code 0, stride, 2 stride, ...} are traced, each into its
 * own slot; a slot is written only by the chunk that owns the particle, so chunks on different
 * threads never share a slot (the engine's join publishes the writes). Positions at a frame are
 * interpolated linearly within the engine step that spans it: the engine's own path, not a
 * recomputation. Draws no random numbers, so a traced run lands exactly as an untraced one.
 */
final class PathRecorder {
    private final FrameClock clock;
    private final int stride;
    /** Time each particle left the aircraft (absolute s), by particle index. */
    final double[] leftAircraftS;
    /** Per traced slot: east, north, height MSL (m) per frame, from {@link #firstFrame}. */
    final float[][] paths;
    final int[] firstFrame;
    final int[] frames;

    PathRecorder(FrameClock clock, int particles, int tracedParticles) {
        this.clock = clock;
        this.stride = Math.max(1, (int) Math.ceil((double) particles / Math.max(1, tracedParticles)));
        int slots = (particles + stride - 1) / stride;
        leftAircraftS = new double[particles];
        paths = new float[slots][];
        firstFrame = new int[slots];
        frames = new int[slots];
    }

    int stride() {
        return stride;
    }

    /** Particle i left the aircraft at {@code leftS} and starts falling free at {@code startS}. */
    void begin(int i, double leftS, double startS) {
        leftAircraftS[i] = leftS;
        if (i % stride == 0) {
            int slot = i / stride;
            firstFrame[slot] = clock.firstAtOrAfter(startS);
            frames[slot] = 0;
            paths[slot] = new float[3 * 16];
        }
    }

    boolean traced(int i) {
        return i % stride == 0;
    }

    /** A traced particle moved from (x0, y0, z0) at t0 to (x1, y1, z1) at t1 (absolute s, t1 > t0). */
    void segment(int i, double t0, double x0, double y0, double z0, double t1, double x1, double y1, double z1) {
        int slot = i / stride;
        int f = firstFrame[slot] + frames[slot];
        int count = clock.count();
        while (f < count) {
            double tf = clock.timeS(f);
            if (tf >= t1) {
                return;
            }
            double a = tf <= t0 ? 0 : (tf - t0) / (t1 - t0);
            append(slot, x0 + a * (x1 - x0), y0 + a * (y1 - y0), z0 + a * (z1 - z0));
            f++;
        }
    }

    /**
     * Adds to the frames of traced particle i recorded after {@code fromS} a displacement growing
     * evenly from nothing at {@code fromS} to (dx, dy) at {@code toS} (absolute s): a horizontal
     * walk the engine drew whole at the end of that stretch, spread over it. Untraced particles
     * are left alone.
     */
    void ramp(int i, double fromS, double toS, double dx, double dy) {
        if (i % stride != 0) {
            return;
        }
        int slot = i / stride;
        float[] p = paths[slot];
        for (int k = Math.max(0, clock.firstAtOrAfter(fromS) - firstFrame[slot]); k < frames[slot]; k++) {
            double tf = clock.timeS(firstFrame[slot] + k);
            double a = toS > fromS ? Math.min(1, Math.max(0, (tf - fromS) / (toS - fromS))) : 1;
            p[3 * k] += (float) (a * dx);
            p[3 * k + 1] += (float) (a * dy);
        }
    }

    private void append(int slot, double x, double y, double z) {
        float[] p = paths[slot];
        int at = 3 * frames[slot];
        if (at + 3 > p.length) {
            p = Arrays.copyOf(p, p.length * 2);
            paths[slot] = p;
        }
        p[at] = (float) x;
        p[at + 1] = (float) y;
        p[at + 2] = (float) z;
        frames[slot]++;
    }
}
