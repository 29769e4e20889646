package org.leafdrop.sim;

/** Derives independent random-stream seeds from a run seed, never from a thread. */
public final class Seeds {
    private Seeds() {
    }

    /** A well-mixed 64-bit seed for (seed, a, b), e.g. (run seed, sortie index, chunk index). */
    public static long mix(long seed, long a, long b) {
        long z = seed * 0x9E3779B97F4A7C15L + a;
        z = stafford(z) + b * 0xC2B2AE3D27D4EB4FL;
        return stafford(z);
    }

    private static long stafford(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
