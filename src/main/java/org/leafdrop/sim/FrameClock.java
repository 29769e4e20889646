package org.leafdrop.sim;

/**
 * The instants a replay looks at: frame k is at {@code firstS + k * stepS} (absolute seconds, the
 * scenario's time base), for k from 0 to {@code count - 1}. Immutable.
 *
 * @param firstS time of frame 0 (s)
 * @param stepS  time between frames (s), above 0
 * @param count  number of frames, 1 or more
 */
public record FrameClock(double firstS, double stepS, int count) {
    public FrameClock {
        if (!Double.isFinite(firstS)) {
            throw new IllegalArgumentException("firstS must be finite, was " + firstS);
        }
        if (!(stepS > 0 && Double.isFinite(stepS))) {
            throw new IllegalArgumentException("stepS must be above 0, was " + stepS);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
    }

    /** Time of frame k (s). */
    public double timeS(int frame) {
        return firstS + frame * stepS;
    }

    /** The first frame at or after a time (may be {@link #count()} or more when none is). */
    public int firstAtOrAfter(double timeS) {
        if (timeS <= firstS) {
            return 0;
        }
        double k = Math.ceil((timeS - firstS) / stepS);
        if (k >= count) {
            return count;
        }
        int f = (int) k;
        // the division can round either way: settle on the first frame whose time is not before
        if (f > 0 && timeS(f - 1) >= timeS) {
            f--;
        }
        return f;
    }

    /** The last frame at or before a time, or -1 when the time is before frame 0. */
    public int lastAtOrBefore(double timeS) {
        if (timeS < firstS) {
            return -1;
        }
        double k = Math.floor((timeS - firstS) / stepS);
        if (k >= count - 1) {
            return count - 1;
        }
        int f = (int) k;
        // the division can round either way: settle on the last frame whose time is not after
        if (f + 1 < count && timeS(f + 1) <= timeS) {
            f++;
        }
        return f;
    }
}
