package org.leafdrop.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leafdrop.io.weather.WeatherBlocks;
import org.leafdrop.io.weather.WeatherFileReader;
import org.leafdrop.io.weather.WeatherFiles;
import org.leafdrop.io.weather.WeatherReading;
import java.util.List;
import java.util.Optional;
import org.leafdrop.io.PlanReader;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Problem;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;

/** Reading plans for the window: files, the bundled sample, a new empty plan, weather blocks. */
public final class PlanDocuments {
    /** The sample the window opens on when started without a plan (bundled in the jar). */
    public static final String SAMPLE_RESOURCE = "/org/leafdrop/samples/mosul-central-2016-10-16.leafdrop.json";

    private PlanDocuments() {
    }

    static PlanReader reader() {
        return new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled());
    }

    public static Loaded<Plan> read(Path file) {
        return reader().read(file);
    }

    /** A plan as read, with the bytes it was read from (none when the file could not be read whole). */
    record ReadFile(Loaded<Plan> loaded, java.util.Optional<byte[]> bytes) {
    }

    /**
     * Reads a plan once and keeps the bytes, so that what the window later compares the file with
     * is exactly what it loaded (a second read could see another program's newer version).
     */
    static ReadFile readKeepingBytes(Path file) {
        try {
            if (java.nio.file.Files.isRegularFile(file)
                    && java.nio.file.Files.size(file) <= org.leafdrop.io.PlanReader.MAX_FILE_BYTES) {
                byte[] bytes = java.nio.file.Files.readAllBytes(file);
                return new ReadFile(reader().read(bytes, java.util.Optional.of(file)), java.util.Optional.of(bytes));
            }
        } catch (java.io.IOException | SecurityException e) {
            // the reader says what is wrong with the file in its own words
        }
        return new ReadFile(reader().read(file), java.util.Optional.empty());
    }

    /** The bundled Mosul sample (it has no file: saving asks where). */
    public static Plan sample() {
        try (InputStream in = PlanDocuments.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample is missing from the jar: " + SAMPLE_RESOURCE);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Loaded<Plan> loaded = reader().read(json, Optional.empty());
            return loaded.value().orElseThrow(() -> new IllegalStateException(
                    "the bundled sample does not read: " + loaded.problems()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled sample: " + e.getMessage(), e);
        }
    }

    /** A new plan: nothing drawn yet, calm ISA weather, the default simulation settings. */
    public static Plan empty() {
        return new Plan(Plan.CURRENT_VERSION, "Untitled plan", Optional.empty(), 0, List.of(), List.of(), List.of(),
                Weather.steady(List.of(new WindLevel(0, 0, 0)), new Turbulence.None()), List.of(),
                SimulationSettings.DEFAULTS, Extras.NONE);
    }

    /**
     * The weather of a file for the plan on screen: a Leafdrop plan's {@code weather}, a bare
     * weather block (the object PLAN-FORMAT.md describes), or any wind file {@code leafdrop
     * weather} reads (soundings, FB, CSV, Open-Meteo: all its times as profiles). For a file with
     * several stations, {@code chooseStation} is asked (empty: cancelled). Problems name the file.
     */
    public static Loaded<Weather> readWeather(Path file, Plan current,
                                              Function<List<String>, Optional<String>> chooseStation) {
        String head = head(file);
        String trimmed = head.strip();
        if (trimmed.startsWith("{") && !trimmed.contains("\"hourly\"")) {
            return readWeatherJson(file);
        }
        List<WeatherFileReader> readers = WeatherFiles.readers(OptionalDouble.of(current.groundElevationMslM()),
                clockFor(current));
        Loaded<WeatherReading> reading = WeatherFiles.read(file, Optional.empty(), Optional.empty(), readers);
        if (reading.value().isEmpty()) {
            List<String> stations = stationsToChooseFrom(reading.problems());
            if (stations.isEmpty()) {
                return Loaded.failed(reading.problems());
            }
            Optional<String> chosen = chooseStation.apply(stations);
            if (chosen.isEmpty()) {
                return Loaded.failed(List.of());
            }
            reading = WeatherFiles.read(file, Optional.empty(), chosen, readers);
            if (reading.value().isEmpty()) {
                return Loaded.failed(reading.problems());
            }
        }
        try {
            return Loaded.of(WeatherBlocks.toWeather(reading.value().get(), Optional.empty(),
                    current.weather().turbulence()), reading.warnings());
        } catch (IllegalArgumentException e) {
            return Loaded.failed(List.of(new Problem(org.leafdrop.model.Severity.ERROR, Optional.of(file), "$", 0, 0,
                    e.getMessage())));
        }
    }

    private static final Pattern SEVERAL_STATIONS = Pattern.compile("\\(([^()]*)\\)[^()]*choose one with --station");

    /** The stations a reader listed when it needed one chosen (identifiers, or numbers for soundings). */
    static List<String> stationsToChooseFrom(List<Problem> problems) {
        for (Problem p : problems) {
            Matcher m = SEVERAL_STATIONS.matcher(p.message());
            if (m.find()) {
                return Arrays.stream(m.group(1).split(",")).map(String::strip).filter(x -> !x.isEmpty())
                        .map(x -> x.split("\\s+")[0]).toList();
            }
        }
        return List.of();
    }

    /** FB text gives day and hour only: the plan's first release time tells the month and year. */
    private static Clock clockFor(Plan p) {
        return p.sorties().stream().flatMap(s -> s.releaseTimeUtc().stream()).findFirst()
                .map(t -> Clock.fixed(t, ZoneOffset.UTC)).orElse(Clock.systemUTC());
    }

    private static String head(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** A plan's weather, or a bare weather block read inside a minimal plan so every rule applies. */
    private static Loaded<Weather> readWeatherJson(Path file) {
        Loaded<Plan> asPlan = reader().read(file);
        if (asPlan.value().isPresent()) {
            return Loaded.of(asPlan.value().get().weather(), asPlan.warnings());
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Loaded.failed(asPlan.problems());
        }
        if (text.contains("\"format\"")) {
            return Loaded.failed(asPlan.problems());
        }
        // the wrapper sits on the file's first line, so only first-line columns need shifting back
        String prefix = "{\"format\":\"leafdrop-plan\",\"version\":1,\"name\":\"weather\",\"sorties\":[],"
                + "\"groundElevationMslM\":0,\"weather\":";
        Loaded<Plan> inner = reader().read(prefix + text + "}", Optional.of(file));
        List<Problem> weatherProblems = inner.problems().stream().filter(p -> p.jsonPath().startsWith("$.weather"))
                .map(p -> p.line() == 1 ? new Problem(p.severity(), p.file(), p.jsonPath(), 1,
                        Math.max(1, p.column() - prefix.length()), p.message()) : p)
                .toList();
        if (inner.value().isEmpty()) {
            return Loaded.failed(weatherProblems.isEmpty() ? asPlan.problems() : weatherProblems);
        }
        return Loaded.of(inner.value().get().weather(), weatherProblems);
    }
}
