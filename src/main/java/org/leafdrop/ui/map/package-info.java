/**
 * The map in the window: the viewport, one canvas per layer group redrawn once per pulse, the
 * JavaFX implementation of {@link org.leafdrop.render.MapCanvas}, base layers and tiles.
 */
package org.leafdrop.ui.map;
