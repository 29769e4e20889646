package org.leafdrop.io.weather;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leafdrop.model.Atmosphere;
import org.leafdrop.model.WindLevel;

/**
 * The winds of one time (and station) as a source gives them, already normalised: heights MSL
 * in metres, sorted, no two at one height; from-direction in degrees true; speed in m/s. The
 * sounding levels (pressure and temperature) are there when the source has them.
 *
 * @param stationId    the station or point the sample is for, when the source names one
 * @param validTimeUtc when the winds are valid (observation or forecast time)
 * @param winds        at least one level
 * @param air          pressure and temperature by height; empty when the source has none
 */
public record WeatherSample(Optional<String> stationId, Optional<Instant> validTimeUtc, List<WindLevel> winds,
                            List<Atmosphere.SoundingLevel> air) {
    public WeatherSample {
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(validTimeUtc, "validTimeUtc");
        winds = List.copyOf(winds);
        air = List.copyOf(air);
        if (winds.isEmpty()) {
            throw new IllegalArgumentException("a weather sample needs at least one wind level");
        }
        for (int i = 1; i < winds.size(); i++) {
            if (!(winds.get(i).altitudeMslM() > winds.get(i - 1).altitudeMslM())) {
                throw new IllegalArgumentException("wind levels must be sorted by height, no two at one height");
            }
        }
    }
}
