package org.leafdrop.io.weather;

import org.leafdrop.io.ProblemLog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.leafdrop.model.Atmosphere.SoundingLevel;
import org.leafdrop.model.WindLevel;

/**
 * A sounding's rows made into the winds and air levels of a {@link WeatherSample}: sorted by
 * height, the first of two levels at one height kept, with warnings for heights that go down, for
 * duplicates and for levels below the station.
 * <p>
 * The University of Wyoming gives geopotential heights; they are used as heights above mean sea
 * level unchanged, because the two differ by under 0.2 % below 10 km, less than the drift the
 * rest of the model can resolve.
 *
 * @param winds levels with height, direction and speed; sorted, no two at one height
 * @param air   levels with height, pressure and temperature; sorted, no two at one height
 */
record UwyoProfile(List<WindLevel> winds, List<SoundingLevel> air) {
    UwyoProfile {
        winds = List.copyOf(winds);
        air = List.copyOf(air);
    }

    /**
     * Sorts and cleans the rows of one sounding (in file order), logging warnings.
     *
     * @param heightField         the height column's name, for the problems' field
     * @param stationElevationMslM the station's elevation when known; levels below it are warned of
     */
    static UwyoProfile of(List<UwyoLevel> rows, String heightField, OptionalDouble stationElevationMslM,
                          ProblemLog log) {
        warnOfHeightsGoingDown(rows, heightField, log);
        List<UwyoLevel> used = rows.stream().filter(r -> r.hasWind() || r.hasAir()).toList();
        if (stationElevationMslM.isPresent()) {
            double ground = stationElevationMslM.getAsDouble();
            for (UwyoLevel r : used) {
                double h = r.heightMslM().getAsDouble();
                if (h < ground) {
                    log.warning(heightField, r.line(), r.heightColumn(), "level at " + UwyoValues.decimal(h)
                            + " m is below the station elevation " + UwyoValues.decimal(ground) + " m");
                }
            }
        }
        // Keyed by line so a row dropped from both lists is warned of once.
        Map<Integer, Duplicate> dropped = new TreeMap<>();
        List<UwyoLevel> windRows = firstAtEachHeight(used.stream().filter(UwyoLevel::hasWind).toList(), dropped);
        List<UwyoLevel> airRows = firstAtEachHeight(used.stream().filter(UwyoLevel::hasAir).toList(), dropped);
        for (Duplicate d : dropped.values()) {
            UwyoLevel r = d.row();
            log.warning(heightField, r.line(), r.heightColumn(), "duplicate height "
                    + UwyoValues.decimal(r.heightMslM().getAsDouble()) + " m (first at line " + d.firstLine()
                    + "): this level is dropped, the first is kept");
        }
        List<WindLevel> winds = windRows.stream().map(r -> new WindLevel(r.heightMslM().getAsDouble(),
                r.fromDeg().getAsDouble(), r.speedMps().getAsDouble())).toList();
        List<SoundingLevel> air = airRows.stream().map(r -> new SoundingLevel(r.heightMslM().getAsDouble(),
                r.pressureHpa().getAsDouble(), r.temperatureC().getAsDouble())).toList();
        return new UwyoProfile(winds, air);
    }

    /** Warns at each row whose height is below the previous row's that has one. */
    private static void warnOfHeightsGoingDown(List<UwyoLevel> rows, String heightField, ProblemLog log) {
        UwyoLevel previous = null;
        for (UwyoLevel r : rows) {
            if (r.heightMslM().isEmpty()) {
                continue;
            }
            if (previous != null && r.heightMslM().getAsDouble() < previous.heightMslM().getAsDouble()) {
                log.warning(heightField, r.line(), r.heightColumn(), "height "
                        + UwyoValues.decimal(r.heightMslM().getAsDouble()) + " m is below the previous level's "
                        + UwyoValues.decimal(previous.heightMslM().getAsDouble()) + " m (line " + previous.line()
                        + "): the levels are sorted by height");
            }
            previous = r;
        }
    }

    /**
     * The rows sorted by height, keeping the first in file order at each height; the others go
     * to {@code dropped}, by line.
     */
    private static List<UwyoLevel> firstAtEachHeight(List<UwyoLevel> inFileOrder, Map<Integer, Duplicate> dropped) {
        // A stable sort leaves rows of one height in file order, so the first of each run is kept.
        List<UwyoLevel> sorted = new ArrayList<>(inFileOrder);
        sorted.sort(Comparator.comparingDouble(r -> r.heightMslM().getAsDouble()));
        List<UwyoLevel> out = new ArrayList<>();
        for (UwyoLevel r : sorted) {
            UwyoLevel last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.heightMslM().getAsDouble() == r.heightMslM().getAsDouble()) {
                dropped.put(r.line(), new Duplicate(r, last.line()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** A row dropped for sharing its height with an earlier one, at {@code firstLine}. */
    private record Duplicate(UwyoLevel row, int firstLine) {
    }
}
