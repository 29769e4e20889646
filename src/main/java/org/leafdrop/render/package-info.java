/**
 * The map painter: draws a plan and its results (density, targets, exclusions, tracks, landing
 * ellipses, contours, scale bar, north arrow, legend) through the small {@link
 * org.leafdrop.render.MapCanvas} interface, so the window (JavaFX, in {@code ui.map}) and the
 * exports (Java2D, here) show the same map. Web Mercator view; no JavaFX here.
 */
package org.leafdrop.render;
