/**
 * The air the leaflets fall through (PHYSICS.md sections 2, 4 and 5): ISA and sounding
 * atmospheres, wind fields interpolated in u/v over height and time, and turbulence sigma
 * profiles. Built from the plan's {@code model.Weather}; immutable and thread-safe. Readers for
 * wind files live in {@code io} and produce model records, not these objects.
 */
package org.leafdrop.weather;
