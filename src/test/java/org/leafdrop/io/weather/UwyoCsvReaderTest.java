package org.leafdrop.io.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leafdrop.io.weather.UwyoFixtures.EXACT;
import static org.leafdrop.io.weather.UwyoFixtures.SPEED_TO_3_DECIMALS_MPS;
import static org.leafdrop.io.weather.UwyoFixtures.assertAir;
import static org.leafdrop.io.weather.UwyoFixtures.assertWinds;
import static org.leafdrop.io.weather.UwyoFixtures.located;
import static org.leafdrop.io.weather.UwyoFixtures.path;
import static org.leafdrop.io.weather.UwyoFixtures.text;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Station;

class UwyoCsvReaderTest {
    private static final UwyoCsvReader READER = new UwyoCsvReader();
    private static final String SHORT_HEADER = "time,longitude,latitude,pressure_hPa,geopotential height_m,"
            + "temperature_C,wind direction_degree,wind speed_m/s";
    private static final double[] MOSUL_HEIGHTS = {223, 788, 1022, 1505, 2012, 2547, 3117, 3722, 4367, 5060, 5810,
            6630, 7530, 8530, 9660, 10960, 12480, 14380, 16880};

    private static Loaded<WeatherReading> read(String fixture) {
        return READER.read(text(fixture), Optional.of(path(fixture)), Optional.empty());
    }

    /** The short header and the given rows; data rows start at line 2. */
    private static Loaded<WeatherReading> readRows(String... rows) {
        return READER.read(SHORT_HEADER + "\n" + String.join("\n", rows) + "\n", Optional.of(Path.of("s.csv")),
                Optional.empty());
    }

    private static Loaded<WeatherReading> readText(String text) {
        return READER.read(text, Optional.of(Path.of("s.csv")), Optional.empty());
    }

    private static Problem onlyError(Loaded<WeatherReading> loaded) {
        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.errors()).hasSize(1);
        return loaded.errors().get(0);
    }

    @Test
    void readsTheMosulCsvSoundingWithTheFirstRowsTimeAndPosition() {
        Loaded<WeatherReading> loaded = read("mosul-2016-10-16-12z.csv");

        assertThat(loaded.problems()).isEmpty();
        WeatherReading r = loaded.value().orElseThrow();
        assertThat(r.format()).isEqualTo(WeatherFormat.UWYO_CSV);
        assertThat(r.source()).isEqualTo("University of Wyoming sounding at 36.310N 43.150E, 2016-10-16 12Z");
        // The balloon drifts to 43.216E; the station is where it was launched.
        assertThat(r.station()).contains(new Station("36.310N 43.150E", OptionalDouble.of(36.31),
                OptionalDouble.of(43.15), OptionalDouble.empty()));
        WeatherSample s = r.samples().get(0);
        assertThat(s.stationId()).isEmpty();
        assertThat(s.validTimeUtc()).contains(Instant.parse("2016-10-16T12:00:00Z"));
        assertWinds(s.winds(), MOSUL_HEIGHTS,
                new double[]{320, 315, 310, 300, 295, 290, 285, 280, 280, 275, 275, 270, 270, 265, 265, 260, 265, 270,
                        275},
                new double[]{2.1, 5.1, 6.2, 7.2, 8.2, 9.3, 10.8, 12.3, 13.9, 15.9, 18.0, 20.6, 23.7, 26.8, 30.9, 34.0,
                        29.8, 22.6, 12.9},
                EXACT, EXACT);
        assertAir(s.air(), MOSUL_HEIGHTS,
                new double[]{987, 925, 900, 850, 800, 750, 700, 650, 600, 550, 500, 450, 400, 350, 300, 250, 200, 150,
                        100},
                new double[]{21.4, 18.2, 16.4, 12.8, 9.0, 5.2, 1.0, -3.5, -8.3, -13.1, -18.5, -24.7, -31.9, -40.1, -48.9,
                        -54.5, -56.3, -60.1, -66.3});
    }

    @Test
    void aGivenStationNamesTheSoundingTheFileDoesNotName() {
        String fixture = "mosul-2016-10-16-12z.csv";
        WeatherReading r = READER.read(text(fixture), Optional.of(path(fixture)), Optional.of("ORBM")).value()
                .orElseThrow();

        assertThat(r.source()).isEqualTo("University of Wyoming sounding ORBM, 2016-10-16 12Z");
        assertThat(r.station()).contains(new Station("ORBM", OptionalDouble.of(36.31), OptionalDouble.of(43.15),
                OptionalDouble.empty()));
        assertThat(r.samples().get(0).stationId()).contains("ORBM");
    }

    @Test
    void convertsKnotsAndFeetFoundByCaseInsensitiveNames() {
        Loaded<WeatherReading> loaded = read("knots-feet.csv");

        assertThat(loaded.problems()).isEmpty();
        WeatherSample s = loaded.value().orElseThrow().samples().get(0);
        // The launch at 23:04:12, not the nominal 00Z: the first row's time.
        assertThat(s.validTimeUtc()).contains(Instant.parse("2016-10-16T23:04:12Z"));
        // 732 ft = 223.1136 m exactly (0.3048 m/ft); 10 kt = 5.144 m/s; 360 is stored as 0.
        double[] heights = {223.1136, 787.908, 1495.044, 3109.8744};
        assertWinds(s.winds(), heights, new double[]{0, 350, 300, 285},
                new double[]{5.144, 10.289, 12.861, 20.578}, 1e-6, SPEED_TO_3_DECIMALS_MPS);
        assertAir(s.air(), heights, new double[]{987, 925, 850, 700}, new double[]{19.0, 15.6, 10.6, -0.6});
    }

    @Test
    void blankCellsSkipALevelForWindsOrForAirButNotForBoth() {
        Loaded<WeatherReading> loaded = read("mosul-missing-values.csv");

        assertThat(loaded.problems()).isEmpty();
        WeatherSample s = loaded.value().orElseThrow().samples().get(0);
        assertThat(s.validTimeUtc()).contains(Instant.parse("2016-10-17T00:00:00Z"));
        // 788 m has no temperature (wind only); 1022 m no wind (air only); the 850 hPa row has no
        // height (skipped); 2012 m a direction but no speed (air only); 2547 m no pressure (wind only).
        assertWinds(s.winds(), new double[]{223, 788, 2547, 3117, 3722}, new double[]{320, 315, 290, 285, 280},
                new double[]{2.1, 5.1, 9.3, 10.8, 12.3}, EXACT, EXACT);
        assertAir(s.air(), new double[]{223, 1022, 2012, 3117, 3722}, new double[]{987, 900, 800, 700, 650},
                new double[]{21.4, 16.4, 9.0, 1.0, -3.5});
    }

    @Test
    void keepsTheFirstOfTwoLevelsAtOneHeightAndSortsHeightsThatGoDown() {
        Loaded<WeatherReading> loaded = read("mosul-duplicate-descending.csv");

        WeatherSample s = loaded.value().orElseThrow().samples().get(0);
        assertWinds(s.winds(), new double[]{223, 788, 1022, 1505, 1980, 2012, 2547, 3117},
                new double[]{320, 315, 310, 300, 294, 295, 290, 285},
                new double[]{2.1, 5.1, 6.2, 7.2, 8.7, 8.2, 9.3, 10.8}, EXACT, EXACT);
        assertThat(s.air()).extracting(a -> a.pressureHpa()).containsExactly(987.0, 925.0, 900.0, 850.0, 790.0,
                800.0, 750.0, 700.0);
        assertThat(loaded.warnings()).extracting(UwyoFixtures::located).containsExactly(
                "6:41 geopotential height_m: duplicate height 1505 m (first at line 5): this level is dropped, the first"
                        + " is kept",
                "8:41 geopotential height_m: height 1980 m is below the previous level's 2012 m (line 7): the levels are"
                        + " sorted by height");
    }

    @Test
    void findsColumnsByNameInAnyOrderNotTakingDewPointOrPotentialTemperatureForTheAir() {
        Loaded<WeatherReading> loaded = readText("""
                wind speed_m/s,dew point temperature_C,potential temperature_K,wind direction_degree,temperature_C,\
                height_m
                2.1,3.4,295.7,320,21.4,223
                5.1,1.2,297.9,315,18.2,788
                """);

        assertThat(loaded.problems()).extracting(UwyoFixtures::located)
                .containsExactly("1:1 $: the header names no time column: the sample has no valid time");
        WeatherSample s = loaded.value().orElseThrow().samples().get(0);
        assertWinds(s.winds(), new double[]{223, 788}, new double[]{320, 315}, new double[]{2.1, 5.1}, EXACT, EXACT);
        // Without a pressure column there are no air levels, and without time or position no station.
        assertThat(s.air()).isEmpty();
        assertThat(s.validTimeUtc()).isEmpty();
        assertThat(loaded.value().orElseThrow().station()).isEmpty();
    }

    @Test
    void takesTheAirTemperatureWhereverItsColumnIs() {
        Loaded<WeatherReading> loaded = readText("""
                dew point temperature_C,potential temperature_K,pressure_hPa,geopotential height_m,temperature_C,\
                wind direction_degree,wind speed_m/s
                3.4,295.7,987.0,223,21.4,320,2.1
                """);

        assertAir(loaded.value().orElseThrow().samples().get(0).air(), new double[]{223}, new double[]{987},
                new double[]{21.4});
    }

    @Test
    void anEmptyFileIsAnErrorAtLineOneColumnOne() {
        Problem p = onlyError(read("empty.csv"));

        assertThat(p.format()).isEqualTo(path("empty.csv") + ":1:1: error: $: empty file: expected a University of "
                + "Wyoming sounding (TEXT:CSV)");
    }

    @Test
    void aHeaderWithoutRowsIsReportedAsTruncated() {
        Problem p = onlyError(read("truncated.csv"));

        assertThat(located(p)).isEqualTo("1:1 $: truncated file: the header at line 1 is followed by no data rows");
    }

    @Test
    void aGarbageNumberNamesItsColumnLineAndText() {
        Problem p = onlyError(read("garbage-number.csv"));

        assertThat(p.format()).isEqualTo(path("garbage-number.csv")
                + ":7:80: error: wind speed_m/s: not a number: \"9.3x\"");
    }

    @Test
    void aFileOfAnotherFormatSaysWhatWasExpected() {
        Problem table = onlyError(read("wrong-format-wind-table.csv"));
        Problem list = onlyError(read("mosul-2016-10-16-12z.txt"));

        assertThat(located(table)).isEqualTo("1:1 $: not a University of Wyoming sounding (TEXT:CSV): expected a "
                + "header row naming its columns with units, such as \"time,longitude,latitude,pressure_hPa,"
                + "geopotential height_m,temperature_C,...,wind direction_degree,wind speed_m/s,...\"");
        assertThat(list.message()).endsWith("; this looks like the TEXT:LIST form (uwyo)");
    }

    @Test
    void windsOutOfRangeAreErrorsAtTheirCell() {
        Loaded<WeatherReading> loaded = readRows(
                "2016-10-16 12:00:00,43.150,36.310,987.0,223,21.4,361,2.1",
                "2016-10-16 12:01:53,43.152,36.310,925.0,788,18.2,315,-0.5",
                "2016-10-16 12:02:40,43.153,36.310,900.0,1022,16.4,310,150.5",
                "2016-10-16 12:04:16,43.154,36.311,850.0,1505,12.8,300,150");

        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.errors()).extracting(UwyoFixtures::located).containsExactly(
                "2:50 wind direction_degree: wind direction must be in [0, 360] degrees (got 361)",
                "3:54 wind speed_m/s: wind speed must not be negative (got -0.5 m/s)",
                "4:55 wind speed_m/s: wind speed must be at most 150 m/s (got 150.5 m/s)");
    }

    @Test
    void anUnknownOrMissingUnitIsAnErrorAtTheHeader() {
        Problem mph = onlyError(readText(SHORT_HEADER.replace("m/s", "mph") + "\n2016-10-16 12:00:00,43.15,36.31,"
                + "987,223,21.4,320,4\n"));
        Problem none = onlyError(readText(SHORT_HEADER.replace("_m/s", "") + "\n2016-10-16 12:00:00,43.15,36.31,"
                + "987,223,21.4,320,4\n"));

        assertThat(located(mph)).isEqualTo("1:96 wind speed_mph: unknown speed unit \"mph\" (expected m/s, knot or "
                + "km/h)");
        assertThat(located(none)).isEqualTo("1:96 wind speed: no unit in the column name (expected a suffix such as"
                + " _m/s)");
    }

    @Test
    void aHeaderWithoutAWindSpeedColumnIsAnError() {
        Problem p = onlyError(readText("pressure_hPa,geopotential height_m,wind direction_degree\n987,223,320\n"));

        assertThat(located(p)).isEqualTo("1:1 $: the header names no wind speed column (expected e.g. "
                + "\"wind speed_m/s\")");
    }

    @Test
    void aSoundingWithoutAnyWindIsAnError() {
        Problem p = onlyError(readRows("2016-10-16 12:00:00,43.150,36.310,987.0,223,21.4,,",
                "2016-10-16 12:01:53,43.152,36.310,925.0,788,18.2,315,"));

        assertThat(located(p)).isEqualTo("1:1 $: no usable wind level: no row has geopotential height_m, "
                + "wind direction_degree and wind speed_m/s all given");
    }

    @Test
    void aRowWithTooManyCellsIsAnErrorAndOneWithTooFewAWarning() {
        Loaded<WeatherReading> tooMany = readRows("2016-10-16 12:00:00,43.150,36.310,987.0,223,21.4,320,2.1,7");
        Loaded<WeatherReading> tooFew = readRows("2016-10-16 12:00:00,43.150,36.310,987.0,223,21.4,320,2.1",
                "2016-10-16 12:01:53,43.152,36.310,925.0,788,18.2,315");

        assertThat(located(onlyError(tooMany))).isEqualTo("2:58 $: the row has 9 cells, the header 8");
        assertThat(tooFew.warnings()).extracting(UwyoFixtures::located)
                .containsExactly("3:1 $: the row has 7 cells, the header 8: the missing ones are read as blank");
        assertThat(tooFew.value().orElseThrow().samples().get(0).winds()).hasSize(1);
    }

    @Test
    void aBadTimeOrPositionIsAnError() {
        Loaded<WeatherReading> loaded = readRows("16/10/2016 12:00,43.150,96.310,987.0,223,21.4,320,2.1");

        assertThat(loaded.errors()).extracting(UwyoFixtures::located).containsExactly(
                "2:1 time: not a valid time: \"16/10/2016 12:00\" (expected UTC such as 2016-10-16 12:00:00)",
                "2:25 latitude: latitude must be in [-90, 90] degrees (got 96.310)");
    }

    @Test
    void aSecondHeaderRowIsAnError() {
        Problem p = onlyError(readRows("2016-10-16 12:00:00,43.150,36.310,987.0,223,21.4,320,2.1", SHORT_HEADER,
                "2016-10-16 12:01:53,43.152,36.310,925.0,788,18.2,315,5.1"));

        assertThat(located(p)).isEqualTo("3:1 $: a second header row (the first at line 1): one sounding per file");
    }

    @Test
    void recognisesItsOwnFormOnly() {
        assertThat(READER.recognises(text("mosul-2016-10-16-12z.csv"))).isTrue();
        assertThat(READER.recognises(text("truncated.csv"))).isTrue();
        assertThat(READER.recognises(text("knots-feet.csv"))).isTrue();
        assertThat(READER.recognises(text("wrong-format-wind-table.csv"))).isFalse();
        assertThat(READER.recognises(text("mosul-2016-10-16-12z.txt"))).isFalse();
        assertThat(READER.recognises(text("mosul-2016-10-16-12z.html"))).isFalse();
        assertThat(READER.recognises(text("wrong-format-fb.txt"))).isFalse();
        assertThat(READER.recognises("")).isFalse();
        assertThat(READER.format()).isEqualTo(WeatherFormat.UWYO_CSV);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty.csv", "truncated.csv", "garbage-number.csv", "wrong-format-wind-table.csv",
            "mosul-2016-10-16-12z.txt", "mosul-2016-10-16-12z.csv", "mosul-duplicate-descending.csv"})
    void problemsNameTheFileAndNeverAStackTrace(String fixture) {
        Loaded<WeatherReading> loaded = read(fixture);

        assertThat(loaded.problems()).allSatisfy(p -> {
            assertThat(p.file()).contains(path(fixture));
            assertThat(p.message()).doesNotContain("Exception").doesNotContain("at org.");
        });
        assertThat(loaded.value().isPresent()).isNotEqualTo(loaded.hasErrors());
    }
}
