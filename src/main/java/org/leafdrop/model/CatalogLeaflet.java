package org.leafdrop.model;

/**
 * One row of the doctrinal leaflet table (GTA 33-01-003 table 2-1). Inches, pounds and ft/s are
 * the source's units; {@link #descentRateMps()} gives SI.
 *
 * @param spreadFactor doctrinal spread factor (undocumented; cross-check only)
 */
public record CatalogLeaflet(double widthIn, double heightIn, int paperBasisLb, double descentRateFtps,
                             double spreadFactor, boolean autorotates, double leafletsPerLb,
                             boolean standard) {
    /** Catalog id, e.g. {@code 6x3-20lb} or {@code 8.5x4.25-16lb}. */
    public String id() {
        return fmt(widthIn) + "x" + fmt(heightIn) + "-" + paperBasisLb + "lb";
    }

    public double descentRateMps() {
        return descentRateFtps * org.leafdrop.units.Units.M_PER_FT;
    }

    public double areaM2() {
        return org.leafdrop.units.Units.inToM(widthIn) * org.leafdrop.units.Units.inToM(heightIn);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
