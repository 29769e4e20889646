package org.leafdrop.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LeafletTypeDef;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.model.Weather;

/**
 * Writes plans in the plan format (PLAN-FORMAT.md): fields in the order of the documented
 * example, optional empty fields omitted, unknown fields ({@link Extras}) after the known ones in
 * their order, UTF-8 with 2-space indentation and positions on one line. What it writes reads
 * back to an equal plan. Immutable and thread-safe.
 */
public final class PlanWriter {
    /** The plan as JSON text, ending with a newline. */
    public String toJson(Plan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", Plan.FORMAT);
        out.put("version", plan.version());
        if (!plan.name().isEmpty()) {
            out.put("name", plan.name());
        }
        plan.notes().ifPresent(n -> out.put("notes", n));
        out.put("groundElevationMslM", plan.groundElevationMslM());
        putList(out, "targets", plan.targets().stream().map(PlanWriter::target).toList());
        putList(out, "exclusions", plan.exclusions().stream().map(PlanWriter::exclusion).toList());
        putList(out, "leafletTypes", plan.leafletTypes().stream().map(PlanWriter::leafletType).toList());
        out.put("weather", WeatherWriter.weather(plan.weather()));
        out.put("sorties", plan.sorties().stream().map(PlanWriter::sortie).toList());
        out.put("simulation", simulation(plan.simulation()));
        putExtras(out, plan.extras());
        return JsonPrinter.print(out);
    }

    /**
     * A {@code weather} block alone, as it appears in a plan (e.g. for a tool that converts wind
     * files), ending with a newline.
     */
    public String toJson(Weather weather) {
        return JsonPrinter.print(WeatherWriter.weather(weather));
    }

    /**
     * Writes the plan to {@code target} atomically (see {@link AtomicFiles}): on failure the old
     * file is untouched.
     */
    public void write(Plan plan, Path target) throws IOException {
        AtomicFiles.writeString(target, toJson(plan));
    }

    private static Map<String, Object> target(Target t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        t.name().ifPresent(n -> out.put("name", n));
        put(out, "population", t.population());
        put(out, "desiredDensityPerKm2", t.desiredDensityPerKm2());
        out.put("geometry", area(t.geometry()));
        putExtras(out, t.extras());
        return out;
    }

    private static Map<String, Object> exclusion(Exclusion e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        e.name().ifPresent(n -> out.put("name", n));
        out.put("geometry", area(e.geometry()));
        putExtras(out, e.extras());
        return out;
    }

    private static Map<String, Object> leafletType(LeafletTypeDef d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.id());
        d.name().ifPresent(n -> out.put("name", n));
        put(out, "widthM", d.widthM());
        put(out, "heightM", d.heightM());
        put(out, "massKg", d.massKg());
        put(out, "descentRateMps", d.descentRateMps());
        d.autorotates().ifPresent(a -> out.put("autorotates", a));
        put(out, "descentSpreadFraction", d.descentSpreadFraction());
        putExtras(out, d.extras());
        return out;
    }

    private static Map<String, Object> sortie(Sortie s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        s.name().ifPresent(n -> out.put("name", n));
        s.aircraft().ifPresent(a -> out.put("aircraft", a));
        s.targetId().ifPresent(t -> out.put("targetId", t));
        out.put("releaseMethod", s.releaseMethod().id());
        if (s.releaseMethod() instanceof ReleaseMethod.StaticLineBox box) {
            put(out, "leafletsPerBox", box.leafletsPerBox());
            put(out, "boxOpeningDropM", box.boxOpeningDropM());
            put(out, "openingRadiusM", box.openingRadiusM());
        } else if (s.releaseMethod() instanceof ReleaseMethod.LeafletBomb bomb) {
            out.put("burstAltitudeAglM", bomb.burstAltitudeAglM());
            bomb.device().ifPresent(d -> out.put("device", d));
            put(out, "openingRadiusM", bomb.openingRadiusM());
        }
        out.put("track", track(s.track()));
        put(out, "headingDeg", s.headingDeg());
        out.put("altitudeAglM", s.altitudeAglM());
        put(out, "groundSpeedMps", s.groundSpeedMps());
        out.put("leafletType", s.leafletType());
        put(out, "leafletCount", s.leafletCount());
        put(out, "payloadLb", s.payloadLb());
        s.releaseTimeUtc().ifPresent(t -> out.put("releaseTimeUtc", t.toString()));
        putExtras(out, s.extras());
        return out;
    }

    private static Map<String, Object> simulation(SimulationSettings s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("particlesPerSortie", s.particlesPerSortie());
        out.put("seed", s.seed());
        out.put("timeStepS", s.timeStepS());
        out.put("gridCellM", s.gridCellM());
        out.put("densityThresholdPerKm2", s.densityThresholdPerKm2());
        return out;
    }

    private static Map<String, Object> area(AreaGeometry g) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", g.multi() ? "MultiPolygon" : "Polygon");
        List<Object> polygons = new ArrayList<>();
        for (List<List<LonLat>> polygon : g.polygons()) {
            polygons.add(polygon.stream().map(ring -> ring.stream().map(PlanWriter::position).toList()).toList());
        }
        out.put("coordinates", g.multi() ? polygons : polygons.get(0));
        return out;
    }

    private static Map<String, Object> track(TrackGeometry t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", t.isPoint() ? "Point" : "LineString");
        out.put("coordinates", t.isPoint() ? position(t.positions().get(0))
                : t.positions().stream().map(PlanWriter::position).toList());
        return out;
    }

    static List<Object> position(LonLat p) {
        return List.of(p.lonDeg(), p.latDeg());
    }

    static void put(Map<String, Object> out, String name, OptionalDouble value) {
        value.ifPresent(v -> out.put(name, v));
    }

    static void put(Map<String, Object> out, String name, OptionalLong value) {
        value.ifPresent(v -> out.put(name, v));
    }

    static void put(Map<String, Object> out, String name, Optional<?> value) {
        value.ifPresent(v -> out.put(name, v));
    }

    /** Adds the extras after the known fields; a name that is already written (a known field) is not repeated. */
    static void putExtras(Map<String, Object> out, Extras extras) {
        extras.fields().forEach(out::putIfAbsent);
    }

    private static void putList(Map<String, Object> out, String name, List<?> items) {
        if (!items.isEmpty()) {
            out.put(name, items);
        }
    }
}
