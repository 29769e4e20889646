package org.leafdrop.coverage;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.TracedRun;

/**
 * The density on the ground as a replay builds it up: at a time t, the grid of the leaflets that
 * had landed by t, on the cells and kernel widths of the whole run (so the density only grows, and
 * after the last landing it is the grid of {@link DensityGrid#of(SimulationRun, double)} of the
 * same run, cell for cell). Sorties wholly landed by t reuse their smoothed grid. Thread-safe.
 */
public final class CumulativeDensity {
    private final TracedRun traced;
    private final double cellM;
    private final DensityGrid.Layout layout;
    private final double[] lastLandingS;
    private final double[] firstLandingS;
    private final AtomicReferenceArray<double[]> wholeSortie;

    public CumulativeDensity(TracedRun traced, double cellM) {
        this.traced = traced;
        this.cellM = cellM;
        SimulationRun run = traced.run();
        this.layout = DensityGrid.Layout.of(run, cellM);
        int n = run.sorties().size();
        lastLandingS = new double[n];
        firstLandingS = new double[n];
        for (int s = 0; s < n; s++) {
            double first = Double.POSITIVE_INFINITY;
            double last = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < run.sorties().get(s).landedCount(); i++) {
                double t = traced.landingTimeS(s, i);
                first = Math.min(first, t);
                last = Math.max(last, t);
            }
            firstLandingS[s] = first;
            lastLandingS[s] = last;
        }
        wholeSortie = new AtomicReferenceArray<>(n);
    }

    /** The grid of the leaflets landed at or before {@code timeS} (absolute s). */
    public DensityGrid at(double timeS) {
        SimulationRun run = traced.run();
        if (layout == null) {
            return DensityGrid.of(run, cellM);
        }
        double[] total = new double[layout.nx * layout.ny];
        for (int s = 0; s < run.sorties().size(); s++) {
            double[] bins;
            if (!(firstLandingS[s] <= timeS)) {
                continue;
            } else if (lastLandingS[s] <= timeS) {
                bins = wholeSortie.get(s);
                if (bins == null) {
                    bins = layout.smoothedBins(run, s, null);
                    wholeSortie.set(s, bins);
                }
            } else {
                bins = layout.smoothedBins(run, s, (sortie, i) -> traced.landingTimeS(sortie, i) <= timeS);
            }
            if (bins == null) {
                continue;
            }
            for (int k = 0; k < total.length; k++) {
                total[k] += bins[k];
            }
        }
        return layout.grid(total);
    }

    /** Absolute time (s) the first of the sortie's particles landed (+infinity when none did). */
    public double firstLandingS(int sortie) {
        return firstLandingS[sortie];
    }

    /** Absolute time (s) the last of the sortie's particles landed (-infinity when none did). */
    public double lastLandingS(int sortie) {
        return lastLandingS[sortie];
    }
}
