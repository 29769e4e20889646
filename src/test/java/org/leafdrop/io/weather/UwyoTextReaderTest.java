package org.leafdrop.io.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.leafdrop.io.weather.UwyoFixtures.EXACT;
import static org.leafdrop.io.weather.UwyoFixtures.SPEED_TO_3_DECIMALS_MPS;
import static org.leafdrop.io.weather.UwyoFixtures.assertAir;
import static org.leafdrop.io.weather.UwyoFixtures.assertWinds;
import static org.leafdrop.io.weather.UwyoFixtures.located;
import static org.leafdrop.io.weather.UwyoFixtures.path;
import static org.leafdrop.io.weather.UwyoFixtures.text;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Station;

class UwyoTextReaderTest {
    private static final UwyoTextReader READER = new UwyoTextReader();
    private static final Instant MOSUL_12Z = Instant.parse("2016-10-16T12:00:00Z");
    private static final String DASHES = "-".repeat(77);
    private static final String HEADER = "   PRES   HGHT   TEMP   DWPT   RELH   MIXR   DRCT   SKNT   THTA   THTE   THTV";
    private static final String UNITS = "    hPa     m      C      C      %    g/kg    deg   knot     K      K      K";
    private static final String INFO = """
            Station information and sounding indices
                                     Station identifier: ORBM
                                         Station number: 40608
                                       Observation time: 161016/1200
                                       Station latitude: 36.31
                                      Station longitude: 43.15
                                      Station elevation: 223.0
            """;

    private static Loaded<WeatherReading> read(String fixture) {
        return read(fixture, Optional.empty());
    }

    private static Loaded<WeatherReading> read(String fixture, Optional<String> station) {
        return READER.read(text(fixture), Optional.of(path(fixture)), station);
    }

    private static Loaded<WeatherReading> readText(String text) {
        return READER.read(text, Optional.of(Path.of("sounding.txt")), Optional.empty());
    }

    /** A data row: each cell right-aligned in 7 characters, as the University of Wyoming writes them. */
    private static String row(String... cells) {
        return Arrays.stream(cells).map(c -> String.format(Locale.ROOT, "%7s", c)).collect(Collectors.joining())
                .stripTrailing();
    }

    /** A one-station sounding at 12Z 16 Oct 2016 whose data rows start at line 6. */
    private static String soundingWith(String header, String units, String... rows) {
        return String.join("\n", List.of("40608 ORBM Mosul Observations at 12Z 16 Oct 2016", DASHES, header, units,
                DASHES)) + "\n" + String.join("\n", rows) + "\n" + INFO;
    }

    private static String sounding(String... rows) {
        return soundingWith(HEADER, UNITS, rows);
    }

    private static Problem onlyError(Loaded<WeatherReading> loaded) {
        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.errors()).hasSize(1);
        return loaded.errors().get(0);
    }

    @Test
    void readsTheMosulSoundingIntoSortedWindsInMetresPerSecond() {
        Loaded<WeatherReading> loaded = read("mosul-2016-10-16-12z.txt");

        assertThat(loaded.problems()).isEmpty();
        WeatherReading r = loaded.value().orElseThrow();
        assertThat(r.format()).isEqualTo(WeatherFormat.UWYO);
        assertThat(r.source()).isEqualTo("University of Wyoming sounding 40608 ORBM, 2016-10-16 12Z");
        assertThat(r.station()).contains(new Station("ORBM", OptionalDouble.of(36.31), OptionalDouble.of(43.15),
                OptionalDouble.of(223.0)));
        assertThat(r.ensemble()).isEmpty();
        assertThat(r.samples()).hasSize(1);
        WeatherSample s = r.samples().get(0);
        assertThat(s.stationId()).contains("ORBM");
        assertThat(s.validTimeUtc()).contains(MOSUL_12Z);
        // The 1000 hPa level (105 m, below the station) has no temperature or wind: in neither list.
        double[] heights = {223, 788, 1022, 1505, 2012, 2547, 3117, 3722, 4367, 5060, 5810, 6630, 7530, 8530, 9660,
                10960, 12480, 14380, 16880};
        assertWinds(s.winds(), heights,
                new double[]{320, 315, 310, 300, 295, 290, 285, 280, 280, 275, 275, 270, 270, 265, 265, 260, 265, 270,
                        275},
                // 4, 10, 12, ... 25 kt
                new double[]{2.058, 5.144, 6.173, 7.202, 8.231, 9.260, 10.803, 12.347, 13.890, 15.948, 18.006, 20.578,
                        23.664, 26.751, 30.867, 33.953, 29.838, 22.636, 12.861},
                EXACT, SPEED_TO_3_DECIMALS_MPS);
        assertAir(s.air(), heights,
                new double[]{987, 925, 900, 850, 800, 750, 700, 650, 600, 550, 500, 450, 400, 350, 300, 250, 200, 150,
                        100},
                new double[]{21.4, 18.2, 16.4, 12.8, 9.0, 5.2, 1.0, -3.5, -8.3, -13.1, -18.5, -24.7, -31.9, -40.1, -48.9,
                        -54.5, -56.3, -60.1, -66.3});
    }

    @Test
    void theHtmlPageReadsExactlyLikeTheSavedText() {
        Loaded<WeatherReading> html = read("mosul-2016-10-16-12z.html");

        assertThat(html.problems()).isEmpty();
        assertThat(html.value()).isEqualTo(read("mosul-2016-10-16-12z.txt").value()).isPresent();
    }

    @Test
    void speedsInMetresPerSecondAreTakenAsTheyAre() {
        Loaded<WeatherReading> loaded = read("baghdad-sped-mps.txt");

        assertThat(loaded.problems()).isEmpty();
        WeatherReading r = loaded.value().orElseThrow();
        assertThat(r.source()).isEqualTo("University of Wyoming sounding 40650 ORBI, 2016-10-16 12Z");
        assertThat(r.station()).contains(new Station("ORBI", OptionalDouble.of(33.23), OptionalDouble.of(44.23),
                OptionalDouble.of(34.0)));
        WeatherSample s = r.samples().get(0);
        assertWinds(s.winds(), new double[]{34, 103, 770, 1487, 3105, 5800, 7520, 9650, 10950, 12470},
                new double[]{340, 335, 320, 310, 290, 280, 275, 270, 265, 270},
                new double[]{2.6, 3.1, 5.7, 7.2, 10.8, 17.5, 23.3, 30.9, 35.0, 29.8}, EXACT, EXACT);
        assertThat(s.air()).hasSize(10);
        assertThat(s.air().get(0).pressureHpa()).isCloseTo(1008.0, within(EXACT));
    }

    @Test
    void theUnitsRowDecidesTheSpeedUnitEvenAgainstTheColumnName() {
        String kmh = soundingWith(HEADER, UNITS.replace("   knot", "   km/h"), row("987.0", "223", "21.4", "", "", "",
                "320", "36"));
        String mps = soundingWith(HEADER, UNITS.replace("   knot", "    m/s"), row("987.0", "223", "21.4", "", "", "",
                "320", "5"));

        // 36 km/h = 10 m/s exactly; 5 m/s read as is.
        assertThat(readText(kmh).value().orElseThrow().samples().get(0).winds().get(0).speedMps())
                .isCloseTo(10.0, within(1e-9));
        Loaded<WeatherReading> loaded = readText(mps);
        assertThat(loaded.value().orElseThrow().samples().get(0).winds().get(0).speedMps())
                .isCloseTo(5.0, within(EXACT));
        assertThat(loaded.warnings()).extracting(UwyoFixtures::located).containsExactly(
                "4:54 SKNT: the SKNT column is in m/s by the units row (usually knot): read as m/s");
    }

    @Test
    void blankColumnsSkipALevelForWindsOrForAirButNotForBoth() {
        Loaded<WeatherReading> loaded = read("mosul-missing-values.txt");

        assertThat(loaded.problems()).isEmpty();
        WeatherSample s = loaded.value().orElseThrow().samples().get(0);
        assertThat(s.validTimeUtc()).contains(Instant.parse("2016-10-17T00:00:00Z"));
        // 370 m has wind only; 548 m air only; the row without HGHT is skipped; 775 m has DRCT but no
        // SKNT (air only); 1010 m has no PRES (wind only); 2002 m lacks DWPT to MIXR (both).
        assertWinds(s.winds(), new double[]{223, 370, 1010, 1495, 2002, 3110, 5800},
                new double[]{330, 325, 310, 300, 295, 285, 275},
                new double[]{1.543, 3.087, 5.659, 6.688, 7.717, 10.289, 17.491}, EXACT, SPEED_TO_3_DECIMALS_MPS);
        assertAir(s.air(), new double[]{223, 548, 775, 1495, 2002, 3110, 5800},
                new double[]{987, 950, 925, 850, 800, 700, 500}, new double[]{19.0, 17.0, 15.6, 10.6, 7.0, -0.6, -19.1});
    }

    @Test
    void keepsTheFirstOfTwoLevelsAtOneHeightAndSortsHeightsThatGoDown() {
        Loaded<WeatherReading> loaded = read("mosul-duplicate-descending.txt");

        WeatherSample s = loaded.value().orElseThrow().samples().get(0);
        assertWinds(s.winds(), new double[]{223, 788, 1505, 1980, 2012, 3117, 5810},
                new double[]{320, 315, 300, 294, 295, 285, 275},
                new double[]{2.058, 5.144, 7.202, 8.746, 8.231, 10.803, 18.006}, EXACT, SPEED_TO_3_DECIMALS_MPS);
        assertAir(s.air(), new double[]{223, 788, 1505, 1980, 2012, 3117, 5810},
                new double[]{987, 925, 850, 790, 800, 700, 500}, new double[]{21.4, 18.2, 12.8, 8.4, 9.0, 1.0, -18.5});
        assertThat(loaded.warnings()).extracting(UwyoFixtures::located).containsExactly(
                "9:11 HGHT: duplicate height 1505 m (first at line 8): this level is dropped, the first is kept",
                "11:11 HGHT: height 1980 m is below the previous level's 2012 m (line 10): the levels are sorted by height");
    }

    @Test
    void warnsOfALevelBelowTheStationAndKeepsIt() {
        Loaded<WeatherReading> loaded = read("mosul-below-station.txt");

        assertThat(loaded.warnings()).extracting(UwyoFixtures::located)
                .containsExactly("6:12 HGHT: level at 200 m is below the station elevation 223 m");
        WeatherSample s = loaded.value().orElseThrow().samples().get(0);
        assertWinds(s.winds(), new double[]{200, 223, 788, 1505, 3117}, new double[]{320, 320, 315, 300, 285},
                new double[]{1.543, 2.058, 5.144, 7.202, 10.803}, EXACT, SPEED_TO_3_DECIMALS_MPS);
        assertThat(s.air()).hasSize(5);
    }

    @Test
    void severalStationsNeedAChoiceAndTheErrorListsThem() {
        Problem p = onlyError(read("two-stations.txt"));

        assertThat(located(p)).isEqualTo("19:1 $: the file holds soundings of several stations "
                + "(40608 ORBM, 40650 ORBI): choose one with --station");
    }

    @ParameterizedTest(name = "--station {0}")
    @ValueSource(strings = {"ORBI", "orbi", "40650", " 40650 "})
    void keepsTheChosenStationByIdentifierOrNumber(String station) {
        Loaded<WeatherReading> loaded = read("two-stations.txt", Optional.of(station));

        assertThat(loaded.problems()).isEmpty();
        WeatherReading r = loaded.value().orElseThrow();
        assertThat(r.station().orElseThrow().id()).isEqualTo("ORBI");
        assertThat(r.samples()).singleElement().satisfies(s -> {
            assertThat(s.stationId()).contains("ORBI");
            assertWinds(s.winds(), new double[]{34, 1487, 3105, 5800}, new double[]{340, 310, 290, 280},
                    new double[]{2.572, 7.202, 10.803, 17.491}, EXACT, SPEED_TO_3_DECIMALS_MPS);
        });
    }

    @Test
    void aStationThatIsNotInTheFileIsAnErrorListingThoseThatAre() {
        Problem p = onlyError(read("two-stations.txt", Optional.of("OKBK")));

        assertThat(p.jsonPath()).isEqualTo("$");
        assertThat(p.message()).isEqualTo("station \"OKBK\" is not in the file, which holds 40608 ORBM, 40650 ORBI");
    }

    @Test
    void severalTimesOfOneStationBecomeSamplesInTimeOrder() {
        Loaded<WeatherReading> loaded = read("mosul-two-times.txt");

        assertThat(loaded.problems()).isEmpty();
        WeatherReading r = loaded.value().orElseThrow();
        assertThat(r.source())
                .isEqualTo("University of Wyoming soundings 40608 ORBM, 2016-10-16 12Z to 2016-10-17 00Z");
        assertThat(r.samples()).extracting(s -> s.validTimeUtc().orElseThrow())
                .containsExactly(MOSUL_12Z, Instant.parse("2016-10-17T00:00:00Z"));
        assertWinds(r.samples().get(0).winds(), new double[]{223, 1505, 3117, 5810},
                new double[]{320, 300, 285, 275}, new double[]{2.058, 7.202, 10.803, 18.006}, EXACT,
                SPEED_TO_3_DECIMALS_MPS);
        assertWinds(r.samples().get(1).winds(), new double[]{226, 1498, 3108, 5795},
                new double[]{350, 310, 290, 280}, new double[]{1.029, 6.173, 9.774, 15.948}, EXACT,
                SPEED_TO_3_DECIMALS_MPS);
    }

    @Test
    void theSameSoundingTwiceKeepsTheFirstWithAWarning() {
        String once = sounding(row("987.0", "223", "21.4", "", "", "", "320", "4"));
        String again = sounding(row("987.0", "223", "21.4", "", "", "", "330", "8"));

        Loaded<WeatherReading> loaded = readText(once + again);

        assertThat(loaded.value().orElseThrow().samples()).singleElement()
                .satisfies(s -> assertThat(s.winds().get(0).fromDeg()).isEqualTo(320.0));
        assertThat(loaded.warnings()).extracting(UwyoFixtures::located).containsExactly(
                "14:1 $: a second sounding for 2016-10-16 12Z (the first at line 1): the first is kept");
    }

    @Test
    void aNorthWindOf360DegreesIsStoredAsZero() {
        Loaded<WeatherReading> loaded = readText(sounding(row("987.0", "223", "21.4", "", "", "", "360", "10")));

        assertThat(loaded.value().orElseThrow().samples().get(0).winds().get(0).fromDeg()).isZero();
    }

    @Test
    void withoutATitleTheTimeAndStationComeFromTheStationInformation() {
        String text = sounding(row("987.0", "223", "21.4", "", "", "", "320", "4"));
        String untitled = text.substring(text.indexOf('\n') + 1);

        WeatherReading r = readText(untitled).value().orElseThrow();

        assertThat(r.samples().get(0).validTimeUtc()).contains(MOSUL_12Z);
        assertThat(r.station().orElseThrow().id()).isEqualTo("ORBM");
        assertThat(r.source()).isEqualTo("University of Wyoming sounding 40608 ORBM, 2016-10-16 12Z");
    }

    @Test
    void withoutStationInformationTheTitleGivesTimeAndStation() {
        String text = sounding(row("987.0", "223", "21.4", "", "", "", "320", "4"));
        String titleOnly = text.substring(0, text.indexOf("Station information"));

        Loaded<WeatherReading> loaded = readText(titleOnly);

        assertThat(loaded.problems()).isEmpty();
        WeatherReading r = loaded.value().orElseThrow();
        assertThat(r.samples().get(0).validTimeUtc()).contains(MOSUL_12Z);
        assertThat(r.station()).contains(new Station("ORBM", OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty()));
    }

    @Test
    void anObservationTimeThatDisagreesWithTheTitleIsUsedWithAWarning() {
        String text = sounding(row("987.0", "223", "21.4", "", "", "", "320", "4")).replace("161016/1200",
                "161016/1130");

        Loaded<WeatherReading> loaded = readText(text);

        assertThat(loaded.value().orElseThrow().samples().get(0).validTimeUtc())
                .contains(Instant.parse("2016-10-16T11:30:00Z"));
        assertThat(loaded.warnings()).extracting(Problem::message).containsExactly(
                "observation time 2016-10-16 1130Z differs from the title's 2016-10-16 12Z: the observation time is used");
    }

    @Test
    void anEmptyFileIsAnErrorAtLineOneColumnOne() {
        Problem p = onlyError(read("empty.txt"));

        assertThat(p.format()).isEqualTo(path("empty.txt") + ":1:1: error: $: empty file: expected a University of "
                + "Wyoming sounding (TEXT:LIST)");
        assertThat(located(onlyError(readText(" \n\n  \n")))).startsWith("1:1 $: empty file");
    }

    @Test
    void aTableWithoutDataRowsIsReportedAsTruncated() {
        Problem p = onlyError(read("truncated.txt"));

        assertThat(located(p)).isEqualTo(
                "4:1 $: truncated file: the table header at line 4 is followed by no data rows");
    }

    @Test
    void aTitleWithoutATableIsReportedAsTruncated() {
        Problem p = onlyError(readText("40608 ORBM Mosul Observations at 12Z 16 Oct 2016\n" + DASHES + "\n"));

        assertThat(located(p)).isEqualTo("1:1 $: truncated file: no table after the title at line 1 "
                + "(expected a header row starting with PRES and HGHT)");
    }

    @Test
    void aGarbageNumberNamesItsColumnLineAndText() {
        Problem p = onlyError(read("garbage-number.txt"));

        assertThat(p.format()).isEqualTo(path("garbage-number.txt") + ":14:11: error: HGHT: not a number: \"12a3\"");
    }

    @Test
    void aGarbageNumberInsideHtmlTagsIsLocatedInTheFileItself() {
        String text = sounding(row("987.0", "223", "21.4", "", "", "", "320", "4"),
                "<B>" + row("925.0", "7x8", "18.2", "", "", "", "315", "10") + "</B>");

        Problem p = onlyError(readText(text));

        // "<B>" moves the row three columns right in the file; the table columns are found without it.
        assertThat(located(p)).isEqualTo("7:15 HGHT: not a number: \"7x8\"");
    }

    @Test
    void aFileOfAnotherFormatSaysWhatWasExpected() {
        Problem fb = onlyError(read("wrong-format-fb.txt"));
        Problem csv = onlyError(read("mosul-2016-10-16-12z.csv"));

        assertThat(located(fb)).isEqualTo("1:1 $: not a University of Wyoming sounding (TEXT:LIST): expected a title "
                + "such as \"40608 ORBM Mosul Observations at 12Z 16 Oct 2016\" and a header row starting with PRES "
                + "and HGHT");
        assertThat(csv.message()).endsWith("; this looks like the TEXT:CSV form (uwyo-csv)");
    }

    @Test
    void windsOutOfRangeAreErrorsAtTheirCell() {
        String text = sounding(
                row("987.0", "223", "21.4", "", "", "", "400", "4"),
                row("925.0", "788", "18.2", "", "", "", "315", "-5"),
                row("850.0", "1505", "12.8", "", "", "", "300", "320"),
                row("700.0", "3117", "1.0", "", "", "", "285", "291"));

        Loaded<WeatherReading> loaded = readText(text);

        assertThat(loaded.value()).isEmpty();
        // 291 kt = 149.7 m/s is just plausible; 320 kt = 164.6 m/s is not.
        assertThat(loaded.errors()).extracting(UwyoFixtures::located).containsExactly(
                "6:47 DRCT: wind direction must be in [0, 360] degrees (got 400)",
                "7:55 SKNT: wind speed must not be negative (got -5 knot)",
                "8:54 SKNT: wind speed must be at most 150 m/s (got 320 knot = 164.6 m/s)");
    }

    @Test
    void aSoundingWithoutAnyWindIsAnError() {
        String text = sounding(row("987.0", "223", "21.4"), row("925.0", "788", "18.2", "", "", "", "315"));

        Problem p = onlyError(readText(text));

        assertThat(located(p)).isEqualTo("3:1 $: no usable wind level: no row has HGHT, DRCT and a wind speed");
    }

    @Test
    void anUnknownSpeedUnitIsAnErrorAtTheUnitsRow() {
        String text = soundingWith(HEADER, UNITS.replace("   knot", "    mph"), row("987.0", "223", "21.4", "", "", "",
                "320", "4"));

        Problem p = onlyError(readText(text));

        assertThat(located(p)).isEqualTo("4:54 SKNT: unknown speed unit \"mph\" (expected knot, m/s or km/h)");
    }

    @Test
    void aTableWithoutWindColumnsIsAnError() {
        String text = soundingWith("   PRES   HGHT   TEMP", "    hPa     m      C", row("987.0", "223", "21.4"));

        Problem p = onlyError(readText(text));

        assertThat(located(p)).isEqualTo(
                "3:1 $: no wind columns: expected DRCT and SKNT (knot) or SPED (m/s) in the header row");
    }

    @Test
    void twoValuesInOneColumnAreAnError() {
        String text = sounding(row("987.0", "223", "21.4", "", "", "", "320", "4"),
                row("925.0", "78 8", "18.2", "", "", "", "315", "10"));

        Problem p = onlyError(readText(text));

        assertThat(located(p)).isEqualTo("7:14 HGHT: two values in the HGHT column: \"78\" and \"8\"");
    }

    @Test
    void recognisesItsOwnFormOnly() {
        assertThat(READER.recognises(text("mosul-2016-10-16-12z.txt"))).isTrue();
        assertThat(READER.recognises(text("mosul-2016-10-16-12z.html"))).isTrue();
        assertThat(READER.recognises(text("truncated.txt"))).isTrue();
        assertThat(READER.recognises(text("mosul-2016-10-16-12z.csv"))).isFalse();
        assertThat(READER.recognises(text("wrong-format-fb.txt"))).isFalse();
        assertThat(READER.recognises(text("wrong-format-wind-table.csv"))).isFalse();
        assertThat(READER.recognises("")).isFalse();
        assertThat(READER.format()).isEqualTo(WeatherFormat.UWYO);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty.txt", "truncated.txt", "garbage-number.txt", "wrong-format-fb.txt",
            "two-stations.txt", "mosul-2016-10-16-12z.csv", "mosul-2016-10-16-12z.txt"})
    void problemsNameTheFileAndNeverAStackTrace(String fixture) {
        Loaded<WeatherReading> loaded = read(fixture);

        assertThat(loaded.problems()).allSatisfy(p -> {
            assertThat(p.file()).contains(path(fixture));
            assertThat(p.message()).doesNotContain("Exception").doesNotContain("at org.");
        });
        assertThat(loaded.value().isPresent()).isNotEqualTo(loaded.hasErrors());
    }
}
