/**
 * Editing: the plan being edited with its undo history ({@link org.leafdrop.ui.edit.PlanEditor}),
 * the selection, edits as named commands that turn one immutable Plan into the next (the
 * {@code ...Command} classes; an edit the plan cannot take throws
 * {@link org.leafdrop.ui.edit.EditRefusedException} and changes nothing), and the map tools as
 * small state machines over abstract mouse and key input ({@link org.leafdrop.ui.edit.MapInput},
 * {@link org.leafdrop.ui.edit.EditKey}). The window talks to {@link org.leafdrop.ui.edit.ToolBox}.
 *
 * <p>No JavaFX nodes or events here, only observable properties: everything runs and is tested
 * without a screen. Overlays are painted through {@link org.leafdrop.render.MapCanvas}.
 */
package org.leafdrop.ui.edit;
