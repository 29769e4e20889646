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

    public MapView zoomed(double factor) {
        return new MapView(centreLonDeg, centreLatDeg, metresPerPixel / factor, widthPx, heightPx);
    }

    static double mercX(double lonDeg) {
        return R * Math.toRadians(lonDeg);
    }

    static double mercY(double latDeg) {
        return R * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(latDeg) / 2));
    }
}
