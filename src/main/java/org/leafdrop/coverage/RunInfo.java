package org.leafdrop.coverage;

import java.time.Instant;
import java.util.Objects;

/**
 * How a run was made: the only part of a {@link PlanResult} that may differ between two runs of
 * the same plan and seed (result {@code run} object). Immutable.
 *
 * @param threads    worker threads used
 * @param elapsedMs  wall-clock time of the run
 * @param startedUtc when the run started
 */
public record RunInfo(String leafdropVersion, int threads, long elapsedMs, String javaVersion, Instant startedUtc) {
    public RunInfo {
        Objects.requireNonNull(leafdropVersion, "leafdropVersion");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(startedUtc, "startedUtc");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (elapsedMs < 0) {
            throw new IllegalArgumentException("elapsedMs must be >= 0, was " + elapsedMs);
        }
    }
}
