package org.leafdrop.weather;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Station;
import org.leafdrop.model.Target;
import org.leafdrop.model.WindProfile;

/**
 * Doubts about whether a plan's winds hold where and when its leaflets fall (the doctrine's rules
 * of thumb): a station more than {@link #MAX_STATION_DISTANCE_NM} NM from a target, and a sortie
 * released more than {@link #MAX_TIME_FROM_VALID_H} hours from the nearest valid time of the
 * winds. Warnings, never errors: the analyst may have nothing better. Stateless.
 */
public final class WeatherChecks {
    /** Winds measured farther away than this may not hold over the target (doctrine's rule of thumb). */
    public static final double MAX_STATION_DISTANCE_NM = 100;
    /**
     * Winds more than this from a release may have changed: half the 12-hour interval between
     * radiosonde ascents, so a release is never farther than that from the nearest sounding.
     */
    public static final double MAX_TIME_FROM_VALID_H = 6;
    private static final double METRES_PER_NM = 1852;

    private WeatherChecks() {
    }

    /** The warnings for a plan, one sentence each. */
    public static List<String> warnings(Plan plan) {
        List<String> out = new ArrayList<>();
        plan.weather().station().ifPresent(s -> stationDistance(plan, s, out));
        List<Instant> times = validTimes(plan);
        if (!times.isEmpty()) {
            for (Sortie s : plan.sorties()) {
                if (s.releaseTimeUtc().isEmpty()) {
                    continue;
                }
                Instant release = s.releaseTimeUtc().get();
                Instant nearest = times.get(0);
                for (Instant t : times) {
                    if (Math.abs(Duration.between(t, release).toSeconds())
                            < Math.abs(Duration.between(nearest, release).toSeconds())) {
                        nearest = t;
                    }
                }
                double hours = Duration.between(nearest, release).toSeconds() / 3600.0;
                if (Math.abs(hours) > MAX_TIME_FROM_VALID_H) {
                    out.add(String.format(Locale.ROOT, "sortie %s releases %.1f h %s the winds' nearest valid time "
                            + "(%s): winds more than %.0f h from a release may have changed", s.id(), Math.abs(hours),
                            hours > 0 ? "after" : "before", nearest, MAX_TIME_FROM_VALID_H));
                }
            }
        }
        return out;
    }

    private static List<Instant> validTimes(Plan plan) {
        List<Instant> times = new ArrayList<>();
        for (WindProfile p : plan.weather().profiles()) {
            p.validTimeUtc().ifPresent(times::add);
        }
        if (times.isEmpty()) {
            plan.weather().validTimeUtc().ifPresent(times::add);
        }
        return times;
    }

    private static void stationDistance(Plan plan, Station s, List<String> out) {
        if (s.latDeg().isEmpty() || s.lonDeg().isEmpty()) {
            return;
        }
        double lat = s.latDeg().getAsDouble();
        double lon = s.lonDeg().getAsDouble();
        for (Target t : plan.targets()) {
            LonLat c = centre(t.geometry().firstOuterRing());
            double nm = Geodesy.inverse(lon, lat, c.lonDeg(), c.latDeg()).distanceM() / METRES_PER_NM;
            if (nm > MAX_STATION_DISTANCE_NM) {
                out.add(String.format(Locale.ROOT, "weather station %s is %.0f NM from target %s: winds measured "
                        + "more than %.0f NM away may not hold there", s.id(), nm, t.id(), MAX_STATION_DISTANCE_NM));
            }
        }
        if (plan.targets().isEmpty()) {
            Optional<Sortie> first = plan.sorties().stream().findFirst();
            first.ifPresent(so -> {
                LonLat c = centre(so.track().positions());
                double nm = Geodesy.inverse(lon, lat, c.lonDeg(), c.latDeg()).distanceM() / METRES_PER_NM;
                if (nm > MAX_STATION_DISTANCE_NM) {
                    out.add(String.format(Locale.ROOT, "weather station %s is %.0f NM from sortie %s's track: winds "
                            + "measured more than %.0f NM away may not hold there", s.id(), nm, so.id(),
                            MAX_STATION_DISTANCE_NM));
                }
            });
        }
    }

    private static LonLat centre(List<LonLat> points) {
        double lon = points.stream().mapToDouble(LonLat::lonDeg).average().orElse(0);
        double lat = points.stream().mapToDouble(LonLat::latDeg).average().orElse(0);
        return new LonLat(lon, lat);
    }
}
