/**
 * Outputs for people: the PNG map export (Java2D through the {@code render} painter), later the
 * PDF briefing. No JavaFX.
 */
package org.leafdrop.report;
