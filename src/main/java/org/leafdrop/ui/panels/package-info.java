/**
 * The side panels: layers, plan tree, properties, winds, simulation settings and results. Each
 * panel is a view model (properties and observable lists, no Nodes, tested without rendering)
 * and a thin view ({@code ...Panel}, a JavaFX node) over it. The view models observe the
 * {@link org.leafdrop.ui.edit.PlanEditor} and never keep their own copy of the plan; every change
 * they make is one named {@link org.leafdrop.ui.edit.EditCommand}, so it can be undone. Input
 * they cannot apply leaves the plan unchanged and gives a message naming the field.
 *
 * <p>Values are SI in the plan and shown in the {@link org.leafdrop.ui.panels.UnitSystem} the
 * window owns and hands to each panel. Panels never simulate: the window feeds the results panel
 * with a {@code PlanResult} (and a fast-path preview) computed on its worker threads.
 * Map drawing and drawing tools belong to {@code ui.map} and {@code ui.edit}; use everything
 * here on the FX thread.
 */
package org.leafdrop.ui.panels;
