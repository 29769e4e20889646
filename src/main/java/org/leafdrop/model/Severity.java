package org.leafdrop.model;

/** How bad a reported problem is: an error stops the command (exit 2); a warning does not. */
public enum Severity {
    ERROR, WARNING;

    /** "error" or "warning", as printed in {@code FILE:LINE:COLUMN: error: ...}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
