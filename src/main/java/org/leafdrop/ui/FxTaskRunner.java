package org.leafdrop.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.leafdrop.sim.CancelledException;
import org.leafdrop.sim.ProgressMonitor;

/**
 * Runs work on a small pool of daemon threads and brings results back with Platform.runLater.
 * A cancelled job's callbacks are never called, so a stale result cannot replace a newer one.
 * Progress is forwarded at most about 20 times a second.
 */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService pool;

    public FxTaskRunner(int threads) {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "leafdrop-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Job run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure,
                       Listener listener) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        ProgressMonitor monitor = new ProgressMonitor() {
            private volatile long total;
            private final java.util.concurrent.atomic.AtomicLong worked = new java.util.concurrent.atomic.AtomicLong();
            private volatile long lastSentNanos;
            private volatile String task = title;

            @Override
            public void begin(String t, long totalUnits) {
                task = t;
                total = totalUnits;
                worked.set(0);
                send(0);
            }

            @Override
            public void worked(long units) {
                long w = worked.addAndGet(units);
                long now = System.nanoTime();
                if (now - lastSentNanos > 50_000_000L) {
                    lastSentNanos = now;
                    send(total > 0 ? Math.min(1.0, (double) w / total) : -1);
                }
            }

            private void send(double fraction) {
                String t = task;
                Platform.runLater(() -> {
                    if (!cancelled.get() && !done.get()) {
                        listener.progress(t, fraction);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        pool.submit(() -> {
            try {
                T value = work.run(monitor);
                Platform.runLater(() -> {
                    done.set(true);
                    if (!cancelled.get()) {
                        listener.ended();
                        onSuccess.accept(value);
                    }
                });
            } catch (CancelledException e) {
                Platform.runLater(() -> done.set(true));
            } catch (Throwable e) {
                // every failure reaches the window, so a job can never stay "running" for ever
                Platform.runLater(() -> {
                    done.set(true);
                    if (!cancelled.get()) {
                        listener.ended();
                        onFailure.accept(e);
                    }
                });
                if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError)
                        && !(e instanceof StackOverflowError)) {
                    throw (VirtualMachineError) e;
                }
            }
        });
        return new Job() {
            @Override
            public void cancel() {
                if (cancelled.compareAndSet(false, true)) {
                    Platform.runLater(listener::ended);
                }
            }

            @Override
            public boolean isDone() {
                return done.get() || cancelled.get();
            }
        };
    }

    public void shutdown() {
        pool.shutdownNow();
    }
}
