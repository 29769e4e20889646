package org.leafdrop.cli;

/** Exit codes of every command (PLAN-FORMAT.md "Command line"). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int INVALID_INPUT = 2;

    private ExitCodes() {
    }
}
