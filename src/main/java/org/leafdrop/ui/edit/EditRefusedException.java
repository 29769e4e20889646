package org.leafdrop.ui.edit;

/**
 * An edit the plan cannot take (a polygon that would cross itself, a ring that would lose its
 * last vertices). Thrown by an {@link EditCommand} before anything changes; the message is
 * written for the status bar ("Cannot delete the vertex: an area needs at least 3 vertices").
 *
 * <p>It is an {@link IllegalArgumentException} because {@link PlanEditor#apply} documents that
 * rejected edits throw one and leave the plan as it was.
 */
public final class EditRefusedException extends IllegalArgumentException {
    public EditRefusedException(String userMessage) {
        super(userMessage);
    }

    /** The sentence to show the user. */
    public String userMessage() {
        return getMessage();
    }
}
