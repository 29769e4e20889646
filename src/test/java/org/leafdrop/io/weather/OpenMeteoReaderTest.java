package org.leafdrop.io.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leafdrop.model.Atmosphere.SoundingLevel;
import org.leafdrop.model.EnsembleMember;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Station;
import org.leafdrop.model.WindLevel;
import org.leafdrop.units.Units;

class OpenMeteoReaderTest {
    /** The fixtures give speeds with one decimal in km/h; converted they are exact to well under 1e-9 m/s. */
    private static final double EXACT = 1e-9;
    private static final OpenMeteoReader READER = new OpenMeteoReader();

    static Path fixture(String name) {
        try {
            return Path.of(OpenMeteoReaderTest.class.getResource("/weather/open-meteo/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(fixture(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Loaded<WeatherReading> read(String name) {
        return READER.read(text(name), Optional.of(fixture(name)), Optional.empty());
    }

    private static Loaded<WeatherReading> readText(String text) {
        return READER.read(text, Optional.of(Path.of("inline.json")), Optional.empty());
    }

    private static WindLevel levelAt(WeatherSample s, double altitudeMslM) {
        return s.winds().stream().filter(w -> w.altitudeMslM() == altitudeMslM).findFirst()
                .orElseThrow(() -> new AssertionError("no wind at " + altitudeMslM + " m in " + s.winds()));
    }

    /** 1-based line and column of the {@code n}th (0-based) occurrence of {@code needle}. */
    private static int[] position(String text, String needle, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(needle, at + 1);
            assertThat(at).as("occurrence %d of %s", i, needle).isNotNegative();
        }
        int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        int column = at - text.lastIndexOf('\n', at - 1);
        return new int[] {line, column};
    }

    private static void assertAt(Problem p, String text, String needle, int occurrence) {
        int[] expected = position(text, needle, occurrence);
        assertThat(new int[] {p.line(), p.column()}).as("position of %s", p.format()).containsExactly(expected);
    }

    // --- good files ---------------------------------------------------------------------------

    @Test
    void readsEveryHourOfTheMosulForecastAsOneSampleWithSpeedsInMetresPerSecond() {
        Loaded<WeatherReading> loaded = read("mosul-forecast.json");

        assertThat(loaded.problems()).isEmpty();
        WeatherReading r = loaded.value().orElseThrow();
        assertThat(r.format()).isEqualTo(WeatherFormat.OPEN_METEO);
        assertThat(r.samples()).hasSize(6);
        assertThat(r.samples()).extracting(s -> s.validTimeUtc().orElseThrow()).containsExactly(
                Instant.parse("2016-10-16T00:00:00Z"), Instant.parse("2016-10-16T01:00:00Z"),
                Instant.parse("2016-10-16T02:00:00Z"), Instant.parse("2016-10-16T03:00:00Z"),
                Instant.parse("2016-10-16T04:00:00Z"), Instant.parse("2016-10-16T05:00:00Z"));
        WeatherSample first = r.samples().get(0);
        assertThat(first.stationId()).contains("open-meteo");
        // the 10 m wind at elevation + 10 m, then 975 ... 250 hPa at their geopotential heights
        assertThat(first.winds()).extracting(WindLevel::altitudeMslM)
                .containsExactly(233.0, 340.0, 560.0, 790.0, 1500.0, 3120.0, 5850.0, 9620.0, 10870.0);
        assertThat(first.winds().get(0).speedMps()).isCloseTo(2.0, within(EXACT)); // 7.2 km/h
        assertThat(first.winds().get(0).fromDeg()).isEqualTo(330.0);
        WindLevel at850 = levelAt(first, 1500.0);
        assertThat(at850.speedMps()).isCloseTo(10.0, within(EXACT)); // 36 km/h
        assertThat(at850.fromDeg()).isEqualTo(300.0);
        assertThat(levelAt(first, 10870.0).speedMps()).isCloseTo(30.0, within(EXACT)); // 108 km/h

        WeatherSample fourth = r.samples().get(3);
        WindLevel later850 = levelAt(fourth, 1506.0);
        assertThat(later850.speedMps()).isCloseTo(13.0, within(EXACT)); // 46.8 km/h
        assertThat(later850.fromDeg()).isEqualTo(306.0);

        assertThat(first.air()).extracting(SoundingLevel::pressureHpa)
                .containsExactly(975.0, 950.0, 925.0, 850.0, 700.0, 500.0, 300.0, 250.0);
        SoundingLevel air850 = first.air().get(3);
        assertThat(air850.altitudeMslM()).isEqualTo(1500.0);
        assertThat(air850.temperatureC()).isEqualTo(15.0);

        Station station = r.station().orElseThrow();
        assertThat(station.id()).isEqualTo("open-meteo");
        assertThat(station.latDeg()).isEqualTo(OptionalDouble.of(36.34));
        assertThat(station.lonDeg()).isEqualTo(OptionalDouble.of(43.13));
        assertThat(station.elevationMslM()).isEqualTo(OptionalDouble.of(223.0));
        assertThat(r.source()).isEqualTo("Open-Meteo forecast at 36.34N 43.13E (2016-10-16T00:00Z to 2016-10-16T05:00Z)");
        assertThat(r.ensemble()).isEmpty();
    }

    @Test
    void speedsGivenInMetresPerSecondGiveTheSameWindsAsKilometresPerHour() {
        WeatherReading kmh = read("mosul-forecast.json").value().orElseThrow();
        Loaded<WeatherReading> ms = read("mosul-forecast-ms.json");

        assertThat(ms.problems()).isEmpty();
        assertSameWinds(ms.value().orElseThrow(), kmh);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kn", "mp/h"})
    void convertsKnotsAndMilesPerHour(String unit) {
        String text = text("mosul-forecast.json").replace("\"wind_speed_850hPa\": \"km/h\"",
                "\"wind_speed_850hPa\": \"" + unit + "\"");

        WeatherReading r = readText(text).value().orElseThrow();

        double expected = unit.equals("kn") ? Units.ktToMps(36.0) : Units.mphToMps(36.0);
        assertThat(levelAt(r.samples().get(0), 1500.0).speedMps()).isCloseTo(expected, within(EXACT));
        // the other levels keep km/h
        assertThat(levelAt(r.samples().get(0), 3120.0).speedMps()).isCloseTo(12.0, within(EXACT));
    }

    @Test
    void localTimesWithAnOffsetBecomeUtc() {
        WeatherReading gmt = read("mosul-forecast.json").value().orElseThrow();
        Loaded<WeatherReading> baghdad = read("mosul-forecast-baghdad-time.json");

        assertThat(baghdad.problems()).isEmpty();
        // 03:00 in Baghdad (UTC+3, utc_offset_seconds 10800) is 00:00Z
        assertThat(baghdad.value().orElseThrow().samples().get(0).validTimeUtc())
                .contains(Instant.parse("2016-10-16T00:00:00Z"));
        assertSameWinds(baghdad.value().orElseThrow(), gmt);
        assertThat(baghdad.value().orElseThrow().samples()).extracting(WeatherSample::validTimeUtc)
                .isEqualTo(gmt.samples().stream().map(WeatherSample::validTimeUtc).toList());
    }

    @Test
    void withoutAnOffsetTheNamedTimeZoneConvertsTheTimesWithAWarning() {
        String text = text("mosul-forecast-baghdad-time.json").replace("\"utc_offset_seconds\": 10800,", "");

        Loaded<WeatherReading> loaded = readText(text);

        assertThat(loaded.warnings()).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.timezone");
            assertThat(p.message()).isEqualTo(
                    "no utc_offset_seconds: the local times are converted to UTC with the rules of Asia/Baghdad");
        });
        assertThat(loaded.value().orElseThrow().samples().get(0).validTimeUtc())
                .contains(Instant.parse("2016-10-16T00:00:00Z"));
    }

    @Test
    void unixTimesAreUtcSeconds() {
        String text = """
                {"latitude": 36.34, "longitude": 43.13, "elevation": 223.0, "utc_offset_seconds": 10800,
                 "hourly_units": {"time": "unixtime", "wind_speed_10m": "m/s", "wind_direction_10m": "°"},
                 "hourly": {"time": [1476576000, 1476579600], "wind_speed_10m": [3.5, 4.0],
                            "wind_direction_10m": [90, 95]}}
                """;

        WeatherReading r = readText(text).value().orElseThrow();

        assertThat(r.samples()).extracting(s -> s.validTimeUtc().orElseThrow())
                .containsExactly(Instant.parse("2016-10-16T00:00:00Z"), Instant.parse("2016-10-16T01:00:00Z"));
        assertThat(r.samples().get(1).winds()).containsExactly(new WindLevel(233.0, 95.0, 4.0));
    }

    @Test
    void dropsNullsAndLevelsBelowGroundWithOneWarningEach() {
        String text = text("mosul-nulls-below-ground.json");
        Loaded<WeatherReading> loaded = read("mosul-nulls-below-ground.json");

        assertThat(loaded.errors()).isEmpty();
        List<Problem> warnings = loaded.warnings();
        assertThat(warnings).extracting(Problem::jsonPath).containsExactly(
                "$.hourly.wind_direction_10m[0]", "$.hourly.wind_speed_850hPa[2]",
                "$.hourly.geopotential_height_1000hPa[0]", "$.hourly.temperature_500hPa[4]");
        assertThat(warnings).extracting(Problem::message).containsExactly(
                "1 of 6 values are null (no data); those times lack this variable",
                "2 of 6 values are null (no data); those times lack this variable",
                "the 1000 hPa level is below the ground at 3 of 6 times (geopotential height 215 m under the "
                        + "elevation 223 m); dropped there",
                "1 of 6 values are null (no data); those times lack this variable");
        int line10m = position(text, "\"wind_direction_10m\": [", 0)[0];
        assertThat(warnings.get(0).line()).isEqualTo(line10m);
        assertThat(warnings.get(0).column()).isEqualTo(position(text, "null", 0)[1]);
        assertAt(warnings.get(2), text, "215", 0);

        WeatherReading r = loaded.value().orElseThrow();
        assertThat(r.samples()).hasSize(6);
        WeatherSample first = r.samples().get(0);
        // no 10 m wind (direction null), no 1000 hPa (215 m is under the ground at 223 m)
        assertThat(first.winds()).extracting(WindLevel::altitudeMslM)
                .containsExactly(340.0, 560.0, 790.0, 1500.0, 3120.0, 5850.0, 9620.0, 10870.0);
        assertThat(first.air()).extracting(SoundingLevel::pressureHpa).doesNotContain(1000.0);
        WeatherSample third = r.samples().get(2);
        assertThat(third.winds()).extracting(WindLevel::altitudeMslM).doesNotContain(1506.0);
        WeatherSample fourth = r.samples().get(3);
        // 1000 hPa is at 224 m, above the ground, from the fourth hour on; 850 hPa still has no speed
        assertThat(fourth.winds()).extracting(WindLevel::altitudeMslM).startsWith(224.0, 233.0, 349.0)
                .doesNotContain(1509.0);
        assertThat(fourth.air()).extracting(SoundingLevel::pressureHpa).contains(1000.0, 850.0);
        assertThat(r.samples().get(4).air()).extracting(SoundingLevel::pressureHpa).doesNotContain(500.0);
    }

    @Test
    void ensembleMembersAreAlternativeProfilesAtTheFirstTime() {
        Loaded<WeatherReading> loaded = read("mosul-ensemble.json");

        assertThat(loaded.problems()).isEmpty();
        WeatherReading r = loaded.value().orElseThrow();
        // the samples are the control run
        assertThat(r.samples()).hasSize(3);
        assertThat(levelAt(r.samples().get(0), 1500.0).speedMps()).isCloseTo(10.0, within(EXACT));
        assertThat(r.ensemble()).extracting(EnsembleMember::id).containsExactly("member01", "member02", "member03");
        EnsembleMember second = r.ensemble().get(1);
        assertThat(second.winds().validTimeUtc()).contains(Instant.parse("2016-10-16T00:00:00Z"));
        // member k: heights + k m, speeds + k m/s
        assertThat(second.winds().levels()).extracting(WindLevel::altitudeMslM)
                .containsExactly(233.0, 792.0, 1502.0, 3122.0);
        assertThat(second.winds().levels().get(2).speedMps()).isCloseTo(12.0, within(EXACT));
        assertThat(second.winds().levels().get(0).speedMps()).isCloseTo(4.0, within(EXACT));
        assertThat(r.source()).isEqualTo(
                "Open-Meteo ensemble forecast at 36.34N 43.13E (2016-10-16T00:00Z to 2016-10-16T02:00Z, 3 members)");
    }

    @Test
    void withoutAControlRunTheFirstMemberGivesTheSamples() {
        String membersOnly = text("mosul-ensemble.json").lines()
                .filter(l -> !l.matches("\\s*\"(wind_speed|wind_direction|geopotential_height|temperature)_\\d+(hPa|m)\".*"))
                .collect(Collectors.joining("\n"));

        Loaded<WeatherReading> loaded = readText(membersOnly);

        assertThat(loaded.problems()).isEmpty();
        WeatherReading r = loaded.value().orElseThrow();
        assertThat(levelAt(r.samples().get(0), 1501.0).speedMps()).isCloseTo(11.0, within(EXACT));
        assertThat(r.ensemble()).extracting(EnsembleMember::id).containsExactly("member01", "member02", "member03");
    }

    @Test
    void aStationOtherThanTheFilesPointIsIgnoredWithAWarning() {
        Loaded<WeatherReading> asked = READER.read(text("mosul-forecast.json"), Optional.empty(), Optional.of("40608"));
        Loaded<WeatherReading> own = READER.read(text("mosul-forecast.json"), Optional.empty(), Optional.of("open-meteo"));

        assertThat(asked.value()).isPresent();
        assertThat(asked.warnings()).extracting(Problem::message).containsExactly(
                "--station 40608 ignored: an Open-Meteo file holds one point (station \"open-meteo\")");
        assertThat(own.problems()).isEmpty();
    }

    @Test
    void recognisesOpenMeteoJsonOnly() {
        assertThat(READER.recognises(text("mosul-forecast.json"))).isTrue();
        assertThat(READER.recognises(text("mosul-ensemble.json"))).isTrue();
        assertThat(READER.recognises("{\"hourly\": {\"time\": [], \"windspeed_10m\": []}}")).isTrue();
        assertThat(READER.recognises(text("not-open-meteo.json"))).isFalse();
        assertThat(READER.recognises("")).isFalse();
        assertThat(READER.recognises("{\"format\": \"leafdrop-plan\", \"version\": 1, \"sorties\": []}")).isFalse();
        assertThat(READER.recognises("time,wind_speed_10m,wind_direction_10m\n2016-10-16T00:00,7.2,330\n")).isFalse();
        // a speed outside "hourly" is not enough
        assertThat(READER.recognises("{\"hourly\": {\"time\": []}, \"daily\": {\"wind_speed_10m\": []}}")).isFalse();
    }

    // --- bad files ----------------------------------------------------------------------------

    @Test
    void anEmptyFileIsAnErrorAtOneOne() {
        Loaded<WeatherReading> loaded = read("empty.json");

        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("file is empty");
            assertThat(p.jsonPath()).isEqualTo("$");
            assertThat(new int[] {p.line(), p.column()}).containsExactly(1, 1);
            assertThat(p.format()).isEqualTo(fixture("empty.json") + ":1:1: error: $: file is empty");
        });
    }

    @Test
    void truncatedJsonPointsAtTheEndOfTheFile() {
        String text = text("truncated.json");
        String[] lines = text.split("\n", -1);

        Loaded<WeatherReading> loaded = read("truncated.json");

        assertThat(loaded.value()).isEmpty();
        Problem p = loaded.errors().get(0);
        assertThat(loaded.errors()).hasSize(1);
        assertThat(p.message()).isEqualTo("malformed JSON: the file ends before the JSON is complete (truncated?)");
        assertThat(p.jsonPath()).startsWith("$.hourly.wind_speed_850hPa");
        assertThat(p.line()).isEqualTo(lines.length);
        assertThat(p.column()).isEqualTo(lines[lines.length - 1].length() + 1);
    }

    @Test
    void aFileWithoutHourlyIsNotAnOpenMeteoForecast() {
        Loaded<WeatherReading> loaded = read("not-open-meteo.json");

        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.errors()).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$");
            assertThat(p.message()).isEqualTo("not an Open-Meteo forecast: no \"hourly\" object "
                    + "(expected hourly variables such as wind_speed_850hPa)");
            assertThat(new int[] {p.line(), p.column()}).containsExactly(1, 1);
        });
        assertThat(readText("[1, 2]").errors()).singleElement().extracting(Problem::message)
                .isEqualTo("not an Open-Meteo forecast: expected a JSON object, got array");
    }

    @Test
    void anErrorAnswerFromTheServiceGivesItsReason() {
        Loaded<WeatherReading> loaded =
                readText("{\"error\": true, \"reason\": \"Cannot initialize WeatherVariable from invalid String value\"}");

        assertThat(loaded.errors()).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.error");
            assertThat(p.message()).isEqualTo("Open-Meteo answered with an error: "
                    + "Cannot initialize WeatherVariable from invalid String value");
        });
    }

    @Test
    void arraysOfAnotherLengthThanTimeAreErrorsAtTheArray() {
        String text = text("length-mismatch.json");

        Loaded<WeatherReading> loaded = read("length-mismatch.json");

        assertThat(loaded.value()).isEmpty();
        List<Problem> errors = loaded.errors();
        assertThat(errors).extracting(Problem::jsonPath)
                .containsExactly("$.hourly.wind_speed_850hPa", "$.hourly.geopotential_height_850hPa");
        assertThat(errors).extracting(Problem::message)
                .containsExactly("has 2 values but $.hourly.time has 3", "has 4 values but $.hourly.time has 3");
        assertAt(errors.get(0), text, "[36.0, 39.6]", 0);
        assertAt(errors.get(1), text, "[1500, 1502, 1504, 1506]", 0);
        assertThat(errors.get(0).format()).isEqualTo(fixture("length-mismatch.json")
                + ":11:26: error: $.hourly.wind_speed_850hPa: has 2 values but $.hourly.time has 3");
    }

    @Test
    void garbageAndImpossibleValuesAreErrorsAtTheValue() {
        String text = text("garbage-values.json");

        Loaded<WeatherReading> loaded = read("garbage-values.json");

        assertThat(loaded.value()).isEmpty();
        List<Problem> errors = loaded.errors();
        assertThat(errors).extracting(Problem::jsonPath).containsExactly(
                "$.hourly.time[2]", "$.hourly.wind_speed_850hPa[1]", "$.hourly.wind_speed_850hPa[2]",
                "$.hourly.wind_direction_850hPa[1]", "$.hourly.geopotential_height_850hPa[2]");
        assertThat(errors).extracting(Problem::message).containsExactly(
                "expected a time like 2016-10-16T00:00, got string \"yesterday\"",
                "expected a number or null, got string \"fast\"",
                "wind speed must not be negative (got -5.0 km/h)",
                "wind direction must be in [0, 360] degrees (got 400 °)",
                "expected a number or null, got true");
        assertAt(errors.get(0), text, "\"yesterday\"", 0);
        assertAt(errors.get(1), text, "\"fast\"", 0);
        assertAt(errors.get(2), text, "-5.0", 0);
        assertAt(errors.get(3), text, "400", 0);
        assertAt(errors.get(4), text, "true", 0);
    }

    @Test
    void manyBadValuesInOneArrayAreCountedAfterTheFirstThree() {
        String times = IntStream.range(0, 10).mapToObj(h -> String.format("\"2016-10-16T%02d:00\"", h))
                .collect(Collectors.joining(", "));
        String words = IntStream.range(0, 10).mapToObj(h -> "\"calm\"").collect(Collectors.joining(", "));
        String text = "{\"elevation\": 223, \"utc_offset_seconds\": 0, \"hourly_units\": {\"wind_speed_10m\": \"km/h\", "
                + "\"wind_direction_10m\": \"°\"}, \"hourly\": {\"time\": [" + times + "], \"wind_speed_10m\": ["
                + words + "], \"wind_direction_10m\": [" + words.replace("\"calm\"", "90") + "]}}";

        List<Problem> errors = readText(text).errors();

        assertThat(errors).extracting(Problem::jsonPath).containsExactly("$.hourly.wind_speed_10m[0]",
                "$.hourly.wind_speed_10m[1]", "$.hourly.wind_speed_10m[2]", "$.hourly.wind_speed_10m[3]");
        assertThat(errors.get(3).message()).isEqualTo("7 more bad values in this array from here on");
    }

    @Test
    void anUnknownUnitIsAnErrorAtTheUnit() {
        String text = text("mosul-forecast.json").replace("\"wind_speed_850hPa\": \"km/h\"",
                "\"wind_speed_850hPa\": \"furlong/fortnight\"");

        List<Problem> errors = readText(text).errors();

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.hourly_units.wind_speed_850hPa");
            assertThat(p.message()).isEqualTo("unknown unit string \"furlong/fortnight\" for wind_speed_850hPa "
                    + "(expected km/h, m/s, kn or mph)");
            assertAt(p, text, "\"furlong/fortnight\"", 0);
        });
    }

    @Test
    void noUsableLevelAtAnyTimeIsAnError() {
        Loaded<WeatherReading> loaded = read("no-usable-level.json");

        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.errors()).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.hourly");
            assertThat(p.message()).isEqualTo("no usable wind level at any time: a level needs speed, direction "
                    + "and geopotential height above the ground (or a 10 m wind and the elevation)");
        });
        // the reasons are there as warnings
        assertThat(loaded.warnings()).extracting(Problem::jsonPath)
                .containsExactly("$.hourly.geopotential_height_1000hPa[0]", "$.hourly.wind_speed_850hPa[0]");
    }

    @Test
    void noProblemMessageLeaksAJavaException() {
        for (String name : List.of("empty.json", "truncated.json", "not-open-meteo.json", "length-mismatch.json",
                "garbage-values.json", "no-usable-level.json", "mosul-nulls-below-ground.json")) {
            assertThat(read(name).problems()).as(name).isNotEmpty().allSatisfy(p -> {
                assertThat(p.message()).doesNotContain("Exception").doesNotContain("at org.")
                        .doesNotContain("[Source:");
                assertThat(p.file()).contains(fixture(name));
            });
        }
    }

    private static void assertSameWinds(WeatherReading actual, WeatherReading expected) {
        assertThat(actual.samples()).hasSameSizeAs(expected.samples());
        for (int i = 0; i < expected.samples().size(); i++) {
            List<WindLevel> a = actual.samples().get(i).winds();
            List<WindLevel> e = expected.samples().get(i).winds();
            assertThat(a).as("sample %d", i).hasSameSizeAs(e);
            for (int j = 0; j < e.size(); j++) {
                assertThat(a.get(j).altitudeMslM()).isEqualTo(e.get(j).altitudeMslM());
                assertThat(a.get(j).fromDeg()).isEqualTo(e.get(j).fromDeg());
                assertThat(a.get(j).speedMps()).as("sample %d level %d", i, j).isCloseTo(e.get(j).speedMps(), within(EXACT));
            }
        }
    }
}
