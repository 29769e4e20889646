/**
 * Start-up wiring: {@link org.leafdrop.app.Launcher} is the jar's main class (it does not extend
 * a JavaFX Application, so {@code java -jar} works) and builds the command line over the core.
 */
package org.leafdrop.app;
