package org.leafdrop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.leafdrop.io.AtomicFiles;
import org.leafdrop.io.PlanWriter;
import org.leafdrop.io.weather.WeatherBlocks;
import org.leafdrop.io.weather.WeatherFiles;
import org.leafdrop.io.weather.WeatherFormat;
import org.leafdrop.io.weather.WeatherReading;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leafdrop weather FILE}: reads a wind file (University of Wyoming sounding, FB winds
 * aloft, CSV table, Open-Meteo forecast) and prints the plan's {@code weather} block, or writes a
 * copy of a plan with that block ({@code --into PLAN -o PLAN2}; the plan itself is never edited).
 */
@Command(name = "weather", mixinStandardHelpOptions = true,
        description = {"Read a wind file and print the plan's weather block as JSON on stdout,",
            "or write PLAN with that block to PLAN2 (--into PLAN -o PLAN2)."})
final class WeatherCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The wind file.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "uwyo, uwyo-csv, fb, csv or open-meteo (default: recognised from the content).")
    String format;

    @Option(names = "--station", paramLabel = "ID",
            description = "The station to take from a file with several (FB tables, several soundings).")
    String station;

    @Option(names = "--time", paramLabel = "T", description = {"The winds valid at T (UTC, e.g. 2016-10-16T12:00Z),",
        "interpolated between the file's times, as steady winds; without it all times as profiles."})
    String time;

    @Option(names = "--into", paramLabel = "PLAN", description = "The plan to put the weather into (with -o).")
    Path into;

    @Option(names = {"-o", "--output"}, paramLabel = "PLAN2", description = "Where to write the plan with the new weather.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((into == null) != (output == null)) {
            throw new UserInputException(into == null ? "-o needs --into PLAN: the plan to put the weather into"
                    : "--into needs -o PLAN2: the plan itself is never edited; name the new file with -o");
        }
        Optional<WeatherFormat> fmt = Optional.empty();
        if (format != null) {
            fmt = WeatherFormat.byName(format);
            if (fmt.isEmpty()) {
                throw new UserInputException("--format " + format + ": not a format; use uwyo, uwyo-csv, fb, csv or "
                        + "open-meteo");
            }
        }
        Optional<Instant> at = Optional.ofNullable(time).map(WeatherCommand::parseTime);
        Optional<Plan> plan = Optional.empty();
        if (into != null) {
            PlanLoading.checkOutput(output, into, "-o");
            if (output.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                throw new UserInputException("-o " + output + ": is the wind file; refusing to overwrite it");
            }
            Loaded<Plan> loaded = PlanLoading.read(into);
            PlanLoading.print(loaded, err);
            if (loaded.hasErrors()) {
                return ExitCodes.INVALID_INPUT;
            }
            plan = loaded.value();
        }
        OptionalDouble ground = plan.map(p -> OptionalDouble.of(p.groundElevationMslM())).orElse(OptionalDouble.empty());
        Loaded<WeatherReading> reading = WeatherFiles.read(file, fmt, Optional.ofNullable(station),
                WeatherFiles.readers(ground, at.map(t -> Clock.fixed(t, ZoneOffset.UTC)).orElse(Clock.systemUTC())));
        for (Problem p : reading.problems()) {
            err.println(p.format());
        }
        err.flush();
        if (reading.value().isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        Turbulence turbulence = plan.map(p -> p.weather().turbulence())
                .orElseGet(Turbulence.BoundaryLayer::assumedDefault);
        Weather weather;
        try {
            weather = WeatherBlocks.toWeather(reading.value().get(), at, turbulence);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(file + ": " + e.getMessage());
        }
        if (plan.isEmpty()) {
            out.print(new PlanWriter().toJson(weather));
            out.flush();
            return ExitCodes.OK;
        }
        Plan merged = plan.get().withWeather(weather);
        try {
            AtomicFiles.writeString(PlanLoading.writeTarget(output), new PlanWriter().toJson(merged));
        } catch (IOException e) {
            throw new UserInputException("-o " + output + ": cannot write the plan (" + e.getMessage() + ")");
        }
        err.println(String.format(Locale.ROOT, "Weather from %s (%s: %s) written into %s", file,
                reading.value().get().format().cliName(), describe(weather), output));
        return ExitCodes.OK;
    }

    private static String describe(Weather w) {
        if (w.timeVarying()) {
            return w.profiles().size() + " profiles from " + w.profiles().get(0).validTimeUtc().orElseThrow() + " to "
                    + w.profiles().get(w.profiles().size() - 1).validTimeUtc().orElseThrow();
        }
        return w.firstProfile().levels().size() + " levels" + w.validTimeUtc().map(t -> " valid " + t).orElse("");
    }

    /**
     * A UTC time: 2016-10-16T12:00:00Z, 2016-10-16T12:00Z, 2016-10-16T12Z, with an offset
     * (2016-10-16T15:00+03:00), or without a zone (2016-10-16T12:00, taken as UTC).
     */
    static Instant parseTime(String text) {
        String t = text.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}T\\d{2})Z$", "$1:00Z");
        try {
            return java.time.OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new UserInputException("--time " + text + ": not a time; give UTC as 2016-10-16T12:00Z");
            }
        }
    }
}
