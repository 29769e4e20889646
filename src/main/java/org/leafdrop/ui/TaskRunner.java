package org.leafdrop.ui;

import java.util.function.Consumer;
import org.leafdrop.sim.ProgressMonitor;

/**
 * Runs long work off the FX thread (DESIGN.md "Threads"). The window uses {@link FxTaskRunner};
 * tests use {@link #SAME_THREAD}, which runs the work at once on the caller's thread. Callbacks
 * come back on the FX thread (or the caller's, for the same-thread runner).
 */
public interface TaskRunner {
    /** Work that reports progress to (and checks cancellation on) a monitor. */
    @FunctionalInterface
    interface Work<T> {
        T run(ProgressMonitor monitor) throws Exception;
    }

    /** A started job. */
    interface Job {
        /** Asks the work to stop; its callbacks are then not called. */
        void cancel();

        boolean isDone();
    }

    /** What a job tells the window while it runs. */
    interface Listener {
        Listener NONE = new Listener() {
        };

        /** Fraction in [0, 1], or negative when unknown. */
        default void progress(String task, double fraction) {
        }

        /** The job ended: finished, failed or cancelled. */
        default void ended() {
        }
    }

    <T> Job run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure,
                Listener listener);

    default <T> Job run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return run(title, work, onSuccess, onFailure, Listener.NONE);
    }

    /** Runs each job at once on the calling thread: for tests and the command line. */
    TaskRunner SAME_THREAD = new TaskRunner() {
        @Override
        public <T> Job run(String title, Work<T> work, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure, Listener listener) {
            try {
                T value = work.run(new ProgressMonitor() {
                    private long total;
                    private long done;

                    @Override
                    public void begin(String task, long totalUnits) {
                        total = totalUnits;
                        listener.progress(task, 0);
                    }

                    @Override
                    public void worked(long units) {
                        done += units;
                        listener.progress(title, total > 0 ? (double) done / total : -1);
                    }
                });
                onSuccess.accept(value);
            } catch (org.leafdrop.sim.CancelledException e) {
                // cancelled work is not an error (STYLE.md, progress and cancellation)
            } catch (Exception | OutOfMemoryError e) {
                onFailure.accept(e);
            } finally {
                listener.ended();
            }
            return new Job() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isDone() {
                    return true;
                }
            };
        }
    };
}
