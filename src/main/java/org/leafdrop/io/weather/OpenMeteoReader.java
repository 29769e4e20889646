package org.leafdrop.io.weather;

import org.leafdrop.io.ProblemLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Problem;

/**
 * Reads an Open-Meteo forecast (the JSON of {@code /v1/forecast} or {@code /v1/ensemble} with
 * hourly pressure-level variables). Each hourly time becomes one {@link WeatherSample}:
 * <ul>
 * <li>a wind level per pressure level with {@code wind_speed_<p>hPa}, {@code wind_direction_<p>hPa}
 * and {@code geopotential_height_<p>hPa} at that time, at the geopotential height (taken as the
 * height above mean sea level: the two differ by metres in the lower atmosphere);</li>
 * <li>a wind level per height above ground ({@code wind_speed_10m}, {@code wind_speed_80m}...)
 * at {@code elevation} plus that height;</li>
 * <li>a sounding level per pressure level with {@code temperature_<p>hPa} and height.</li>
 * </ul>
 * Speeds are converted from the unit {@code hourly_units} names (km/h, Open-Meteo's default;
 * m/s, kn, mph), local times to UTC with {@code utc_offset_seconds}. A null value leaves that
 * level out at that time (one warning per variable); a pressure level whose height is under
 * {@code elevation} is dropped there (one warning per level). Variables with a {@code _memberNN}
 * suffix are ensemble members: each becomes an {@link org.leafdrop.model.EnsembleMember} with its
 * profile at the first sample's time, and the samples are the control run (unsuffixed), or the
 * first member when the file has members only. Other variables are ignored.
 *
 * <p>Never throws for bad content. Stateless and thread-safe.
 */
public final class OpenMeteoReader implements WeatherFileReader {
    /** The station id of every reading: an Open-Meteo file holds one grid point. */
    public static final String STATION_ID = "open-meteo";
    @Override
    public WeatherFormat format() {
        return WeatherFormat.OPEN_METEO;
    }

    @Override
    public Loaded<WeatherReading> read(String text, Optional<Path> file, Optional<String> station) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(station, "station");
        ProblemLog problems = new ProblemLog(file);
        Optional<WeatherReading> reading = OpenMeteoJson.parse(text, problems)
                .flatMap(root -> new OpenMeteoBinder(problems).bind(root, station));
        List<Problem> found = problems.inFileOrder();
        return reading.isPresent() && !problems.hasErrors() ? Loaded.of(reading.get(), found) : Loaded.failed(found);
    }

    /** A JSON object whose {@code hourly} object holds a wind speed (pressure level or height above ground). */
    @Override
    public boolean recognises(String text) {
        return OpenMeteoJson.hourlyHasMember(text, name -> OpenMeteoVariable.parse(name)
                .filter(v -> v.quantity() == OpenMeteoVariable.Quantity.SPEED).isPresent());
    }
}
