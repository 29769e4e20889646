package org.leafdrop.model;

import java.util.OptionalDouble;

/**
 * A leaflet type resolved for simulation: a catalog row or a plan-local definition.
 *
 * @param descentRateMps        sea-level descent rate w0
 * @param descentSpreadFraction relative SD of w0 between leaflets
 * @param leafletsPerLb         for payload conversion, when known
 * @param estimatedRate         true when w0 comes from the effective-drag formula, not a measurement
 * @param autorotates           whether the type autorotates (spins), when known
 */
public record LeafletSpec(String id, String name, double descentRateMps, double descentSpreadFraction,
                          OptionalDouble leafletsPerLb, boolean estimatedRate, boolean fromCatalog,
                          boolean autorotates) {
}
