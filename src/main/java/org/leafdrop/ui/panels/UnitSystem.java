package org.leafdrop.ui.panels;

import java.util.OptionalDouble;
import org.leafdrop.units.Units;

/**
 * The units the panels show: imperial (ft, kt, NM, lb) or metric (m, m/s, km, kg). The plan stays
 * SI throughout; values are converted here, on the way to and from the screen only. The window
 * owns one {@code ObjectProperty<UnitSystem>} and hands it to every panel, which re-displays its
 * values when it changes. Directions (degrees true), times, densities (per km2) and counts are the
 * same in both systems.
 */
public enum UnitSystem {
    IMPERIAL("Imperial (ft, kt, NM, lb)"),
    METRIC("Metric (m, m/s, km, kg)");

    /** A kind of value whose unit depends on the system; SI is m, m/s, m and kg. */
    public enum Quantity {
        /** Heights and altitudes: whole ft or m. */
        HEIGHT(0),
        /** Aircraft and wind speeds: kt or m/s to a tenth. */
        SPEED(1),
        /** Track lengths, drifts and radii: NM or km to a hundredth. */
        DISTANCE(2),
        /** Payloads: lb or kg to a tenth. */
        MASS(1);

        private final int decimals;

        Quantity(int decimals) {
            this.decimals = decimals;
        }

        /** Decimal places shown. */
        public int decimals() {
            return decimals;
        }
    }

    private final String label;

    UnitSystem(String label) {
        this.label = label;
    }

    /** For menus: "Imperial (ft, kt, NM, lb)". */
    public String label() {
        return label;
    }

    /** The unit's symbol: "ft", "kt", "NM", "lb" or "m", "m/s", "km", "kg". */
    public String unit(Quantity q) {
        boolean imperial = this == IMPERIAL;
        return switch (q) {
            case HEIGHT -> imperial ? "ft" : "m";
            case SPEED -> imperial ? "kt" : "m/s";
            case DISTANCE -> imperial ? "NM" : "km";
            case MASS -> imperial ? "lb" : "kg";
        };
    }

    /** An SI value (m, m/s, m, kg) in this system's unit. */
    public double fromSi(Quantity q, double si) {
        if (this == METRIC) {
            return q == Quantity.DISTANCE ? si / 1000 : si;
        }
        return switch (q) {
            case HEIGHT -> Units.mToFt(si);
            case SPEED -> Units.mpsToKt(si);
            case DISTANCE -> Units.mToNm(si);
            case MASS -> Units.kgToLb(si);
        };
    }

    /** A value in this system's unit back in SI (m, m/s, m, kg). */
    public double toSi(Quantity q, double shown) {
        if (this == METRIC) {
            return q == Quantity.DISTANCE ? shown * 1000 : shown;
        }
        return switch (q) {
            case HEIGHT -> Units.ftToM(shown);
            case SPEED -> Units.ktToMps(shown);
            case DISTANCE -> shown * Units.M_PER_NM;
            case MASS -> Units.lbToKg(shown);
        };
    }

    /** The number shown for an SI value, without the unit: 3048 m gives "10,000" in imperial. */
    public String format(Quantity q, double si) {
        return DisplayNumbers.format(fromSi(q, si), q.decimals());
    }

    /** As {@link #format} with exactly the quantity's decimals, for columns that line up: "2.20". */
    public String formatFixed(Quantity q, double si) {
        return DisplayNumbers.fixed(fromSi(q, si), q.decimals());
    }

    /** As {@link #format}, followed by the unit: "10,000 ft". */
    public String formatWithUnit(Quantity q, double si) {
        return format(q, si) + " " + unit(q);
    }

    /**
     * Reads a number typed in this system's unit ("10,000" or "10000") and gives it in SI, rounded
     * to a millionth so that a conversion's last-bit noise is not written into the plan; empty when
     * the text is not a number.
     */
    public OptionalDouble parse(Quantity q, String text) {
        OptionalDouble shown = DisplayNumbers.parse(text);
        return shown.isPresent() ? OptionalDouble.of(micro(toSi(q, shown.getAsDouble()))) : OptionalDouble.empty();
    }

    /**
     * A payload given in pounds (the plan's unit for payloads), shown in this system's mass unit.
     * Kept apart from {@link #format} so that pounds typed in imperial go to the plan unconverted:
     * floor(payload x leaflets per pound) must not lose a leaflet to rounding.
     */
    public String formatPounds(double lb) {
        return DisplayNumbers.format(this == IMPERIAL ? lb : Units.lbToKg(lb), Quantity.MASS.decimals());
    }

    /** A mass typed in this system's unit, in pounds; empty when the text is not a number. */
    public OptionalDouble parsePounds(String text) {
        OptionalDouble shown = DisplayNumbers.parse(text);
        if (shown.isEmpty()) {
            return shown;
        }
        return OptionalDouble.of(this == IMPERIAL ? shown.getAsDouble() : micro(Units.kgToLb(shown.getAsDouble())));
    }

    private static double micro(double v) {
        return Math.abs(v) < 1e12 ? Math.rint(v * 1e6) / 1e6 : v;
    }

    @Override
    public String toString() {
        return label;
    }
}
