package org.leafdrop.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.leafdrop.model.Atmosphere;
import org.leafdrop.model.Limits;
import org.leafdrop.model.Turbulence;

/**
 * Binds {@code weather.atmosphere} ({@code isa} or {@code sounding}) and
 * {@code weather.turbulence} ({@code none}, {@code constant} or {@code boundary-layer}), with the
 * defaults of PLAN-FORMAT.md: ISA, and the assumed boundary layer when turbulence is omitted.
 * Stateless.
 */
final class AirBinder {
    static final List<String> ATMOSPHERES = List.of("isa", "sounding");
    static final List<String> TURBULENCES = List.of("none", "constant", "boundary-layer");
    private static final NumberRule SIGMA = NumberRule.between(0, Limits.MAX_SIGMA_MPS, "m/s");
    private static final NumberRule TIME = NumberRule.aboveUpTo(0, Limits.MAX_LAGRANGIAN_TIME_S, "s");
    private static final List<String> SOUNDING_LEVEL_FIELDS = List.of("altitudeMslM", "pressureHpa", "temperatureC");

    private AirBinder() {
    }

    static Optional<Atmosphere> atmosphere(Optional<JsonValue> value, String path, ProblemLog log) {
        if (value.isEmpty()) {
            return Optional.of(new Atmosphere.Isa());
        }
        int errors = log.errorCount();
        Optional<String> model = model(value.get(), path, log, ATMOSPHERES, "atmosphere");
        if (model.isEmpty()) {
            return Optional.empty();
        }
        if (model.get().equals("isa")) {
            Fields.of(value.get(), path, log, List.of("model")).ifPresent(Fields::warnUnknown);
            return Optional.of(new Atmosphere.Isa());
        }
        Fields f = Fields.of(value.get(), path, log, List.of("model", "levels")).orElseThrow();
        f.warnUnknown();
        Optional<JsonValue.JsonArray> levels = f.requiredArray("levels");
        List<Atmosphere.SoundingLevel> out = new ArrayList<>();
        if (levels.isPresent() && levels.get().items().isEmpty()) {
            log.error(f.pathOf("levels"), levels.get(), "a sounding needs at least one level (got an empty array)");
        }
        levels.ifPresent(a -> {
            for (int i = 0; i < a.items().size(); i++) {
                soundingLevel(a.items().get(i), JsonPaths.item(f.pathOf("levels"), i), log).ifPresent(out::add);
            }
        });
        return Build.record(log, errors, path, value.get(), () -> new Atmosphere.Sounding(out));
    }

    static Optional<Turbulence> turbulence(Optional<JsonValue> value, String path, ProblemLog log) {
        if (value.isEmpty()) {
            return Optional.of(Turbulence.BoundaryLayer.assumedDefault());
        }
        int errors = log.errorCount();
        Optional<String> model = model(value.get(), path, log, TURBULENCES, "turbulence");
        if (model.isEmpty()) {
            return Optional.empty();
        }
        switch (model.get()) {
            case "none" -> {
                Fields.of(value.get(), path, log, List.of("model")).ifPresent(Fields::warnUnknown);
                return Optional.of(new Turbulence.None());
            }
            case "constant" -> {
                Fields f = Fields.of(value.get(), path, log,
                        List.of("model", "sigmaHorizontalMps", "sigmaVerticalMps", "lagrangianTimeS")).orElseThrow();
                OptionalDouble h = f.requiredNumber("sigmaHorizontalMps", SIGMA);
                OptionalDouble v = f.number("sigmaVerticalMps", SIGMA);
                OptionalDouble tl = f.number("lagrangianTimeS", TIME);
                f.warnUnknown();
                return Build.record(log, errors, path, value.get(), () -> new Turbulence.Constant(h.orElseThrow(),
                        v.orElse(0), tl.orElse(Turbulence.DEFAULT_TL_HORIZONTAL_S)));
            }
            default -> {
                return boundaryLayer(value.get(), path, log, errors);
            }
        }
    }

    private static Optional<Turbulence> boundaryLayer(JsonValue value, String path, ProblemLog log, int errors) {
        Fields f = Fields.of(value, path, log, List.of("model", "frictionVelocityMps", "mixingHeightAglM",
                "freeSigmaHorizontalMps", "freeSigmaVerticalMps", "lagrangianTimeHorizontalS",
                "lagrangianTimeVerticalS")).orElseThrow();
        OptionalDouble ustar = f.requiredNumber("frictionVelocityMps", SIGMA);
        OptionalDouble mixing = f.requiredNumber("mixingHeightAglM", NumberRule.aboveUpTo(0, 20_000, "m"));
        OptionalDouble freeH = f.requiredNumber("freeSigmaHorizontalMps", SIGMA);
        OptionalDouble freeV = f.requiredNumber("freeSigmaVerticalMps", SIGMA);
        OptionalDouble tlH = f.number("lagrangianTimeHorizontalS", TIME);
        OptionalDouble tlV = f.number("lagrangianTimeVerticalS", TIME);
        f.warnUnknown();
        return Build.record(log, errors, path, value, () -> new Turbulence.BoundaryLayer(ustar.orElseThrow(),
                mixing.orElseThrow(), freeH.orElseThrow(), freeV.orElseThrow(),
                tlH.orElse(Turbulence.DEFAULT_TL_HORIZONTAL_S), tlV.orElse(Turbulence.DEFAULT_TL_VERTICAL_S), false));
    }

    private static Optional<String> model(JsonValue value, String path, ProblemLog log, List<String> allowed,
                                          String what) {
        Optional<Fields> f = Fields.of(value, path, log, List.of("model"));
        Optional<String> model = f.flatMap(x -> x.requiredString("model"));
        if (model.isPresent() && !allowed.contains(model.get())) {
            log.error(f.get().pathOf("model"), f.get().present("model").orElseThrow(), "unknown " + what
                    + " model \"" + model.get() + "\": use one of " + String.join(", ", allowed));
            return Optional.empty();
        }
        return model;
    }

    private static Optional<Atmosphere.SoundingLevel> soundingLevel(JsonValue value, String path, ProblemLog log) {
        int errors = log.errorCount();
        Optional<Fields> of = Fields.of(value, path, log, SOUNDING_LEVEL_FIELDS);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Fields f = of.get();
        OptionalDouble altitude = f.requiredNumber("altitudeMslM", NumberRule.finite());
        OptionalDouble pressure = f.requiredNumber("pressureHpa", NumberRule.above(0, "hPa"));
        OptionalDouble temperature = f.requiredNumber("temperatureC", NumberRule.above(-273.15, "°C"));
        f.warnUnknown();
        return Build.record(log, errors, path, value, () -> new Atmosphere.SoundingLevel(altitude.orElseThrow(),
                pressure.orElseThrow(), temperature.orElseThrow()));
    }
}
