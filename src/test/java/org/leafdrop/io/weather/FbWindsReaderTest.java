package org.leafdrop.io.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.leafdrop.io.weather.WindTableAssertions.assertNoStackTraces;
import static org.leafdrop.io.weather.WindTableAssertions.assertWinds;
import static org.leafdrop.io.weather.WindTableAssertions.fixture;
import static org.leafdrop.io.weather.WindTableAssertions.level;
import static org.leafdrop.io.weather.WindTableAssertions.text;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Severity;

class FbWindsReaderTest {
    /** The morning the FD1US1 of the fixtures was issued (FBUS31 KWNO 161358). */
    private static final Clock OCT_16 = Clock.fixed(Instant.parse("2016-10-16T14:00:00Z"), ZoneOffset.UTC);
    private static final FbWindsReader READER = new FbWindsReader(OCT_16);

    private static Loaded<WeatherReading> read(String fixture, String station) {
        Path file = fixture("fb/" + fixture);
        Loaded<WeatherReading> loaded = READER.read(text(file), Optional.of(file), Optional.ofNullable(station));
        assertNoStackTraces(loaded);
        return loaded;
    }

    private static WeatherSample onlySample(Loaded<WeatherReading> loaded) {
        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.value()).isPresent();
        assertThat(loaded.value().get().samples()).hasSize(1);
        return loaded.value().get().samples().get(0);
    }

    @Test
    void decodesEveryLevelOfAStationIncludingHundredKnotCodes() {
        WeatherSample bos = onlySample(read("fd1us1-three-stations.txt", "BOS"));

        assertThat(bos.stationId()).contains("BOS");
        assertThat(bos.air()).isEmpty();
        assertWinds(bos.winds(),
                level(914.4, 270, 7.2022),    // 2714: no temperature at 3000 ft
                level(1828.8, 270, 12.8611),  // 2725+00
                level(2743.2, 270, 18.0056),
                level(3657.6, 270, 23.1500),
                level(5486.4, 270, 32.4100),
                level(7315.2, 270, 43.7278),  // 2785-32
                level(9144.0, 280, 53.5022),  // 780445: 78-50 = 28, 04+100 = 104 kt
                level(10363.2, 290, 52.9878), // 790355: 290° 103 kt
                level(11887.2, 280, 62.2478)); // 782157: 280° 121 kt
    }

    @Test
    void skipsBlankLowLevelsAndReadsUnsignedHighTemperatures() {
        Loaded<WeatherReading> loaded = read("fd1us1-three-stations.txt", "ABI");
        WeatherSample abi = onlySample(loaded);

        assertWinds(abi.winds(),
                level(1828.8, 260, 5.6589),   // 3000 ft blank: within 1500 ft of Abilene
                level(2743.2, 260, 6.1733),
                level(3657.6, 250, 6.6878),
                level(5486.4, 260, 13.3756),
                level(7315.2, 260, 21.6067),
                level(9144.0, 260, 27.2656),  // 265337: 260° 53 kt, -37 °C
                level(10363.2, 260, 30.8667),
                level(11887.2, 270, 30.8667));
        assertThat(loaded.warnings()).extracting(Problem::jsonPath).containsExactly("VALID"); // blanks are normal
    }

    @Test
    void placesEachGroupUnderItsHeightByColumnSoAMissingMiddleLevelIsSkipped() {
        String text = """
                VALID 161800Z
                FT  3000    6000    9000   12000
                BOS 2714 2725+00         2745-09
                """;
        Loaded<WeatherReading> loaded = READER.read(text, Optional.empty(), Optional.empty());

        assertWinds(onlySample(loaded).winds(),
                level(914.4, 270, 7.2022),
                level(1828.8, 270, 12.8611),
                level(3657.6, 270, 23.1500));
        assertThat(loaded.warnings()).extracting(Problem::jsonPath).containsExactly("VALID");
    }

    @Test
    void lightAndVariableIsCalmAndNorthIsZeroDegrees() {
        Loaded<WeatherReading> loaded = read("fd1us1-three-stations.txt", "DEN");
        WeatherSample den = onlySample(loaded);

        assertWinds(den.winds(),
                level(2743.2, 0, 0),          // 9900+02
                level(3657.6, 0, 3.6011),     // 3607-06: 360° stored as 0
                level(5486.4, 310, 7.7167),
                level(7315.2, 290, 18.0056),
                level(9144.0, 280, 25.7222),  // 285045: 280° 50 kt
                level(10363.2, 350, 51.9589), // 850151: 350° 101 kt
                level(11887.2, 270, 102.3744)); // 779956: 270° 199 kt (or more)
        assertThat(loaded.warnings()).extracting(Problem::jsonPath, Problem::line, Problem::column, Problem::message)
                .contains(
                        tuple("9000 ft", 9, 18,
                                "9900 means light and variable: taken as 0 kt from 0°"),
                        tuple("39000 ft", 9, 64,
                                "`779956` means 199 kt or more; taken as 199 kt"));
    }

    @Test
    void warnsAboutLightAndVariableOnlyOnce() {
        String text = """
                VALID 161800Z
                FT  3000    6000    9000
                DEN              9900+02
                DEN         9900 9900+05
                """;
        Loaded<WeatherReading> loaded = READER.read(text, Optional.empty(), Optional.empty());

        assertThat(loaded.warnings()).filteredOn(p -> p.message().contains("light and variable")).hasSize(1);
    }

    @Test
    void placesTheValidTimeNearTheClockAndSaysYearAndMonthWereTaken() {
        Loaded<WeatherReading> loaded = read("fd1us1-three-stations.txt", "BOS");
        WeatherReading reading = loaded.value().orElseThrow();

        assertThat(reading.format()).isEqualTo(WeatherFormat.FB);
        assertThat(reading.source()).isEqualTo("FB winds aloft, station BOS, valid 2016-10-16 18Z");
        assertThat(reading.station().orElseThrow().id()).isEqualTo("BOS");
        assertThat(reading.samples().get(0).validTimeUtc()).contains(Instant.parse("2016-10-16T18:00:00Z"));
        assertThat(loaded.warnings()).extracting(Problem::jsonPath, Problem::line, Problem::column, Problem::message)
                .containsExactly(tuple("VALID", 4, 7,
                        "the VALID line gives day and time only (161800Z); year and month were taken from the"
                                + " date (2016-10-16): valid 2016-10-16 18Z"));
    }

    @ParameterizedTest(name = "now {0}, VALID {1} -> {2}")
    @CsvSource({
            "2016-10-16T14:00:00Z, 161800Z, 2016-10-16T18:00:00Z",
            "2016-11-01T03:00:00Z, 311200Z, 2016-10-31T12:00:00Z",
            "2016-12-31T22:00:00Z, 010000Z, 2017-01-01T00:00:00Z",
            "2016-03-01T06:00:00Z, 291800Z, 2016-02-29T18:00:00Z",
            "2017-03-01T06:00:00Z, 311830Z, 2017-01-31T18:30:00Z"})
    void resolvesYearAndMonthToTheNearestInstantWithThatDay(String now, String valid, String expected) {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        String text = "VALID " + valid + "\nFT  3000\nBOS 2714\n";

        Loaded<WeatherReading> loaded = new FbWindsReader(clock).read(text, Optional.empty(), Optional.empty());

        assertThat(loaded.value().orElseThrow().samples().get(0).validTimeUtc()).contains(Instant.parse(expected));
    }

    @Test
    void readsEachBulletinAsASampleInTimeOrder() {
        Loaded<WeatherReading> loaded = read("two-bulletins.txt", "BOS");
        WeatherReading reading = loaded.value().orElseThrow();

        assertThat(reading.samples()).extracting(s -> s.validTimeUtc().orElseThrow())
                .containsExactly(Instant.parse("2016-10-16T18:00:00Z"), Instant.parse("2016-10-17T06:00:00Z"));
        assertThat(reading.source()).isEqualTo("FB winds aloft, station BOS, valid 2016-10-16 18Z, 2016-10-17 06Z");
        List<WeatherSample> samples = reading.samples();
        assertWinds(samples.get(1).winds(),
                level(914.4, 280, 5.1444),
                level(1828.8, 280, 10.2889),
                level(2743.2, 280, 15.4333),
                level(3657.6, 280, 20.5778),
                level(5486.4, 280, 30.8667),
                level(7315.2, 280, 41.1556),
                level(9144.0, 290, 51.4444),   // 790046: 290° 100 kt
                level(10363.2, 300, 54.0167), // 800556: 300° 105 kt
                level(11887.2, 300, 51.4444)); // 800058: 300° 100 kt
    }

    @Test
    void takesTheMissingGroupsOfAReSpacedRowAsTheLowestLevels() {
        Clock nov1 = Clock.fixed(Instant.parse("2016-11-01T03:00:00Z"), ZoneOffset.UTC);
        Path file = fixture("fb/one-station-respaced.txt");
        Loaded<WeatherReading> loaded = new FbWindsReader(nov1).read(text(file), Optional.of(file), Optional.empty());
        WeatherSample den = onlySample(loaded);

        assertThat(den.stationId()).contains("DEN");
        assertThat(den.validTimeUtc()).contains(Instant.parse("2016-10-31T12:00:00Z"));
        assertThat(den.winds()).hasSize(7);
        assertThat(den.winds().get(0).altitudeMslM()).isCloseTo(2743.2, within(1e-3));
        assertThat(loaded.warnings()).extracting(Problem::line, Problem::message).contains(tuple(3, "the groups of line 3 do not line up under the FT row; the missing ones were taken as the"
                        + " lowest levels"));
    }

    @Test
    void acceptsTheStationInLowerCaseOrByItsFourLetterIdentifier() {
        assertThat(read("fd1us1-three-stations.txt", "bos").value().orElseThrow().source()).contains("station BOS");
        assertThat(read("fd1us1-three-stations.txt", "KBOS").value().orElseThrow().source()).contains("station BOS");
    }

    @Test
    void severalStationsWithoutAChoiceIsAnErrorListingThem() {
        Loaded<WeatherReading> loaded = read("fd1us1-three-stations.txt", null);

        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.errors()).extracting(Problem::jsonPath, Problem::message).containsExactly(
                tuple("station",
                        "the forecast has 3 stations (ABI, BOS, DEN); choose one with --station"));
    }

    @Test
    void anUnknownStationIsAnErrorListingTheOnesThere() {
        Loaded<WeatherReading> loaded = read("fd1us1-three-stations.txt", "JFK");

        assertThat(loaded.errors()).extracting(Problem::message)
                .containsExactly("station JFK is not in this forecast; it has ABI, BOS, DEN");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty.txt", null, "$", 1, 1, "the file is empty; expected an FB winds-aloft forecast"),
                Arguments.of("truncated.txt", null, "$", 6, 1,
                        "the FT row at line 6 is followed by no station rows; the file looks truncated"),
                Arguments.of("garbage-number.txt", "XYZ", "6000 ft", 9, 13,
                        "`27x4` is not a wind group; expected DDSS, DDSS+TT or DDSSTT (e.g. 2714, 2725+00, 265337)"),
                Arguments.of("bad-direction-code.txt", null, "9000 ft", 7, 18,
                        "`4712-04` has direction code 47, which is not a direction"),
                Arguments.of("wrong-format.txt", null, "$", 1, 1,
                        "not an FB winds-aloft forecast: no FT row of heights was found; expected an FB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void reportsTheFirstErrorWithLineColumnAndMessage(String fixture, String station, String field, int line,
                                                      int column, String message) {
        Loaded<WeatherReading> loaded = read(fixture, station);

        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.errors()).isNotEmpty();
        Problem first = loaded.errors().get(0);
        assertThat(first.severity()).isEqualTo(Severity.ERROR);
        assertThat(first.file()).contains(fixture("fb/" + fixture));
        assertThat(first.jsonPath()).isEqualTo(field);
        assertThat(first.line()).as("line").isEqualTo(line);
        assertThat(first.column()).as("column").isEqualTo(column);
        assertThat(first.message()).startsWith(message);
    }

    @Test
    void aHeaderWithoutAnFtRowIsTruncated() {
        String text = "FBUS31 KWNO 161358\nFD1US1\nDATA BASED ON 161200Z\n";

        Loaded<WeatherReading> loaded = READER.read(text, Optional.empty(), Optional.empty());

        assertThat(loaded.errors()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(3,
                        "the FB bulletin header is not followed by an FT row of heights; the file looks truncated"));
    }

    @Test
    void aBadValidTimeIsQuoted() {
        Loaded<WeatherReading> loaded = READER.read("VALID 161860Z\nFT  3000\nBOS 2714\n", Optional.empty(),
                Optional.empty());

        assertThat(loaded.errors()).extracting(Problem::line, Problem::column, Problem::message).containsExactly(
                tuple(1, 7, "`161860Z` is not a valid time; expected ddhhmmZ"
                        + " (day of month, hour, minute UTC), e.g. 161800Z"));
    }

    @Test
    void moreGroupsThanHeightsIsAnError() {
        Loaded<WeatherReading> loaded = READER.read("FT 3000 6000\nBOS 2714 2725+00 2735-04\n", Optional.empty(),
                Optional.empty());

        assertThat(loaded.errors()).extracting(Problem::line, Problem::column, Problem::message).containsExactly(
                tuple(2, 18, "line 2 has 3 groups but the FT row (line 1) has 2 heights"));
    }

    @Test
    void recognisesFbTextButNotCsvOrMetars() {
        assertThat(READER.recognises(text(fixture("fb/fd1us1-three-stations.txt")))).isTrue();
        assertThat(READER.recognises(text(fixture("fb/one-station-respaced.txt")))).isTrue();
        assertThat(READER.recognises("FBUS31 KWNO 161358\nFD1US1\n")).isTrue();
        assertThat(READER.recognises(text(fixture("fb/wrong-format.txt")))).isFalse();
        assertThat(READER.recognises("height_ft_msl,direction_deg,speed_kt\n3000,270,10\n")).isFalse();
        assertThat(READER.recognises("FTP log\nFT 3000 is a height\n")).isFalse();
        assertThat(READER.format()).isEqualTo(WeatherFormat.FB);
    }
}
