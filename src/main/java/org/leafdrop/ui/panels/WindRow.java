package org.leafdrop.ui.panels;

import java.util.Objects;
import org.leafdrop.model.WindLevel;

/**
 * One row of the wind table: a level of the shown profile, with its values as the table shows
 * them in the current unit system.
 *
 * @param index  position of the level in the profile (levels are sorted by height)
 * @param level  the level, SI
 * @param height height MSL in ft or m
 * @param from   where the wind blows from, degrees true
 * @param speed  speed in kt or m/s
 */
public record WindRow(int index, WindLevel level, String height, String from, String speed) {
    public WindRow {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(speed, "speed");
    }
}
