/**
 * The inverse problem: where to release so that leaflets land where intended. The solver moves
 * release tracks (same heading, length and altitude) so that each sortie's landing centroid falls
 * on its target's centroid. Built on the engine ({@code sim}) and the landing statistics; no
 * JavaFX, no I/O.
 */
package org.leafdrop.planning;
