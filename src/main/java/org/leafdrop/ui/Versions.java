package org.leafdrop.ui;

/** The program version from the jar's manifest ("development" when run from classes). */
final class Versions {
    private Versions() {
    }

    static String current() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
