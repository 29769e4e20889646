package org.leafdrop.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Paints the raster tiles of a {@link TileSource} that a view shows. The zoom is the view's
 * {@link MapView#tileZoom()} rounded and clamped to the source's range, so tiles are drawn between
 * about 0.7 and 1.4 times their size. A tile not in memory is reported as missing (nearest the
 * centre first, so the caller can request it) and, meanwhile, the best cached ancestor tile up to
 * {@value #MAX_PARENT_LEVELS} levels up is stretched over its place. Only tiles the view shows are
 * reported: no prefetch. Columns wrap around the antimeridian. The source's attribution, if any,
 * is written bottom right. Stateless; call it on the thread that owns the canvas.
 */
public final class TileLayerPainter {
    /** How many zoom levels up a stand-in for a missing tile is looked for (a 2^6 = 64x stretch at most). */
    public static final int MAX_PARENT_LEVELS = 6;
    private static final double HALF_WORLD_M = Math.PI * 6378137.0;

    private TileLayerPainter() {
    }

    /** The integer tile zoom the painter uses for a view and source. */
    public static int zoomFor(MapView v, TileSource s) {
        int z = (int) Math.round(v.tileZoom());
        return Math.max(s.minZoom(), Math.min(s.maxZoom(), Math.max(0, Math.min(TileId.MAX_ZOOM, z))));
    }

    /**
     * Draws the visible tiles and hands each missing one to {@code missing}, nearest the view's
     * centre first.
     */
    public static void paint(MapCanvas c, MapView v, TileSource s, Consumer<TileId> missing) {
        List<Placed> missed = new ArrayList<>();
        for (Placed p : visible(v, zoomFor(v, s))) {
            Optional<RasterImage> image = s.cached(p.id());
            if (image.isPresent()) {
                c.drawImage(image.get(), p.x0(), p.y0(), p.x1() - p.x0(), p.y1() - p.y0());
            } else {
                missed.add(p);
                parentPart(s, p.id()).ifPresent(part -> c.drawImage(part, p.x0(), p.y0(), p.x1() - p.x0(),
                        p.y1() - p.y0()));
            }
        }
        Attribution.bottomRight(c, v, s.attribution());
        double cx = v.widthPx() / 2.0;
        double cy = v.heightPx() / 2.0;
        missed.sort(Comparator.comparingDouble(p -> Math.hypot((p.x0() + p.x1()) / 2.0 - cx,
                (p.y0() + p.y1()) / 2.0 - cy)));
        missed.forEach(p -> missing.accept(p.id()));
    }

    /** A tile and the pixel rectangle it covers (edges rounded, so neighbours share them exactly). */
    record Placed(TileId id, long x0, long y0, long x1, long y1) {
    }

    /** The tiles of zoom {@code z} that a view shows, row by row. */
    static List<Placed> visible(MapView v, int z) {
        int n = 1 << z;
        double tileM = 2 * HALF_WORLD_M / n;
        double mpp = v.mercPerPixel();
        double cx = MapView.mercX(v.centreLonDeg());
        double cy = MapView.mercY(v.centreLatDeg());
        double left = cx - v.widthPx() / 2.0 * mpp;
        double right = cx + v.widthPx() / 2.0 * mpp;
        double top = cy + v.heightPx() / 2.0 * mpp;
        double bottom = cy - v.heightPx() / 2.0 * mpp;
        long i0 = (long) Math.floor((left + HALF_WORLD_M) / tileM);
        long i1 = (long) Math.ceil((right + HALF_WORLD_M) / tileM) - 1;
        int j0 = (int) Math.max(0, Math.floor((HALF_WORLD_M - top) / tileM));
        int j1 = (int) Math.min(n - 1, Math.ceil((HALF_WORLD_M - bottom) / tileM) - 1);
        // a view wider than a few worlds (zoomed far out) would repeat the same tiles; draw four at most
        i1 = Math.min(i1, i0 + 4L * n - 1);
        List<Placed> out = new ArrayList<>();
        for (int j = j0; j <= j1; j++) {
            long y0 = Math.round(v.heightPx() / 2.0 - (HALF_WORLD_M - j * tileM - cy) / mpp);
            long y1 = Math.round(v.heightPx() / 2.0 - (HALF_WORLD_M - (j + 1) * tileM - cy) / mpp);
            for (long i = i0; i <= i1; i++) {
                long x0 = Math.round(v.widthPx() / 2.0 + (-HALF_WORLD_M + i * tileM - cx) / mpp);
                long x1 = Math.round(v.widthPx() / 2.0 + (-HALF_WORLD_M + (i + 1) * tileM - cx) / mpp);
                if (x1 > x0 && y1 > y0) {
                    out.add(new Placed(new TileId(z, (int) Math.floorMod(i, (long) n), j), x0, y0, x1, y1));
                }
            }
        }
        return out;
    }

    /** The part of the nearest cached ancestor that covers {@code id}, cut out at the ancestor's resolution. */
    static Optional<RasterImage> parentPart(TileSource s, TileId id) {
        for (int k = 1; k <= MAX_PARENT_LEVELS && id.z() - k >= Math.max(0, s.minZoom()); k++) {
            TileId ancestor = new TileId(id.z() - k, id.x() >> k, id.y() >> k);
            Optional<RasterImage> image = s.cached(ancestor);
            if (image.isPresent()) {
                RasterImage a = image.get();
                int mask = (1 << k) - 1;
                int w = a.widthPx() >> k;
                int h = a.heightPx() >> k;
                if (w < 1 || h < 1) {
                    return Optional.empty();
                }
                return Optional.of(crop(a, (id.x() & mask) * w, (id.y() & mask) * h, w, h));
            }
        }
        return Optional.empty();
    }

    static RasterImage crop(RasterImage image, int x, int y, int w, int h) {
        int[] out = new int[w * h];
        for (int row = 0; row < h; row++) {
            System.arraycopy(image.argb(), (y + row) * image.widthPx() + x, out, row * w, w);
        }
        return new RasterImage(w, h, out);
    }
}
