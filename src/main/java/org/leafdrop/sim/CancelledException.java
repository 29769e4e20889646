package org.leafdrop.sim;

/** Thrown by long work stopped through its {@link ProgressMonitor}; not an error for the user. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
