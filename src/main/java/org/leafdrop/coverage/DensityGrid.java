package org.leafdrop.coverage;

import java.util.Arrays;
import java.util.List;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.SortieLandings;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Landed leaflets per km2 on a square grid in the plan's local frame (PHYSICS.md section 8).
 * Each sortie's leaflets are binned on the grid, then smoothed by a Gaussian kernel density
 * estimate (binned, separable): a particle stands for many leaflets spread around where it
 * landed, so a cell that happens to catch no particle inside a cloud is not reported empty. The
 * kernel's width per axis follows Silverman's rule for that sortie's landings,
 * h = 0.9 min(SD, IQR / 1.34) n^(-1/5), and is not applied when it is under half a cell (dense
 * clouds need no smoothing at that cell size). The grid covers every landing plus four kernel
 * widths; cells are coarsened (doubled) when the plan's cell size would need more than
 * {@link #MAX_CELLS} cells. Immutable and thread-safe.
 */
public final class DensityGrid {
    /** Upper bound on cells (16 MB of densities). */
    public static final int MAX_CELLS = 2_000_000;
    private static final double KERNEL_REACH = 4;
    private final double minEastM;
    private final double minNorthM;
    private final double cellM;
    private final int nx;
    private final int ny;
    private final double[] perKm2;

    private DensityGrid(double minEastM, double minNorthM, double cellM, int nx, int ny, double[] perKm2) {
        this.minEastM = minEastM;
        this.minNorthM = minNorthM;
        this.cellM = cellM;
        this.nx = nx;
        this.ny = ny;
        this.perKm2 = perKm2;
    }

    /**
     * The density of all the run's landed leaflets, on cells of {@code cellM} (or coarser, see above).
     * {@link CumulativeDensity} builds grids of subsets (a replay's landings by a time) on the same
     * {@link Layout}, so they line up with this one cell for cell.
     */
    public static DensityGrid of(SimulationRun run, double cellM) {
        Layout layout = Layout.of(run, cellM);
        if (layout == null) {
            return new DensityGrid(0, 0, cellM, 1, 1, new double[1]);
        }
        double[] total = new double[layout.nx * layout.ny];
        for (int s = 0; s < run.sorties().size(); s++) {
            double[] bins = layout.smoothedBins(run, s, null);
            if (bins == null) {
                continue;
            }
            for (int k = 0; k < total.length; k++) {
                total[k] += bins[k];
            }
        }
        return layout.grid(total);
    }

    /** Chooses which landed particles count: particle {@code i} (landed order) of sortie {@code sortie}. */
    @FunctionalInterface
    interface ParticleFilter {
        boolean includes(int sortie, int particle);
    }

    /**
     * The cells and per-sortie kernel widths of a run's grid, and the smoothed density of one
     * sortie on them. Immutable; {@link CumulativeDensity} keeps one to build many grids alike.
     */
    static final class Layout {
        final double e0;
        final double n0;
        final double cell;
        final int nx;
        final int ny;
        private final double[] bandwidth;

        private Layout(double e0, double n0, double cell, int nx, int ny, double[] bandwidth) {
            this.e0 = e0;
            this.n0 = n0;
            this.cell = cell;
            this.nx = nx;
            this.ny = ny;
            this.bandwidth = bandwidth;
        }

        /** The layout of a run's grid, or null when no particle landed. */
        static Layout of(SimulationRun run, double cellM) {
            if (!(cellM > 0)) {
                throw new IllegalArgumentException("cellM must be above 0, was " + cellM);
            }
            List<SortieLandings> sorties = run.sorties();
            double[] bandwidth = new double[2 * sorties.size()];
            double minE = Double.POSITIVE_INFINITY;
            double minN = Double.POSITIVE_INFINITY;
            double maxE = Double.NEGATIVE_INFINITY;
            double maxN = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < sorties.size(); s++) {
                SortieLandings l = sorties.get(s);
                if (l.landedCount() == 0) {
                    continue;
                }
                bandwidth[2 * s] = silverman(l.copyEastM());
                bandwidth[2 * s + 1] = silverman(l.copyNorthM());
                double margin = KERNEL_REACH * Math.max(bandwidth[2 * s], bandwidth[2 * s + 1]) + cellM;
                for (int i = 0; i < l.landedCount(); i++) {
                    minE = Math.min(minE, l.eastM(i) - margin);
                    maxE = Math.max(maxE, l.eastM(i) + margin);
                    minN = Math.min(minN, l.northM(i) - margin);
                    maxN = Math.max(maxN, l.northM(i) + margin);
                }
            }
            if (minE > maxE) {
                return null;
            }
            double cell = cellM;
            while ((Math.ceil((maxE - minE) / cell) + 1) * (Math.ceil((maxN - minN) / cell) + 1) > MAX_CELLS) {
                cell *= 2;
            }
            // cells aligned on multiples of the cell size, so grids of different runs line up
            double e0 = Math.floor(minE / cell) * cell;
            double n0 = Math.floor(minN / cell) * cell;
            int nx = (int) Math.ceil((maxE - e0) / cell) + 1;
            int ny = (int) Math.ceil((maxN - n0) / cell) + 1;
            return new Layout(e0, n0, cell, nx, ny, bandwidth);
        }

        /** Sortie s's leaflets per km2 (those the filter includes; all for null), or null when none counts. */
        double[] smoothedBins(SimulationRun run, int s, ParticleFilter filter) {
            SortieLandings l = run.sorties().get(s);
            if (l.landedCount() == 0) {
                return null;
            }
            double[] bins = new double[nx * ny];
            double w = l.leafletsPerParticle() / (cell * cell / 1e6);
            int counted = 0;
            for (int i = 0; i < l.landedCount(); i++) {
                if (filter != null && !filter.includes(s, i)) {
                    continue;
                }
                int ix = (int) ((l.eastM(i) - e0) / cell);
                int iy = (int) ((l.northM(i) - n0) / cell);
                bins[iy * nx + ix] += w;
                counted++;
            }
            if (counted == 0) {
                return null;
            }
            smooth(bins, nx, ny, bandwidth[2 * s] / cell, bandwidth[2 * s + 1] / cell);
            return bins;
        }

        DensityGrid grid(double[] perKm2) {
            return new DensityGrid(e0, n0, cell, nx, ny, perKm2);
        }
    }

    /**
     * A grid of other per-cell values (such as probabilities) on a layout of this class: cells of
     * {@code cellM} from (minEastM, minNorthM), row-major from the south-west, {@code values} copied.
     */
    public static DensityGrid ofValues(double minEastM, double minNorthM, double cellM, int columns, int rows,
                                       double[] values) {
        if (values.length != columns * rows || columns < 1 || rows < 1 || !(cellM > 0)) {
            throw new IllegalArgumentException("values must fill columns x rows cells of a positive size");
        }
        return new DensityGrid(minEastM, minNorthM, cellM, columns, rows, values.clone());
    }

    /** Silverman's rule of thumb for a Gaussian kernel: 0.9 min(SD, IQR / 1.34) n^(-1/5). */
    static double silverman(double[] values) {
        int n = values.length;
        if (n < 2) {
            return 0;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        double mean = 0;
        for (double x : v) {
            mean += x / n;
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double iqr = Percentiles.ofSorted(v, 75) - Percentiles.ofSorted(v, 25);
        double spread = iqr > 0 ? Math.min(sd, iqr / 1.34) : sd;
        return 0.9 * spread * Math.pow(n, -0.2);
    }

    /** Separable Gaussian smoothing in place; sigmas in cells; skipped below half a cell. */
    private static void smooth(double[] g, int nx, int ny, double sigmaX, double sigmaY) {
        if (sigmaX >= 0.5) {
            double[] k = kernel(sigmaX);
            int r = k.length / 2;
            double[] row = new double[nx];
            for (int y = 0; y < ny; y++) {
                System.arraycopy(g, y * nx, row, 0, nx);
                for (int x = 0; x < nx; x++) {
                    double sum = 0;
                    for (int j = -r; j <= r; j++) {
                        int xx = x + j;
                        if (xx >= 0 && xx < nx) {
                            sum += k[j + r] * row[xx];
                        }
                    }
                    g[y * nx + x] = sum;
                }
            }
        }
        if (sigmaY >= 0.5) {
            double[] k = kernel(sigmaY);
            int r = k.length / 2;
            double[] col = new double[ny];
            for (int x = 0; x < nx; x++) {
                for (int y = 0; y < ny; y++) {
                    col[y] = g[y * nx + x];
                }
                for (int y = 0; y < ny; y++) {
                    double sum = 0;
                    for (int j = -r; j <= r; j++) {
                        int yy = y + j;
                        if (yy >= 0 && yy < ny) {
                            sum += k[j + r] * col[yy];
                        }
                    }
                    g[y * nx + x] = sum;
                }
            }
        }
    }

    /** A normalised Gaussian kernel reaching four sigmas. */
    private static double[] kernel(double sigma) {
        int r = (int) Math.ceil(KERNEL_REACH * sigma);
        double[] k = new double[2 * r + 1];
        double sum = 0;
        for (int j = -r; j <= r; j++) {
            k[j + r] = Math.exp(-0.5 * j * j / (sigma * sigma));
            sum += k[j + r];
        }
        for (int j = 0; j < k.length; j++) {
            k[j] /= sum;
        }
        return k;
    }

    public double cellM() {
        return cellM;
    }

    public int columns() {
        return nx;
    }

    public int rows() {
        return ny;
    }

    /** Leaflets per km2 in cell (column, row); row 0 is the southernmost. */
    public double perKm2(int column, int row) {
        return perKm2[row * nx + column];
    }

    /** Leaflets per km2 at a point of the frame (0 off the grid). */
    public double perKm2At(double eastM, double northM) {
        int ix = (int) Math.floor((eastM - minEastM) / cellM);
        int iy = (int) Math.floor((northM - minNorthM) / cellM);
        return ix < 0 || iy < 0 || ix >= nx || iy >= ny ? 0 : perKm2[iy * nx + ix];
    }

    /** East (m) of the west edge of the grid. */
    public double minEastM() {
        return minEastM;
    }

    /** North (m) of the south edge of the grid. */
    public double minNorthM() {
        return minNorthM;
    }

    /**
     * Share of an area (in the frame) where the density is at or above a threshold: the area of
     * the qualifying cells clipped to it, over its area. Off the grid the density is 0. A
     * threshold of 0 is met everywhere.
     */
    public double areaFractionAtOrAbove(Geometry area, double thresholdPerKm2) {
        double total = area.getArea();
        if (!(total > 0)) {
            return 0;
        }
        if (thresholdPerKm2 <= 0) {
            return 1;
        }
        Envelope env = area.getEnvelopeInternal();
        int x0 = Math.max(0, (int) Math.floor((env.getMinX() - minEastM) / cellM));
        int x1 = Math.min(nx - 1, (int) Math.floor((env.getMaxX() - minEastM) / cellM));
        int y0 = Math.max(0, (int) Math.floor((env.getMinY() - minNorthM) / cellM));
        int y1 = Math.min(ny - 1, (int) Math.floor((env.getMaxY() - minNorthM) / cellM));
        double covered = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (perKm2[y * nx + x] < thresholdPerKm2) {
                    continue;
                }
                double e = minEastM + x * cellM;
                double n = minNorthM + y * cellM;
                covered += clippedArea(area, e, n, e + cellM, n + cellM);
            }
        }
        return Math.min(1, covered / total);
    }

    /**
     * Area of a (multi)polygon inside an axis-aligned box: each ring clipped to the box
     * (Sutherland-Hodgman, exact for a convex window), holes subtracted. Cheaper to start than a
     * general overlay, which matters for a command that runs once.
     */
    static double clippedArea(Geometry area, double minX, double minY, double maxX, double maxY) {
        double total = 0;
        for (int g = 0; g < area.getNumGeometries(); g++) {
            Geometry part = area.getGeometryN(g);
            if (!(part instanceof Polygon p)) {
                continue;
            }
            total += ringArea(clip(p.getExteriorRing().getCoordinates(), minX, minY, maxX, maxY));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                total -= ringArea(clip(p.getInteriorRingN(h).getCoordinates(), minX, minY, maxX, maxY));
            }
        }
        return Math.max(total, 0);
    }

    /** A closed ring's vertices (last equal to first) clipped to a box, as an open vertex list {x0, y0, x1, y1, ...}. */
    private static double[] clip(Coordinate[] ring, double minX, double minY, double maxX, double maxY) {
        int n = ring.length - 1;
        double[] pts = new double[2 * n];
        for (int i = 0; i < n; i++) {
            pts[2 * i] = ring[i].x;
            pts[2 * i + 1] = ring[i].y;
        }
        pts = clipEdge(pts, 0, minX, true);
        pts = clipEdge(pts, 0, maxX, false);
        pts = clipEdge(pts, 1, minY, true);
        return clipEdge(pts, 1, maxY, false);
    }

    /** One Sutherland-Hodgman pass: keeps the side of axis value {@code at} (above it when {@code keepAbove}). */
    private static double[] clipEdge(double[] pts, int axis, double at, boolean keepAbove) {
        int n = pts.length / 2;
        if (n == 0) {
            return pts;
        }
        double[] out = new double[4 * n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ai = pts[2 * i + axis];
            double aj = pts[2 * j + axis];
            boolean inI = keepAbove ? ai >= at : ai <= at;
            boolean inJ = keepAbove ? aj >= at : aj <= at;
            if (inI) {
                out[2 * m] = pts[2 * i];
                out[2 * m + 1] = pts[2 * i + 1];
                m++;
            }
            if (inI != inJ) {
                double t = (at - ai) / (aj - ai);
                out[2 * m] = pts[2 * i] + t * (pts[2 * j] - pts[2 * i]);
                out[2 * m + 1] = pts[2 * i + 1] + t * (pts[2 * j + 1] - pts[2 * i + 1]);
                m++;
            }
        }
        return Arrays.copyOf(out, 2 * m);
    }

    /** Absolute shoelace area of an open vertex list. */
    private static double ringArea(double[] pts) {
        int n = pts.length / 2;
        double twice = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            twice += pts[2 * i] * pts[2 * j + 1] - pts[2 * j] * pts[2 * i + 1];
        }
        return Math.abs(twice) / 2;
    }
}
