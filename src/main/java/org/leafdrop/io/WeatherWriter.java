package org.leafdrop.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leafdrop.model.Atmosphere;
import org.leafdrop.model.EnsembleMember;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;

/**
 * Turns a {@link Weather} into the plan format's {@code weather} object, as plain ordered values
 * for {@link JsonPrinter}. Assumed turbulence (none given in the plan) is left out so that it is
 * assumed again on reading. Stateless.
 */
final class WeatherWriter {
    private WeatherWriter() {
    }

    /** The {@code weather} object; also used by other writers that print a weather block. */
    static Map<String, Object> weather(Weather w) {
        Map<String, Object> out = new LinkedHashMap<>();
        w.validTimeUtc().ifPresent(t -> out.put("validTimeUtc", t.toString()));
        w.source().ifPresent(s -> out.put("source", s));
        w.station().ifPresent(s -> {
            Map<String, Object> station = new LinkedHashMap<>();
            station.put("id", s.id());
            PlanWriter.put(station, "lat", s.latDeg());
            PlanWriter.put(station, "lon", s.lonDeg());
            PlanWriter.put(station, "elevationMslM", s.elevationMslM());
            out.put("station", station);
        });
        if (w.timeVarying()) {
            out.put("profiles", w.profiles().stream().map(WeatherWriter::profile).toList());
        } else {
            out.put("winds", winds(w.firstProfile()));
        }
        if (!w.ensemble().isEmpty()) {
            out.put("ensemble", w.ensemble().stream().map(WeatherWriter::member).toList());
        }
        out.put("atmosphere", atmosphere(w.atmosphere()));
        if (!(w.turbulence() instanceof Turbulence.BoundaryLayer b && b.assumed())) {
            out.put("turbulence", turbulence(w.turbulence()));
        }
        return out;
    }

    private static Map<String, Object> profile(WindProfile p) {
        Map<String, Object> out = new LinkedHashMap<>();
        p.validTimeUtc().ifPresent(t -> out.put("validTimeUtc", t.toString()));
        out.put("winds", winds(p));
        return out;
    }

    private static Map<String, Object> member(EnsembleMember m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("winds", winds(m.winds()));
        return out;
    }

    private static List<Object> winds(WindProfile p) {
        return p.levels().stream().map(WeatherWriter::level).toList();
    }

    private static Object level(WindLevel l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("altitudeMslM", l.altitudeMslM());
        out.put("fromDeg", l.fromDeg());
        out.put("speedMps", l.speedMps());
        return out;
    }

    private static Map<String, Object> atmosphere(Atmosphere a) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (a instanceof Atmosphere.Sounding s) {
            out.put("model", "sounding");
            out.put("levels", s.levels().stream().map(l -> {
                Map<String, Object> level = new LinkedHashMap<>();
                level.put("altitudeMslM", l.altitudeMslM());
                level.put("pressureHpa", l.pressureHpa());
                level.put("temperatureC", l.temperatureC());
                return (Object) level;
            }).toList());
        } else {
            out.put("model", "isa");
        }
        return out;
    }

    private static Map<String, Object> turbulence(Turbulence t) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (t instanceof Turbulence.Constant c) {
            out.put("model", "constant");
            out.put("sigmaHorizontalMps", c.sigmaHorizontalMps());
            out.put("sigmaVerticalMps", c.sigmaVerticalMps());
            out.put("lagrangianTimeS", c.lagrangianTimeS());
        } else if (t instanceof Turbulence.BoundaryLayer b) {
            out.put("model", "boundary-layer");
            out.put("frictionVelocityMps", b.frictionVelocityMps());
            out.put("mixingHeightAglM", b.mixingHeightAglM());
            out.put("freeSigmaHorizontalMps", b.freeSigmaHorizontalMps());
            out.put("freeSigmaVerticalMps", b.freeSigmaVerticalMps());
            out.put("lagrangianTimeHorizontalS", b.lagrangianTimeHorizontalS());
            out.put("lagrangianTimeVerticalS", b.lagrangianTimeVerticalS());
        } else {
            out.put("model", "none");
        }
        return out;
    }
}
