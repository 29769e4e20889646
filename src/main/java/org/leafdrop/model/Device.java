package org.leafdrop.model;

/**
 * A leaflet store from the device catalog. Capacity is a reported figure; mass, diameter, drag
 * coefficient and opening radius are assumptions unless {@code source} says otherwise.
 *
 * @param kind {@code leaflet-bomb} or {@code box}
 */
public record Device(String id, String kind, long capacityLeaflets, double loadedMassKg, double diameterM,
                     double dragCoefficient, double defaultOpeningRadiusM, String source) {
    /**
     * Whether the capacity is a reported figure; every other value of a store (mass, diameter,
     * drag coefficient, opening radius) is an engineering assumption in the bundled catalog.
     */
    public boolean capacityReported() {
        return source.startsWith("capacity reported");
    }

    /** Frontal area (m2) from the diameter. */
    public double frontalAreaM2() {
        return Math.PI * diameterM * diameterM / 4.0;
    }
}
