package org.leafdrop.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.leafdrop.sim.ProgressMonitor;

/**
 * A progress bar on stderr, shown only for work that has run longer than a second. On a terminal
 * it redraws one line; otherwise (logs, CI) it prints a line at every quarter. Thread-safe.
 */
final class CliProgress implements ProgressMonitor {
    private static final long SHOW_AFTER_NS = 1_000_000_000L;
    private static final long REDRAW_NS = 100_000_000L;
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private final AtomicLong done = new AtomicLong();
    private volatile long total = 1;
    private volatile long startNs;
    private volatile String task = "";
    private long lastDrawNs;
    private int lastQuarter;
    private boolean shown;

    CliProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void begin(String taskName, long totalUnits) {
        task = taskName;
        total = Math.max(totalUnits, 1);
        done.set(0);
        startNs = System.nanoTime();
    }

    @Override
    public void worked(long units) {
        long d = done.addAndGet(units);
        long now = System.nanoTime();
        if (now - startNs < SHOW_AFTER_NS) {
            return;
        }
        synchronized (this) {
            if (terminal) {
                if (now - lastDrawNs >= REDRAW_NS) {
                    lastDrawNs = now;
                    draw(d, now, false);
                }
            } else {
                int quarter = (int) (4 * d / total);
                if (quarter > lastQuarter) {
                    lastQuarter = quarter;
                    draw(d, now, true);
                }
            }
        }
    }

    @Override
    public synchronized void done() {
        if (shown && terminal) {
            draw(done.get(), System.nanoTime(), false);
            err.println();
        }
        err.flush();
    }

    private void draw(long d, long now, boolean newline) {
        shown = true;
        double f = Math.min(1.0, (double) d / total);
        int filled = (int) Math.round(f * WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String line = String.format(Locale.ROOT, "%s [%s] %3.0f%% %5.1f s", task, bar, 100 * f, (now - startNs) / 1e9);
        if (newline) {
            err.println(line);
        } else {
            err.print("\r" + line);
        }
        err.flush();
    }
}
