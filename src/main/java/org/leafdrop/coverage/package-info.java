/**
 * What the landings mean on the ground (PHYSICS.md section 8): per-sortie statistics (fall times,
 * centroids, drift, covariance ellipse, R50/R90), counts of leaflets inside targets and exclusions,
 * and the assembled {@link org.leafdrop.coverage.PlanResult}. Density grids and contours belong
 * here too. Input: a {@link org.leafdrop.sim.SimulationRun} and its plan; all geometry is done in
 * the run's local east-north frame (metres), areas and drifts geodesically. Pure functions and
 * immutable values, thread-safe; no JavaFX, no I/O (writers and readers live in {@code io}).
 */
package org.leafdrop.coverage;
