package org.leafdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.io.ResultJson;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Weather;
import org.leafdrop.planning.PlanSimulator;
import org.leafdrop.sim.ProgressMonitor;

/** {@code leafdrop weather}: every format to the plan's weather block, merging, and bad files. */
class WeatherCommandTest {
    static final Path SAMPLE = Path.of("samples/mosul-central-2016-10-16.leafdrop.json");
    static final Path W = Path.of("src/test/resources/weather");

    @TempDir
    Path tmp;

    static Stream<Arguments> goodFiles() {
        return Stream.of(
                Arguments.of("uwyo/mosul-2016-10-16-12z.txt", "", 19, "\"model\": \"sounding\""),
                Arguments.of("uwyo/mosul-2016-10-16-12z.html", "", 19, "40608 ORBM"),
                Arguments.of("uwyo/mosul-2016-10-16-12z.csv", "", -1, "University of Wyoming sounding"),
                Arguments.of("fb/fd1us1-three-stations.txt", "--station=BOS", -1, "FB winds aloft, station BOS"),
                Arguments.of("csv/ft-msl-kt.csv", "", -1, "CSV wind table"),
                Arguments.of("open-meteo/mosul-forecast.json", "", -1, "\"profiles\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    void printsTheWeatherBlockOfEachFormatRecognisedFromTheContent(String file, String option, int levels,
                                                                     String expected) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("weather", W.resolve(file).toString()));
        if (!option.isEmpty()) {
            args.add(option);
        }
        CliRunner.Outcome o = CliRunner.run(args.toArray(String[]::new));
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(o.out()).contains(expected).contains("\"altitudeMslM\"");
        // the block reads back as the weather of a plan
        Path plan = tmp.resolve("p.leafdrop.json");
        Files.writeString(plan, "{\"format\":\"leafdrop-plan\",\"version\":1,\"groundElevationMslM\":223,"
                + "\"sorties\":[],\"weather\":" + o.out() + "}");
        var read = PlanLoading.read(plan);
        assertThat(read.hasErrors()).as(read.problems().toString()).isFalse();
        Weather w = read.value().orElseThrow().weather();
        if (levels > 0) {
            assertThat(w.firstProfile().levels()).hasSize(levels);
        }
    }

    @Test
    void mergesIntoACopyOfThePlanAndTheRoundTripSimulatesTheSame() throws Exception {
        byte[] before = Files.readAllBytes(SAMPLE);
        Path out = tmp.resolve("with-sounding.leafdrop.json");
        CliRunner.Outcome o = CliRunner.run("weather", W.resolve("uwyo/mosul-2016-10-16-12z.txt").toString(),
                "--into", SAMPLE.toString(), "-o", out.toString());
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(o.err()).contains("written into").contains("19 levels");
        assertThat(Files.readAllBytes(SAMPLE)).as("the plan itself is never edited").isEqualTo(before);
        Plan merged = PlanLoading.read(out).value().orElseThrow();
        Plan original = PlanLoading.read(SAMPLE).value().orElseThrow();
        assertThat(merged.sorties()).isEqualTo(original.sorties());
        assertThat(merged.weather().source()).contains("University of Wyoming sounding 40608 ORBM, 2016-10-16 12Z");
        assertThat(merged.weather().turbulence()).isEqualTo(original.weather().turbulence());
        // the weather as read, put into the plan in memory, simulates exactly as the saved and reloaded plan
        String block = CliRunner.run("weather", W.resolve("uwyo/mosul-2016-10-16-12z.txt").toString()).out();
        Path wrapper = tmp.resolve("w.leafdrop.json");
        Files.writeString(wrapper, "{\"format\":\"leafdrop-plan\",\"version\":1,\"groundElevationMslM\":0,"
                + "\"sorties\":[],\"weather\":" + block + "}");
        Weather w = PlanLoading.read(wrapper).value().orElseThrow().weather();
        Plan inMemory = original.withWeather(new Weather(w.validTimeUtc(), w.source(), w.station(), w.profiles(),
                w.timeVarying(), w.ensemble(), w.atmosphere(), original.weather().turbulence()));
        assertThat(merged).isEqualTo(inMemory);
        PlanResult a = PlanSimulator.simulate(inMemory, 1000, 7, 2, List.of(), "t", ProgressMonitor.NONE).result();
        PlanResult b = PlanSimulator.simulate(merged, 1000, 7, 2, List.of(), "t", ProgressMonitor.NONE).result();
        assertThat(withoutRun(ResultJson.toJson(b, Optional.empty()))).isEqualTo(withoutRun(ResultJson.toJson(a,
                Optional.empty())));
    }

    private static String withoutRun(String json) {
        return json.replaceAll("(?s)\"run\"\\s*:\\s*\\{.*?\\}", "");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("uwyo/truncated.txt", "truncated"),
                Arguments.of("uwyo/garbage-number.txt", "12a3"),
                Arguments.of("uwyo/empty.txt", "empty"),
                Arguments.of("fb/garbage-number.txt --station=XYZ", "27x4"),
                Arguments.of("fb/truncated.txt", "truncated"),
                Arguments.of("csv/garbage-number.csv", "27x4"),
                Arguments.of("csv/truncated.csv", "truncated"),
                Arguments.of("open-meteo/truncated.json", "truncated"),
                Arguments.of("open-meteo/garbage-values.json", "expected a number"),
                Arguments.of("open-meteo/not-open-meteo.json", "not"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsExplainedWithItsLineAndNothingIsWritten(String fileAndOption, String words) throws Exception {
        String file = fileAndOption.split(" ")[0];
        Path out = tmp.resolve("never.leafdrop.json");
        byte[] before = Files.readAllBytes(SAMPLE);
        List<String> args = new java.util.ArrayList<>(List.of("weather", W.resolve(file).toString(), "--into",
                SAMPLE.toString(), "-o", out.toString()));
        if (fileAndOption.contains(" ")) {
            args.add(fileAndOption.split(" ")[1]);
        }
        CliRunner.Outcome o = CliRunner.run(args.toArray(String[]::new));
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).containsPattern(java.util.regex.Pattern.quote(W.resolve(file).toString())
                + ":\\d+:\\d+: error: ").contains(words).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        assertThat(Files.readAllBytes(SAMPLE)).isEqualTo(before);
    }

    @Test
    void optionsThatCannotWorkAreRefused() {
        String sounding = W.resolve("uwyo/mosul-2016-10-16-12z.txt").toString();
        CliRunner.Outcome outside = CliRunner.run("weather", sounding, "--time", "2016-10-17T12:00Z");
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("weather", sounding, "-o", tmp.resolve("x.json").toString()).err())
                .contains("-o needs --into");
        assertThat(CliRunner.run("weather", sounding, "--format", "grib").err()).contains("--format grib");
        CliRunner.Outcome self = CliRunner.run("weather", sounding, "--into", SAMPLE.toString(), "-o", SAMPLE.toString());
        assertThat(self.exitCode()).isEqualTo(2);
        assertThat(self.err()).contains("refusing to overwrite");
        assertThat(CliRunner.run("weather", W.resolve("fb/fd1us1-three-stations.txt").toString()).err())
                .contains("choose one with --station");
    }

    @Test
    void ensembleMembersOfAForecastFileRunThroughTheEnsembleMode() {
        Path out = tmp.resolve("ensemble.leafdrop.json");
        assertThat(CliRunner.run("weather", W.resolve("open-meteo/mosul-ensemble.json").toString(), "--into",
                SAMPLE.toString(), "-o", out.toString()).exitCode()).isZero();
        Plan p = PlanLoading.read(out).value().orElseThrow();
        assertThat(p.weather().ensemble()).extracting(m -> m.id()).containsExactly("member01", "member02", "member03");
        CliRunner.Outcome o = CliRunner.run("simulate", out.toString(), "--ensemble", "--particles", "500");
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(o.out()).contains("Ensemble: 3 members (weather.ensemble)");
    }

    @Test
    void aTimeBetweenForecastHoursGivesSteadyWindsValidThen() {
        CliRunner.Outcome o = CliRunner.run("weather", W.resolve("open-meteo/mosul-forecast.json").toString(), "--time",
                "2016-10-16T02:30Z");
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(o.out()).contains("\"validTimeUtc\": \"2016-10-16T02:30:00Z\"").contains("\"winds\"")
                .doesNotContain("\"profiles\"");
    }
}
