package org.leafdrop.geo;

import java.util.Locale;
import mil.nga.mgrs.MGRS;
import mil.nga.mgrs.grid.GridType;

/** Formatting of positions for people: decimal degrees, degrees-minutes, MGRS. Locale-independent. */
public final class Coordinates {
    private Coordinates() {
    }

    /** "36.34200 N 43.13100 E" style decimal degrees, 5 decimals (about 1 m). */
    public static String decimalDegrees(double lonDeg, double latDeg) {
        return String.format(Locale.ROOT, "%.5f %s %.5f %s", Math.abs(latDeg), latDeg >= 0 ? "N" : "S",
                Math.abs(lonDeg), lonDeg >= 0 ? "E" : "W");
    }

    /** "36°20.520'N 43°07.860'E" degrees and decimal minutes. */
    public static String degreesMinutes(double lonDeg, double latDeg) {
        return dm(latDeg, "N", "S", 2) + " " + dm(lonDeg, "E", "W", 3);
    }

    private static String dm(double v, String pos, String neg, int width) {
        double a = Math.abs(v);
        int deg = (int) Math.floor(a);
        double min = (a - deg) * 60;
        if (min >= 59.9995) {
            deg++;
            min = 0;
        }
        return String.format(Locale.ROOT, "%0" + width + "d°%06.3f'%s", deg, min, v >= 0 ? pos : neg);
    }

    /** MGRS to 1 m, e.g. "38SLF 4145 2270" spaced as printed on maps; empty outside MGRS's range. */
    public static String mgrs(double lonDeg, double latDeg) {
        if (latDeg < -80 || latDeg > 84) {
            return "";
        }
        String s = MGRS.from(lonDeg, latDeg).coordinate(GridType.METER);
        // zone + band + 100 km square, then easting and northing halves
        int digitsStart = s.length() - 10;
        return s.substring(0, digitsStart) + " " + s.substring(digitsStart, digitsStart + 5) + " "
                + s.substring(digitsStart + 5);
    }
}
