/**
 * Reading and writing Leafdrop files: the plan JSON (PLAN-FORMAT.md) with every problem reported
 * by file, JSON path, line and column, and atomic file writes shared by all writers.
 * <p>
 * {@link org.leafdrop.io.PlanReader} parses with Jackson's streaming parser into a small located
 * tree ({@link org.leafdrop.io.JsonValue}) and binds it to the immutable records of
 * {@code org.leafdrop.model} by hand, so that a bad file yields a list of
 * {@link org.leafdrop.model.Problem}s rather than an exception. {@link org.leafdrop.io.PlanWriter}
 * writes a plan back in the documented field order, unknown fields included.
 * {@link org.leafdrop.io.AtomicFiles} writes a temporary file beside the target and moves it into
 * place, so a failed save never leaves half a file.
 * <p>
 * This package depends on {@code model}, {@code geo} and {@code units} only; it never imports
 * JavaFX or the user interface.
 */
package org.leafdrop.io;
