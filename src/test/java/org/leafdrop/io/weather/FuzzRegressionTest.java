package org.leafdrop.io.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Problem;

/**
 * Weather reader bugs found by {@code org.leafdrop.io.ReaderFuzzTest}, one test each, so that
 * they stay fixed whatever the fuzzer's seed.
 */
class FuzzRegressionTest {
    private static final Path FILE = Path.of("fuzzed.txt");
    private static final List<WeatherFileReader> READERS = WeatherFiles.readers(OptionalDouble.empty(),
            Clock.fixed(Instant.parse("2016-10-16T12:00:00Z"), ZoneOffset.UTC));

    /** Seed 20161017, OPEN_METEO input 308: an exponent beyond int range threw NumberFormatException. */
    @Test
    void anOpenMeteoNumberTooLargeEvenForBigDecimalIsAProblemAtTheNumber() {
        String json = "{\"hourly_units\": {\"wind_speed_850hPa\": \"km/h\"},\n"
                + " \"hourly\": {\"time\": [\"2016-10-16T00:00\"],\n"
                + "  \"wind_speed_850hPa\": [1e99999999999], \"wind_direction_850hPa\": [300],\n"
                + "  \"geopotential_height_850hPa\": [1500]}}";

        Loaded<WeatherReading> read = new OpenMeteoReader().read(json, Optional.of(FILE), Optional.empty());

        assertThat(read.value()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("number out of range").contains("1e99999999999")
                    .doesNotContain("Exception");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(25);
            assertThat(p.jsonPath()).isEqualTo("$.hourly.wind_speed_850hPa[0]");
        });
    }

    /**
     * Seed 20161017, UWYO input 218: a 3 MB line took 7 to 10 s (the title pattern backtracks
     * over the whole line); a 50 MB one would have hung the reader. Also through recognition,
     * which tries the sounding reader first for any file.
     */
    @Test
    void aLineOfMegabytesIsReadInLinearTime() {
        String sounding = UwyoFixtures.text("mosul-2016-10-16-12z.txt");
        String longLine = " ".repeat(4_000_000) + "x";
        String withLongRow = sounding.replace("  925.0    788", longLine + "\n  925.0    788");
        String csv = "height_m_msl,direction_deg,speed_mps\n300,270,5\n" + "9".repeat(4_000_000) + " Observations at \n";

        Loaded<WeatherReading> sound = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                WeatherFiles.read(withLongRow, Optional.of(FILE), Optional.of(WeatherFormat.UWYO), Optional.empty(),
                        READERS));
        Loaded<WeatherReading> table = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                WeatherFiles.read(csv, Optional.of(FILE), Optional.empty(), Optional.empty(), READERS));

        assertThat(sound.problems()).extracting(Problem::message).noneMatch(m -> m.contains("Exception"));
        assertThat(table.problems()).extracting(Problem::message).noneMatch(m -> m.contains("Exception"));
        assertThat(table.value()).as("read as the CSV table it is").isPresent();
    }
}
