package org.leafdrop.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Resolves a sortie's {@code leafletType} to a {@link LeafletSpec} (PHYSICS.md section 3,
 * PLAN-FORMAT.md rules): a plan-local type wins over a catalog type of the same id; custom types
 * without a measured rate get w0 = sqrt(2 m g / (rho0 Cd A)) with the class's median effective Cd.
 */
public final class LeafletTypes {
    /** Median effective drag coefficient implied by the table for autorotating leaflets. */
    public static final double CD_AUTOROTATING = 3.5;
    /** Median effective drag coefficient implied by the table for the others. */
    public static final double CD_OTHER = 1.2;
    /** Default relative SD of w0 for catalog types (an assumption until calibrated). */
    public static final double CATALOG_SPREAD = 0.10;
    /** ISA sea-level density (kg/m3), p0 / (R T0). */
    public static final double RHO0 = 101325.0 / (287.053 * 288.15);
    public static final double G0 = 9.80665;
    /** Grams per pound, for leaflets per pound of a plan-local type. */
    public static final double G_PER_LB = 453.59237;

    private LeafletTypes() {
    }

    /** Resolves an id against the plan, then the catalog; empty when neither knows it. */
    public static Optional<LeafletSpec> resolve(Plan plan, String id, LeafletCatalog catalog) {
        Optional<LeafletTypeDef> local = plan.leafletTypeDef(id);
        if (local.isPresent()) {
            return Optional.of(fromDef(local.get()));
        }
        return catalog.find(id).map(LeafletTypes::fromCatalog);
    }

    public static LeafletSpec fromCatalog(CatalogLeaflet c) {
        return new LeafletSpec(c.id(), c.id() + (c.standard() ? " (standard leaflet)" : ""), c.descentRateMps(),
                CATALOG_SPREAD, OptionalDouble.of(c.leafletsPerLb()), false, true, c.autorotates());
    }

    public static LeafletSpec fromDef(LeafletTypeDef d) {
        boolean estimated = d.descentRateMps().isEmpty();
        boolean autorotates = d.autorotates().orElse(false);
        double w0 = estimated
                ? terminalSpeedMps(d.massKg().getAsDouble(), d.widthM().getAsDouble() * d.heightM().getAsDouble(),
                        autorotates ? CD_AUTOROTATING : CD_OTHER)
                : d.descentRateMps().getAsDouble();
        OptionalDouble perLb = d.massKg().isPresent()
                ? OptionalDouble.of(G_PER_LB / (d.massKg().getAsDouble() * 1000.0))
                : OptionalDouble.empty();
        return new LeafletSpec(d.id(), d.name().orElse(d.id()), w0, d.descentSpreadFraction().orElse(0.0), perLb,
                estimated, false, autorotates);
    }

    /** Sea-level terminal speed w0 = sqrt(2 m g / (rho0 Cd A)). */
    public static double terminalSpeedMps(double massKg, double areaM2, double dragCoefficient) {
        return Math.sqrt(2 * massKg * G0 / (RHO0 * dragCoefficient * areaM2));
    }

    /** The effective drag coefficient implied by a measured sea-level descent rate. */
    public static double impliedDragCoefficient(double massKg, double areaM2, double descentRateMps) {
        return 2 * massKg * G0 / (RHO0 * areaM2 * descentRateMps * descentRateMps);
    }

    /** Leaflets for a payload: floor(payloadLb x leaflets per pound). */
    public static long leafletsForPayload(double payloadLb, double leafletsPerLb) {
        return (long) Math.floor(payloadLb * leafletsPerLb);
    }

    /** Leaflets per pound of a sheet from its area and paper basis weight (g/m2). */
    public static double leafletsPerLbFromPaper(double areaM2, double basisWeightGPerM2) {
        return G_PER_LB / (areaM2 * basisWeightGPerM2);
    }
}
