package org.leafdrop.io;

/**
 * The program's version, from the jar's manifest ("development" when run from classes): for
 * {@code --version}, result files, the window's About box and the User-Agent of online requests.
 */
public final class ProgramVersion {
    private ProgramVersion() {
    }

    public static String current() {
        String v = ProgramVersion.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
