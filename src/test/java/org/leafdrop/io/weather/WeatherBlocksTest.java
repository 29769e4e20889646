package org.leafdrop.io.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.leafdrop.model.Atmosphere;
import org.leafdrop.model.Station;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;

class WeatherBlocksTest {
    static final Instant T0 = Instant.parse("2016-10-16T00:00:00Z");
    static final Instant T1 = Instant.parse("2016-10-16T06:00:00Z");

    static WeatherReading reading(List<WeatherSample> samples) {
        return new WeatherReading(WeatherFormat.CSV, "test", Optional.of(new Station("ORBM", OptionalDouble.of(36.31),
                OptionalDouble.of(43.15), OptionalDouble.of(223))), samples, List.of());
    }

    static WeatherSample sample(Instant t, double from, double speed) {
        return new WeatherSample(Optional.empty(), Optional.of(t), List.of(new WindLevel(300, from, speed),
                new WindLevel(3000, from, 2 * speed)), List.of());
    }

    @Test
    void severalTimesBecomeTimeVaryingProfiles() {
        Weather w = WeatherBlocks.toWeather(reading(List.of(sample(T0, 270, 5), sample(T1, 90, 5))), Optional.empty(),
                new Turbulence.None());
        assertThat(w.timeVarying()).isTrue();
        assertThat(w.profiles()).hasSize(2);
        assertThat(w.profiles().get(1).validTimeUtc()).contains(T1);
        assertThat(w.station().orElseThrow().id()).isEqualTo("ORBM");
        assertThat(w.source()).contains("test");
        assertThat(w.atmosphere()).isInstanceOf(Atmosphere.Isa.class);
    }

    @Test
    void aTimeBetweenTwoProfilesInterpolatesTheWindComponents() {
        // west wind 10 m/s at T0, south wind 10 m/s at T1: at the midpoint the components average
        WeatherReading r = reading(List.of(sample(T0, 270, 10), sample(T1, 180, 10)));
        Weather w = WeatherBlocks.toWeather(r, Optional.of(Instant.parse("2016-10-16T03:00:00Z")), new Turbulence.None());
        assertThat(w.timeVarying()).isFalse();
        WindLevel low = w.firstProfile().levels().get(0);
        // u = (10 + 0) / 2, v = (0 + 10) / 2: 7.07 m/s from 225 degrees (south-west)
        assertThat(low.speedMps()).isCloseTo(Math.hypot(5, 5), within(1e-9));
        assertThat(low.fromDeg()).isCloseTo(225, within(1e-9));
        assertThat(w.validTimeUtc()).contains(Instant.parse("2016-10-16T03:00:00Z"));
        Weather exact = WeatherBlocks.toWeather(r, Optional.of(T1), new Turbulence.None());
        assertThat(exact.firstProfile().levels().get(0).fromDeg()).isCloseTo(180, within(1e-9));
    }

    @Test
    void aTimeOutsideTheFileIsRefusedNamingTheFilesTimes() {
        WeatherReading r = reading(List.of(sample(T0, 270, 10), sample(T1, 180, 10)));
        assertThatThrownBy(() -> WeatherBlocks.toWeather(r, Optional.of(Instant.parse("2016-10-17T00:00:00Z")),
                new Turbulence.None())).hasMessageContaining("outside the file's times")
                .hasMessageContaining("2016-10-16T00:00:00Z to 2016-10-16T06:00:00Z");
    }

    @Test
    void aSoundingWithPressureAndTemperatureBecomesTheAtmosphere() {
        WeatherSample s = new WeatherSample(Optional.of("ORBM"), Optional.of(T0), List.of(new WindLevel(223, 320, 3)),
                List.of(new Atmosphere.SoundingLevel(223, 987, 21), new Atmosphere.SoundingLevel(1500, 850, 12),
                        new Atmosphere.SoundingLevel(3100, 700, 2)));
        Weather w = WeatherBlocks.toWeather(reading(List.of(s)), Optional.empty(), new Turbulence.None());
        assertThat(w.atmosphere()).isInstanceOf(Atmosphere.Sounding.class);
        assertThat(((Atmosphere.Sounding) w.atmosphere()).levels()).hasSize(3);
        assertThat(w.validTimeUtc()).contains(T0);
    }

    @Test
    void twoProfilesAtOneTimeAskForAStation() {
        assertThatThrownBy(() -> WeatherBlocks.toWeather(reading(List.of(sample(T0, 270, 5), sample(T0, 90, 5))),
                Optional.empty(), new Turbulence.None())).hasMessageContaining("--station");
    }
}
