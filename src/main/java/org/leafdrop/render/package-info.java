/**
 * The map painter: draws a plan and its results (density, targets, exclusions, tracks, landing
 * ellipses, contours, scale bar, north arrow, legend) through the small {@link
 * org.leafdrop.render.MapCanvas} interface, so the window (JavaFX, in {@code ui.map}) and the
 * exports (Java2D, here) show the same map. Web Mercator view; no JavaFX here.
 * <p>
 * Under the plan: the offline {@link org.leafdrop.render.BaseMap} (Natural Earth borders,
 * hand-digitised approximate Mosul features) drawn by {@link org.leafdrop.render.BaseMapPainter},
 * and raster tiles from any {@link org.leafdrop.render.TileSource} drawn by
 * {@link org.leafdrop.render.TileLayerPainter}. The sources themselves (MBTiles, online XYZ) live in
 * {@code io}.
 */
package org.leafdrop.render;
