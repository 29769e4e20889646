package org.leafdrop.render;

/**
 * An immutable Web Mercator viewport: the centre, the ground resolution at the centre (metres
 * per pixel) and the size in pixels. Methods return new views, so zoom and pan are testable.
 */
public record MapView(double centreLonDeg, double centreLatDeg, double metresPerPixel, int widthPx, int heightPx) {
    private static final double R = 6378137.0;

    public MapView {
        if (!(metresPerPixel > 0) || widthPx < 1 || heightPx < 1) {
            throw new IllegalArgumentException("a view needs a positive resolution and size");
        }
    }

    /** A view showing the lon/lat box with a margin, at the given size. */
    public static MapView fit(double minLon, double minLat, double maxLon, double maxLat, int widthPx, int heightPx,
                              double marginFraction) {
        double cx = (mercX(minLon) + mercX(maxLon)) / 2;
        double cy = (mercY(minLat) + mercY(maxLat)) / 2;
        double spanX = Math.max(mercX(maxLon) - mercX(minLon), 1);
        double spanY = Math.max(mercY(maxLat) - mercY(minLat), 1);
        double mercPerPx = Math.max(spanX / widthPx, spanY / heightPx) * (1 + 2 * marginFraction);
        double lat = Math.toDegrees(Math.atan(Math.sinh(cy / R)));
        double lon = Math.toDegrees(cx / R);
        return new MapView(lon, lat, mercPerPx * Math.cos(Math.toRadians(lat)), widthPx, heightPx);
    }

    /** Pixel {x, y} of a position. */
    public double[] toPixel(double lonDeg, double latDeg) {
        double mercPerPx = metresPerPixel / Math.cos(Math.toRadians(centreLatDeg));
        return new double[] {widthPx / 2.0 + (mercX(lonDeg) - mercX(centreLonDeg)) / mercPerPx,
            heightPx / 2.0 - (mercY(latDeg) - mercY(centreLatDeg)) / mercPerPx};
    }

    /** Position {lonDeg, latDeg} under a pixel (the inverse of {@link #toPixel}). */
    public double[] toLonLat(double xPx, double yPx) {
        double mercPerPx = mercPerPixel();
        double mx = mercX(centreLonDeg) + (xPx - widthPx / 2.0) * mercPerPx;
        double my = mercY(centreLatDeg) - (yPx - heightPx / 2.0) * mercPerPx;
        return new double[] {normaliseLon(Math.toDegrees(mx / R)), Math.toDegrees(Math.atan(Math.sinh(my / R)))};
    }

    /** Web Mercator metres per pixel (the projection's own, not ground metres). */
    public double mercPerPixel() {
        return metresPerPixel / Math.cos(Math.toRadians(centreLatDeg));
    }

    public MapView zoomed(double factor) {
        return new MapView(centreLonDeg, centreLatDeg, metresPerPixel / factor, widthPx, heightPx);
    }

    /**
     * Zoomed by {@code factor} (above 1 zooms in) keeping the position under pixel (x, y) where
     * it is, as a mouse wheel zoom does. The resolution stays between 0.05 m and 50 km per pixel.
     */
    public MapView zoomedAround(double factor, double xPx, double yPx) {
        double targetMerc = Math.min(Math.max(mercPerPixel() / factor, MIN_MERC_PER_PX), MAX_MERC_PER_PX);
        double mx = mercX(centreLonDeg) + (xPx - widthPx / 2.0) * mercPerPixel();
        double my = mercY(centreLatDeg) - (yPx - heightPx / 2.0) * mercPerPixel();
        double cx = mx - (xPx - widthPx / 2.0) * targetMerc;
        double cy = clampMercY(my + (yPx - heightPx / 2.0) * targetMerc);
        return ofMercator(cx, cy, targetMerc, widthPx, heightPx);
    }

    /** Moved so that the map follows a drag of (dx, dy) pixels. */
    public MapView panned(double dxPx, double dyPx) {
        double cx = mercX(centreLonDeg) - dxPx * mercPerPixel();
        double cy = clampMercY(mercY(centreLatDeg) + dyPx * mercPerPixel());
        return ofMercator(cx, cy, mercPerPixel(), widthPx, heightPx);
    }

    /** The same centre and scale in a window of another size. */
    public MapView resized(int newWidthPx, int newHeightPx) {
        return new MapView(centreLonDeg, centreLatDeg, metresPerPixel, Math.max(1, newWidthPx), Math.max(1, newHeightPx));
    }

    /**
     * The slippy-map zoom level whose 256-pixel tiles match this view's scale (fractional;
     * round to pick tiles).
     */
    public double tileZoom() {
        return Math.log(2 * Math.PI * R / 256 / mercPerPixel()) / Math.log(2);
    }

    private static final double MIN_MERC_PER_PX = 0.05;
    private static final double MAX_MERC_PER_PX = 50_000;
    private static final double MAX_MERC_Y = R * Math.PI;

    private static MapView ofMercator(double mx, double my, double mercPerPx, int w, int h) {
        double lat = Math.toDegrees(Math.atan(Math.sinh(my / R)));
        double lon = normaliseLon(Math.toDegrees(mx / R));
        return new MapView(lon, lat, mercPerPx * Math.cos(Math.toRadians(lat)), w, h);
    }

    private static double clampMercY(double my) {
        return Math.max(-MAX_MERC_Y * 0.995, Math.min(MAX_MERC_Y * 0.995, my));
    }

    private static double normaliseLon(double lon) {
        double l = ((lon + 180) % 360 + 360) % 360 - 180;
        return l == -180 && lon > 0 ? 180 : l;
    }

    public static double mercX(double lonDeg) {
        return R * Math.toRadians(lonDeg);
    }

    public static double mercY(double latDeg) {
        return R * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(latDeg) / 2));
    }
}
