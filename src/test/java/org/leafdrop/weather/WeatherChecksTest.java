package org.leafdrop.weather;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.leafdrop.io.PlanReader;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Station;
import org.leafdrop.model.Weather;

class WeatherChecksTest {
    static Plan sample() {
        return new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled())
                .read(Path.of("samples/mosul-central-2016-10-16.leafdrop.json")).value().orElseThrow();
    }

    static Plan withStation(Plan p, double lat, double lon) {
        Weather w = p.weather();
        return p.withWeather(new Weather(w.validTimeUtc(), w.source(), Optional.of(new Station("FAR",
                OptionalDouble.of(lat), OptionalDouble.of(lon), OptionalDouble.empty())), w.profiles(), w.timeVarying(),
                w.ensemble(), w.atmosphere(), w.turbulence()));
    }

    @Test
    void theSampleRaisesNoDoubts() {
        assertThat(WeatherChecks.warnings(sample())).isEmpty();
    }

    @Test
    void aStationMoreThan100NauticalMilesFromATargetIsWarnedAbout() {
        // Baghdad is about 215 NM south-east of Mosul; Erbil about 45 NM east
        assertThat(WeatherChecks.warnings(withStation(sample(), 33.26, 44.23)))
                .anySatisfy(w -> assertThat(w).contains("weather station FAR is").contains("NM from target old-city"));
        assertThat(WeatherChecks.warnings(withStation(sample(), 36.24, 43.96))).isEmpty();
    }

    @Test
    void aReleaseFarFromTheWindsValidTimeIsWarnedAbout() {
        Plan p = sample();
        Instant late = p.weather().validTimeUtc().orElseThrow().plusSeconds(8 * 3600);
        Plan moved = p.withSorties(p.sorties().stream().map(s -> new Sortie(s.id(), s.name(), s.aircraft(),
                s.targetId(), s.releaseMethod(), s.track(), s.headingDeg(), s.altitudeAglM(), s.groundSpeedMps(),
                s.leafletType(), s.leafletCount(), s.payloadLb(), Optional.of(late), s.extras())).toList());
        assertThat(WeatherChecks.warnings(moved)).hasSize(2)
                .allSatisfy(w -> assertThat(w).contains("releases 8.0 h after the winds' nearest valid time"));
    }
}
