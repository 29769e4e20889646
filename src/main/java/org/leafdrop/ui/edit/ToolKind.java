package org.leafdrop.ui.edit;

/** The map tools, with the toolbar's labels. */
public enum ToolKind {
    SELECT("Select / move"),
    DRAW_TARGET("Draw target"),
    DRAW_EXCLUSION("Draw exclusion"),
    DRAW_TRACK("Draw release track"),
    MEASURE("Measure distance and bearing");

    private final String label;

    ToolKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Drawing tools go back to {@link #SELECT} on Escape. */
    public boolean isDrawing() {
        return this == DRAW_TARGET || this == DRAW_EXCLUSION || this == DRAW_TRACK;
    }
}
