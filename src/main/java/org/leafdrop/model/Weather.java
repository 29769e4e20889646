package org.leafdrop.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The weather of a plan. {@code profiles} holds one profile for {@code weather.winds} (its
 * valid time is the weather's, if any) or several, sorted by valid time, for
 * {@code weather.profiles}; {@code timeVarying} says which was given, so saving writes it back
 * the same way.
 */
public record Weather(Optional<Instant> validTimeUtc, Optional<String> source, Optional<Station> station,
                      List<WindProfile> profiles, boolean timeVarying, List<EnsembleMember> ensemble,
                      Atmosphere atmosphere, Turbulence turbulence) {
    public Weather {
        Objects.requireNonNull(validTimeUtc, "validTimeUtc");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(atmosphere, "atmosphere");
        Objects.requireNonNull(turbulence, "turbulence");
        profiles = List.copyOf(profiles);
        ensemble = List.copyOf(ensemble);
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("weather needs winds or profiles");
        }
        if (timeVarying) {
            for (int i = 0; i < profiles.size(); i++) {
                if (profiles.get(i).validTimeUtc().isEmpty()) {
                    throw new IllegalArgumentException("every profile of time-varying winds needs validTimeUtc");
                }
                if (i > 0 && !profiles.get(i).validTimeUtc().get().isAfter(profiles.get(i - 1).validTimeUtc().get())) {
                    throw new IllegalArgumentException("profiles must be in increasing validTimeUtc, no two at one time");
                }
            }
        } else if (profiles.size() != 1) {
            throw new IllegalArgumentException("steady winds have exactly one profile");
        }
    }

    /** Steady winds with ISA and no turbulence: handy for tests and tools. */
    public static Weather steady(List<WindLevel> winds, Turbulence turbulence) {
        return new Weather(Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new WindProfile(Optional.empty(), winds)), false, List.of(),
                new Atmosphere.Isa(), turbulence);
    }

    /** The first (or only) wind profile. */
    public WindProfile firstProfile() {
        return profiles.get(0);
    }

    /** The same weather with other wind profiles (same steady or time-varying form). */
    public Weather withProfiles(List<WindProfile> p) {
        return new Weather(validTimeUtc, source, station, p, timeVarying, ensemble, atmosphere, turbulence);
    }
}
