package org.leafdrop.render;

import java.util.Objects;

/**
 * A decoded raster (a map tile) as ARGB pixels, row by row from the top. Treat the array as
 * read-only: images are shared between threads and canvases.
 */
public record RasterImage(int widthPx, int heightPx, int[] argb) {
    public RasterImage {
        Objects.requireNonNull(argb, "argb");
        if (widthPx < 1 || heightPx < 1 || argb.length != widthPx * heightPx) {
            throw new IllegalArgumentException("an image of " + widthPx + " x " + heightPx
                    + " needs " + (long) widthPx * heightPx + " pixels, got " + argb.length);
        }
    }
}
