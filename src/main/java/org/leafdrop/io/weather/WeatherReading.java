package org.leafdrop.io.weather;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leafdrop.model.EnsembleMember;
import org.leafdrop.model.Station;

/**
 * What a wind file holds, normalised: one sample per time (and station), in time order, and the
 * ensemble members when the source has them.
 *
 * @param source   a short description for the plan's {@code weather.source}, e.g.
 *                 "University of Wyoming sounding 40608 ORBM Mosul, 2016-10-16 12Z"
 * @param station  the station, when the file names one (id, position, elevation as known)
 * @param samples  at least one, sorted by valid time when times are known
 * @param ensemble alternative profiles (Open-Meteo ensemble members); usually empty
 */
public record WeatherReading(WeatherFormat format, String source, Optional<Station> station,
                             List<WeatherSample> samples, List<EnsembleMember> ensemble) {
    public WeatherReading {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(station, "station");
        samples = List.copyOf(samples);
        ensemble = List.copyOf(ensemble);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a reading needs at least one sample");
        }
    }
}
