package org.leafdrop.io.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.leafdrop.io.weather.WindTableAssertions.assertNoStackTraces;
import static org.leafdrop.io.weather.WindTableAssertions.assertWinds;
import static org.leafdrop.io.weather.WindTableAssertions.fixture;
import static org.leafdrop.io.weather.WindTableAssertions.level;
import static org.leafdrop.io.weather.WindTableAssertions.text;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Severity;

class CsvWindsReaderTest {
    private static final CsvWindsReader READER = new CsvWindsReader();
    /** The Mosul sample plan's ground elevation. */
    private static final CsvWindsReader MOSUL_GROUND = new CsvWindsReader(OptionalDouble.of(223));

    private static Loaded<WeatherReading> read(CsvWindsReader reader, String fixture) {
        Path file = fixture("csv/" + fixture);
        Loaded<WeatherReading> loaded = reader.read(text(file), Optional.of(file), Optional.empty());
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
    void readsFeetMslAndKnotsSkippingCommentsAndBlankLines() {
        Loaded<WeatherReading> loaded = read(READER, "ft-msl-kt.csv");
        WeatherSample sample = onlySample(loaded);

        assertWinds(sample.winds(),
                level(304.8, 320, 3.0867),
                level(914.4, 0, 5.1444),     // 360° stored as 0; 10 kt = 5.1444 m/s
                level(1828.8, 295, 9.5172));
        assertThat(sample.validTimeUtc()).isEmpty();
        assertThat(sample.stationId()).isEmpty();
        assertThat(sample.air()).isEmpty();
        assertThat(loaded.problems()).isEmpty();
        WeatherReading reading = loaded.value().orElseThrow();
        assertThat(reading.format()).isEqualTo(WeatherFormat.CSV);
        assertThat(reading.source()).isEqualTo("CSV wind table ft-msl-kt.csv");
        assertThat(reading.station()).isEmpty();
    }

    @Test
    void addsTheGroundElevationToAglHeightsAndReadsSemicolonsQuotesKmhAndDecimalCommas() {
        WeatherSample sample = onlySample(read(MOSUL_GROUND, "m-agl-kmh.csv"));

        assertWinds(sample.winds(),
                level(233, 300, 2.0),        // 10 m AGL + 223 m; 7,2 km/h
                level(723, 310, 6.9444),
                level(1723, 290.5, 15.0));
    }

    @Test
    void aglHeightsWithoutTheGroundElevationAskForThePlan() {
        Loaded<WeatherReading> loaded = read(READER, "m-agl-kmh.csv");

        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.errors()).extracting(Problem::jsonPath, Problem::line, Problem::column, Problem::message)
                .containsExactly(tuple("Height (m AGL)", 1, 1, "the heights are above ground (AGL) but no ground"
                        + " elevation is known: give the plan (--into PLAN) whose groundElevationMslM converts them"
                        + " to MSL"));
    }

    @Test
    void readsColumnsInAnyOrderIgnoringOthersAndTakesUnsaidHeightsAsMsl() {
        Loaded<WeatherReading> loaded = read(READER, "any-order-mph.csv");

        assertWinds(onlySample(loaded).winds(),
                level(233, 90, 2.2352),      // 5 mph
                level(1500, 135, 10.0584));  // 22.5 mph
        assertThat(loaded.warnings()).extracting(Problem::jsonPath, Problem::line, Problem::column, Problem::message)
                .containsExactly(tuple("altitude_m", 1, 42,
                        "`altitude_m` does not say MSL or AGL; the heights are taken as MSL"));
    }

    @Test
    void readsTheMetresAndMetresPerSecondHeader() {
        Loaded<WeatherReading> loaded = read(READER, "altitude-m-mps.csv");

        assertWinds(onlySample(loaded).winds(),
                level(233, 320, 3.0),
                level(1500, 300, 7.5),
                level(3000, 285, 11.0));
        assertThat(loaded.warnings()).hasSize(1);
    }

    @Test
    void sortsHeightsKeepsTheFirstOfARepeatAndSkipsRowsWithMissingValues() {
        Loaded<WeatherReading> loaded = read(READER, "duplicates-unsorted.csv");

        assertWinds(onlySample(loaded).winds(),
                level(500, 260, 5),
                level(1000, 270, 8),         // line 2 kept, line 4 dropped
                level(1500, 275, 10));
        assertThat(loaded.warnings()).extracting(Problem::jsonPath, Problem::line, Problem::message).containsExactly(
                tuple("height_m_msl", 3, "the heights go down at line 3 (500 m MSL after 1000 m MSL at line 2);"
                        + " the levels are sorted by height"),
                tuple("height_m_msl", 4, "line 4 repeats the height 1000 m MSL of line 2; the first (line 2) is kept"),
                tuple("height_m_msl", 5, "line 5 has no value for height_m_msl; the row is skipped"),
                tuple("direction_deg", 6, "line 6 has no value for direction_deg; the row is skipped"));
    }

    @Test
    void warnsOnceWhenHeightsGoDownAndSortsThem() {
        String text = "Height (m AGL), Direction (deg), Speed (km/h)\n3000,270,36\n2000,260,18\n1000,250,9\n";

        Loaded<WeatherReading> loaded = MOSUL_GROUND.read(text, Optional.empty(), Optional.empty());

        assertWinds(onlySample(loaded).winds(),
                level(1223, 250, 2.5),
                level(2223, 260, 5.0),
                level(3223, 270, 10.0));
        assertThat(loaded.warnings()).extracting(Problem::jsonPath, Problem::line, Problem::message).containsExactly(
                tuple("Height (m AGL)", 3, "the heights go down at line 3 (2000 m AGL after 3000 m AGL at line 2);"
                        + " the levels are sorted by height"));
    }

    @Test
    void groupsRowsByTimeIntoSamplesInTimeOrder() {
        Loaded<WeatherReading> loaded = read(READER, "several-times.csv");
        WeatherReading reading = loaded.value().orElseThrow();

        assertThat(reading.samples()).extracting(s -> s.validTimeUtc().orElseThrow())
                .containsExactly(Instant.parse("2016-10-16T00:00:00Z"), Instant.parse("2016-10-16T12:00:00Z"));
        assertWinds(reading.samples().get(0).winds(),
                level(914.4, 250, 4.1156),
                level(1828.8, 255, 7.7167),
                level(2743.2, 260, 10.2889));
        assertWinds(reading.samples().get(1).winds(),
                level(914.4, 270, 5.1444),
                level(2743.2, 280, 12.8611));
        assertThat(reading.source())
                .isEqualTo("CSV wind table several-times.csv, 2 times from 2016-10-16 00Z to 2016-10-16 12Z");
        assertThat(loaded.warnings()).extracting(Problem::line).containsExactly(6); // 6000 ft after 9000 ft at 00Z
    }

    @Test
    void takesTimesWithoutAZoneAsUtcWithOneWarning() {
        String text = "time;height_m_msl;direction_deg;speed_mps\n2016-10-16 12:00;500;270;5\n"
                + "2016-10-16 12:00;900;280;6\n";

        Loaded<WeatherReading> loaded = READER.read(text, Optional.empty(), Optional.empty());

        assertThat(loaded.value().orElseThrow().samples().get(0).validTimeUtc())
                .contains(Instant.parse("2016-10-16T12:00:00Z"));
        assertThat(loaded.warnings()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(2, "`2016-10-16 12:00` names no time zone; times without one are taken as UTC"));
    }

    @Test
    void warnsThatAStationMeansNothingToACsvTable() {
        Path file = fixture("csv/ft-msl-kt.csv");

        Loaded<WeatherReading> loaded = READER.read(text(file), Optional.of(file), Optional.of("BOS"));

        assertThat(loaded.value()).isPresent();
        assertThat(loaded.warnings()).extracting(Problem::jsonPath, Problem::message)
                .containsExactly(tuple("station", "--station BOS is ignored: a CSV wind table names no station"));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty.csv", "$", 1, 1, "the file is empty; expected a CSV wind table with a header"
                        + " naming height, direction and speed with their units, e.g."
                        + " height_ft_msl,direction_deg,speed_kt"),
                Arguments.of("truncated.csv", "$", 2, 1,
                        "the header (line 2) is followed by no data rows; the file looks truncated"),
                Arguments.of("garbage-number.csv", "direction_deg", 9, 7, "`27x4` is not a number"),
                Arguments.of("uwyo-sounding.csv", "$", 1, 38, "this is a University of Wyoming sounding CSV"
                        + " (`geopotential height_m`), not a wind table; read it with --format uwyo-csv"),
                Arguments.of("unknown-unit.csv", "speed_furlongs_per_fortnight", 1, 29,
                        "unknown unit `furlongs per fortnight` in `speed_furlongs_per_fortnight`; expected m/s, kt,"
                                + " km/h or mph (e.g. speed_mps, speed_kt)"),
                Arguments.of("impossible-values.csv", "direction_deg", 2, 5, "direction 400° is outside 0–360°"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void reportsTheFirstErrorWithLineColumnAndMessage(String fixture, String field, int line, int column,
                                                      String message) {
        Loaded<WeatherReading> loaded = read(MOSUL_GROUND, fixture);

        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.errors()).isNotEmpty();
        Problem first = loaded.errors().get(0);
        assertThat(first.severity()).isEqualTo(Severity.ERROR);
        assertThat(first.file()).contains(fixture("csv/" + fixture));
        assertThat(first.jsonPath()).isEqualTo(field);
        assertThat(first.line()).as("line").isEqualTo(line);
        assertThat(first.column()).as("column").isEqualTo(column);
        assertThat(first.message()).isEqualTo(message);
    }

    @Test
    void reportsEveryImpossibleValueNotJustTheFirst() {
        Loaded<WeatherReading> loaded = read(READER, "impossible-values.csv");

        assertThat(loaded.errors()).extracting(Problem::jsonPath, Problem::line, Problem::column, Problem::message)
                .containsExactly(
                        tuple("direction_deg", 2, 5, "direction 400° is outside 0–360°"),
                        tuple("speed_kt", 3, 10, "speed -3 kt is negative"),
                        tuple("speed_kt", 4, 10,
                                "speed 400 kt (205.8 m/s) is over 150 m/s, faster than any wind aloft"));
    }

    @Test
    void numbersTooLargeForADoubleAreErrorsAndMinusZeroIsZero() {
        Loaded<WeatherReading> tooLarge = READER.read("height_m_msl,direction_deg,speed_mps\n1e999,270,5\n",
                Optional.empty(), Optional.empty());
        Loaded<WeatherReading> minusZero = READER.read("height_m_msl,direction_deg,speed_mps\n500,-0,-0.0\n",
                Optional.empty(), Optional.empty());

        assertThat(tooLarge.errors()).extracting(Problem::line, Problem::column, Problem::message)
                .containsExactly(tuple(2, 1, "`1e999` is too large"));
        // compared bit for bit: -0.0 == 0.0, but -0.0 prints as "-0.0"
        assertThat(Double.doubleToRawLongBits(onlySample(minusZero).winds().get(0).fromDeg())).isZero();
        assertThat(Double.doubleToRawLongBits(onlySample(minusZero).winds().get(0).speedMps())).isZero();
    }

    @Test
    void fbTextIsNotACsvTable() {
        Loaded<WeatherReading> loaded = READER.read("FBUS31 KWNO 161358\nFD1US1\n", Optional.empty(), Optional.empty());

        assertThat(loaded.errors()).extracting(Problem::line, Problem::message).containsExactly(tuple(1,
                "not a CSV wind table: the header at line 1 names no height, direction or speed column; expected a"
                        + " header such as height_ft_msl,direction_deg,speed_kt"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "height_ft,speed_kt\n1000,10\n",
            "height_ft,direction_deg,speed\n1000,270,10\n",
            "height,direction_deg,speed_kt\n1000,270,10\n",
            "height_ft,direction_mag,speed_kt\n1000,270,10\n",
            "height_ft,direction_deg,speed_kt,alt_m\n1000,270,10,300\n"})
    void headersThatDoNotSayEnoughAreErrorsOnLineOne(String text) {
        Loaded<WeatherReading> loaded = READER.read(text, Optional.empty(), Optional.empty());

        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.errors()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
    }

    @Test
    void headerErrorsSayWhatIsMissing() {
        assertThat(READER.read("height_ft,speed_kt\n1000,10\n", Optional.empty(), Optional.empty()).errors())
                .extracting(Problem::message).containsExactly("the header at line 1 names no direction column (it has"
                        + " `height_ft`, `speed_kt`); expected a header such as height_ft_msl,direction_deg,speed_kt");
        assertThat(READER.read("height_ft,direction_deg,speed\n1000,270,10\n", Optional.empty(), Optional.empty())
                .errors()).extracting(Problem::message)
                .containsExactly("`speed` gives no unit; expected m/s, kt, km/h or mph (e.g. speed_mps, speed_kt)");
    }

    @Test
    void recognisesWindTablesButNotSoundingsOrFbText() {
        for (String good : new String[] {"ft-msl-kt.csv", "m-agl-kmh.csv", "any-order-mph.csv", "altitude-m-mps.csv",
                "several-times.csv"}) {
            assertThat(READER.recognises(text(fixture("csv/" + good)))).as(good).isTrue();
        }
        assertThat(READER.recognises(text(fixture("csv/uwyo-sounding.csv")))).isFalse();
        assertThat(READER.recognises(text(fixture("fb/fd1us1-three-stations.txt")))).isFalse();
        assertThat(READER.recognises("")).isFalse();
        assertThat(READER.recognises("{\"elevation\":233.0,\"hourly_units\":{\"height\":\"m\",\"wind_speed_850hPa\":"
                + "\"km/h\"}}")).isFalse();
        assertThat(READER.format()).isEqualTo(WeatherFormat.CSV);
    }
}
