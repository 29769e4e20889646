/**
 * Reading and writing Leafdrop files: the plan JSON (PLAN-FORMAT.md) with every problem reported
 * by file, JSON path, line and column, and atomic file writes shared by all writers.
 * <p>
 * {@link org.leafdrop.io.PlanReader} parses with Jackson's streaming parser into a small located
 * tree ({@link org.leafdrop.io.JsonValue}) and binds it to the immutable records of
 * {@code org.leafdrop.model} by hand, so that a bad file yields a list of
 * {@link org.leafdrop.model.Problem}s rather than an exception. {@link org.leafdrop.io.PlanWriter}
 * writes a plan back in the documented field order, unknown fields included.
 * {@link org.leafdrop.io.AtomicFiles} writes a temporary file beside the target and moves it into
 * place, so a failed save never leaves half a file.
 * <p>
 * Map tile sources implement {@link org.leafdrop.render.TileSource}:
 * {@link org.leafdrop.io.MbtilesReader} (a raster MBTiles file, read-only) and
 * {@link org.leafdrop.io.OnlineTileSource} (an XYZ server with a disk cache, following the
 * OpenStreetMap tile usage policy, configured by {@link org.leafdrop.io.OnlineTileSettings}).
 * <p>
 * This package depends on {@code model}, {@code geo} and {@code units}, and on {@code render} for
 * the tile interfaces; it never imports JavaFX or the user interface.
 */
package org.leafdrop.io;
