/**
 * Editing: the plan being edited with its undo history ({@link org.leafdrop.ui.edit.PlanEditor}),
 * the selection, edits as named commands that turn one immutable Plan into the next, and the
 * drawing tools as small state machines over map input.
 */
package org.leafdrop.ui.edit;
