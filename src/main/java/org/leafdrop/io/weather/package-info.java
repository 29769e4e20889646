/**
 * Readers of wind files (University of Wyoming soundings, FB winds aloft, CSV tables, Open-Meteo
 * forecasts), each normalising to the plan's conventions: heights above mean sea level in
 * metres, the direction the wind blows from in degrees true, speeds in m/s. They report problems
 * with line numbers as {@link org.leafdrop.model.Problem}s and never throw for bad input.
 */
package org.leafdrop.io.weather;
