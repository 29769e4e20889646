/**
 * Outputs for people: the PDF briefing (PDFBox, Standard 14 fonts, text made safe in one place)
 * and the PNG map export, both painting the map in Java2D through the {@code render} painter.
 * No JavaFX, no command-line or window code.
 */
package org.leafdrop.report;
