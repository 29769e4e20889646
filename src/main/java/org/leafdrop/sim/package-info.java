/**
 * The particle engine (PHYSICS.md sections 3 to 7): descent, release methods, turbulence random
 * walks, the time-stepping Monte Carlo run over structure-of-arrays chunks with one seeded random
 * stream per chunk, the direct height-integration fast path, and the doctrinal hand method.
 * Input: a {@link org.leafdrop.sim.Scenario} (a validated plan in its local frame). Output: landing
 * positions and fall times per sortie. Pure functions of (plan, seed); no JavaFX, no I/O.
 */
package org.leafdrop.sim;
