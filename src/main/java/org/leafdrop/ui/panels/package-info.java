/**
 * The side panels: layers, plan tree, properties, winds, simulation settings and results. Each
 * view sits over a view model that is tested without rendering.
 */
package org.leafdrop.ui.panels;
