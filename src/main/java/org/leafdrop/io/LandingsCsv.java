package org.leafdrop.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.SortieLandings;

/**
 * The landing points of a run as CSV (PLAN-FORMAT.md "Exports"): header
 * {@code sortie,lon,lat,leaflets}, one row per landed particle, with the leaflets that particle
 * stands for. Degrees to 7 decimals; sortie ids quoted when they hold a comma, quote or line
 * break, and an id a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return) is prefixed with an apostrophe (OWASP's advice against CSV injection).
 * Stateless and thread-safe.
 */
public final class LandingsCsv {
    private LandingsCsv() {
    }

    public static String toCsv(SimulationRun run) {
        LocalFrame frame = run.frame();
        StringBuilder out = new StringBuilder("sortie,lon,lat,leaflets\n");
        for (SortieLandings l : run.sorties()) {
            String id = field(l.sortieId());
            String weight = BigDecimal.valueOf(l.leafletsPerParticle()).round(new MathContext(9)).stripTrailingZeros()
                    .toPlainString();
            for (int i = 0; i < l.landedCount(); i++) {
                double[] ll = frame.toLonLat(l.eastM(i), l.northM(i));
                out.append(id).append(',').append(decimal(ll[0])).append(',').append(decimal(ll[1])).append(',')
                        .append(weight).append('\n');
            }
        }
        return out.toString();
    }

    private static String decimal(double v) {
        return BigDecimal.valueOf(v).setScale(7, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String field(String value) {
        String s = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
