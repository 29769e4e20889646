/**
 * Geodesy for Leafdrop: the plan's local east-north tangent plane on WGS84, geodesic distance,
 * bearing and area (GeographicLib), MGRS and degree formatting. Pure functions and immutable
 * objects; thread-safe. Imports only {@code units} of Leafdrop's.
 */
package org.leafdrop.geo;
