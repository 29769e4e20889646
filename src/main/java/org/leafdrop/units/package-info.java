/**
 * Unit conversions used only at the edges (readers, command line, display): feet, knots,
 * nautical miles, pounds and inches to and from SI. The core works in SI throughout.
 * Imports nothing of Leafdrop's.
 */
package org.leafdrop.units;
