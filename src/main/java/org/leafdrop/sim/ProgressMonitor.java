package org.leafdrop.sim;

/**
 * Progress of long work, which doubles as its cancel check (OpenRocket, JOSM). Implementations:
 * {@link #NONE}, a stderr bar in the command line, an FX one in the window. Methods may be called
 * from worker threads; implementations must be thread-safe.
 */
public interface ProgressMonitor {
    ProgressMonitor NONE = new ProgressMonitor() {
    };

    /** Work starts: {@code totalUnits} units will be reported through {@link #worked}. */
    default void begin(String task, long totalUnits) {
    }

    /** {@code units} more units are done. */
    default void worked(long units) {
    }

    /** The work has finished (or stopped). */
    default void done() {
    }

    /** True when the user asked to stop; the work then throws {@link CancelledException}. */
    default boolean isCancelled() {
        return false;
    }
}
