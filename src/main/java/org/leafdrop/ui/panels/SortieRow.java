package org.leafdrop.ui.panels;

import static org.leafdrop.ui.panels.UnitSystem.Quantity.DISTANCE;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One sortie in the results table: the values (SI, empty where the state has none: no R50 in a
 * preview, nothing for a sortie whose particles all stayed aloft) and their text in a unit system.
 *
 * @param label                the sortie's id, as the map labels it
 * @param name                 the sortie's name in the plan, "" when it has none
 * @param fractionInTargets    share of the sortie's leaflets landing in a target, in [0, 1]
 * @param fractionInExclusions share landing in an exclusion, in [0, 1]
 */
public record SortieRow(String id, String label, String name, OptionalDouble fallTimeMeanS, OptionalDouble driftM,
                        OptionalDouble driftBearingDeg, OptionalDouble r50M, OptionalDouble r90M,
                        OptionalDouble fractionInTargets, OptionalDouble fractionInExclusions, UnitSystem units) {
    /** Shown where a value is not known. */
    public static final String NONE = "—";

    public SortieRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(units, "units");
    }

    /** Mean fall time as minutes and seconds: "25:54", or hours "1:02:05". */
    public String fallTimeText() {
        return fallTimeMeanS.isPresent() ? clock(fallTimeMeanS.getAsDouble()) : NONE;
    }

    /** Drift distance in NM or km: "2.29". */
    public String driftText() {
        return driftM.isPresent() ? units.formatFixed(DISTANCE, driftM.getAsDouble()) : NONE;
    }

    /** Drift bearing, degrees true: "092°". */
    public String bearingText() {
        return driftBearingDeg.isPresent() ? SortieFields.threeDigits(driftBearingDeg.getAsDouble()) : NONE;
    }

    /** Radius holding half the landings, NM or km. */
    public String r50Text() {
        return r50M.isPresent() ? units.formatFixed(DISTANCE, r50M.getAsDouble()) : NONE;
    }

    /** Radius holding 90 % of the landings, NM or km. */
    public String r90Text() {
        return r90M.isPresent() ? units.formatFixed(DISTANCE, r90M.getAsDouble()) : NONE;
    }

    /** Percentage in targets, one decimal: "42.5", "12.0". */
    public String inTargetsText() {
        return fractionInTargets.isPresent() ? DisplayNumbers.percent(fractionInTargets.getAsDouble()) : NONE;
    }

    public String inExclusionsText() {
        return fractionInExclusions.isPresent() ? DisplayNumbers.percent(fractionInExclusions.getAsDouble()) : NONE;
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
