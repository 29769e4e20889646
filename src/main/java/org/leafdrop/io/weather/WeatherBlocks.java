package org.leafdrop.io.weather;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leafdrop.model.Atmosphere;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;
import org.leafdrop.weather.WindField;

/**
 * Turns what a wind file holds into the plan's {@code weather} block (PLAN-FORMAT.md): all times
 * as time-varying {@code profiles}, or with a time the winds valid then (interpolated between the
 * two nearest times) as steady {@code winds}; the sounding's pressure and temperature as the
 * atmosphere when the source has them; the station, source and ensemble members. Turbulence is
 * the plan's (a wind file does not measure it). Stateless.
 */
public final class WeatherBlocks {
    /** Fewer air levels than this do not make a sounding worth using instead of the ISA. */
    static final int MIN_AIR_LEVELS = 3;

    private WeatherBlocks() {
    }

    /**
     * The weather block of a reading.
     *
     * @param at         {@code --time}: the winds valid at this instant; empty for all times
     * @param turbulence the plan's turbulence (kept)
     * @throws IllegalArgumentException with a message for the user when the time is outside the
     *                                  file's times, or times are missing for time-varying winds
     */
    public static Weather toWeather(WeatherReading r, Optional<Instant> at, Turbulence turbulence) {
        List<WeatherSample> samples = r.samples();
        if (at.isPresent()) {
            WeatherSample s = sampleAt(samples, at.get());
            return new Weather(Optional.of(at.get()), Optional.of(r.source()), r.station(),
                    List.of(new WindProfile(Optional.empty(), s.winds())), false, r.ensemble(), atmosphere(s),
                    turbulence);
        }
        if (samples.size() == 1) {
            WeatherSample s = samples.get(0);
            return new Weather(s.validTimeUtc(), Optional.of(r.source()), r.station(),
                    List.of(new WindProfile(Optional.empty(), s.winds())), false, r.ensemble(), atmosphere(s),
                    turbulence);
        }
        List<WindProfile> profiles = new ArrayList<>();
        for (WeatherSample s : samples) {
            if (s.validTimeUtc().isEmpty()) {
                throw new IllegalArgumentException("the file has " + samples.size() + " profiles but not all have a "
                        + "time: choose one with --station");
            }
            if (!profiles.isEmpty() && !s.validTimeUtc().get().isAfter(profiles.get(profiles.size() - 1)
                    .validTimeUtc().orElseThrow())) {
                throw new IllegalArgumentException("the file has two profiles for " + s.validTimeUtc().get()
                        + " (several stations?): choose one with --station");
            }
            profiles.add(new WindProfile(s.validTimeUtc(), s.winds()));
        }
        return new Weather(Optional.empty(), Optional.of(r.source()), r.station(), profiles, true, r.ensemble(),
                atmosphere(samples.get(0)), turbulence);
    }

    private static Atmosphere atmosphere(WeatherSample s) {
        return s.air().size() >= MIN_AIR_LEVELS ? new Atmosphere.Sounding(s.air()) : new Atmosphere.Isa();
    }

    /**
     * The winds at an instant: a sample at that time, or the two around it interpolated linearly
     * in time, level by level in east and north components (at the earlier sample's heights; the
     * later one is interpolated in height to them). A single sample without a time is valid at
     * any time.
     */
    static WeatherSample sampleAt(List<WeatherSample> samples, Instant t) {
        if (samples.size() == 1 && samples.get(0).validTimeUtc().isEmpty()) {
            return samples.get(0);
        }
        WeatherSample before = null;
        WeatherSample after = null;
        for (WeatherSample s : samples) {
            Instant v = s.validTimeUtc().orElseThrow(() -> new IllegalArgumentException(
                    "the file's profiles have no times: --time cannot choose between them"));
            if (!v.isAfter(t)) {
                before = s;
            }
            if (!v.isBefore(t) && after == null) {
                after = s;
            }
        }
        Instant first = samples.get(0).validTimeUtc().orElseThrow();
        Instant last = samples.get(samples.size() - 1).validTimeUtc().orElseThrow();
        if (before == null || after == null) {
            throw new IllegalArgumentException("--time " + t + " is outside the file's times (" + first
                    + (first.equals(last) ? "" : " to " + last) + ")");
        }
        if (before == after) {
            return before;
        }
        double f = (double) Duration.between(before.validTimeUtc().get(), t).toMillis()
                / Duration.between(before.validTimeUtc().get(), after.validTimeUtc().get()).toMillis();
        List<WindLevel> levels = new ArrayList<>();
        WindField later = WindField.steady(after.winds());
        for (WindLevel a : before.winds()) {
            double u = a.uMps() + f * (later.profileU(0, a.altitudeMslM()) - a.uMps());
            double v = a.vMps() + f * (later.profileV(0, a.altitudeMslM()) - a.vMps());
            levels.add(fromUv(a.altitudeMslM(), u, v));
        }
        return new WeatherSample(before.stationId(), Optional.of(t), levels, f < 0.5 ? before.air() : after.air());
    }

    /** A wind level from east and north components of the air's motion. */
    static WindLevel fromUv(double hM, double u, double v) {
        double speed = Math.hypot(u, v);
        double from = speed == 0 ? 0 : (Math.toDegrees(Math.atan2(-u, -v)) + 360) % 360;
        return new WindLevel(hM, from, speed);
    }
}
