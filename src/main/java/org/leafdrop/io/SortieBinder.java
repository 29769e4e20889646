package org.leafdrop.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.LeafletSpec;
import org.leafdrop.model.LeafletTypes;
import org.leafdrop.model.Limits;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.TrackGeometry;

/**
 * Binds the plan's {@code sorties}: required fields, release method, references to targets and
 * leaflet types (plan-local first, then the catalog), count or payload, and the 20,000 m MSL
 * ceiling of the model. Not thread-safe: one per read.
 */
final class SortieBinder {
    /** Highest release (ground plus altitude AGL) the model covers, m MSL. */
    static final double MAX_RELEASE_MSL_M = 20_000;
    static final List<String> FIELDS = Stream.concat(Stream.of("id", "name", "aircraft", "targetId",
            "releaseMethod", "track", "headingDeg", "altitudeAglM", "groundSpeedMps", "leafletType", "leafletCount",
            "payloadLb", "releaseTimeUtc"), ReleaseMethodBinder.METHOD_FIELDS.stream()).toList();

    private final ProblemLog log;
    private final LeafletCatalog catalog;
    private final LeafletTypeBinder leafletTypes;
    private final UniqueIds targetIds;
    private final double groundElevationMslM;
    private final ReleaseMethodBinder methods;
    private final UniqueIds ids = new UniqueIds();
    private final StoreCount stores;

    SortieBinder(ProblemLog log, LeafletCatalog catalog, DeviceCatalog devices, LeafletTypeBinder leafletTypes,
                 UniqueIds targetIds, double groundElevationMslM) {
        this.log = log;
        this.catalog = catalog;
        this.leafletTypes = leafletTypes;
        this.targetIds = targetIds;
        this.groundElevationMslM = groundElevationMslM;
        this.methods = new ReleaseMethodBinder(devices);
        this.stores = new StoreCount(log, devices);
    }

    List<Sortie> bind(JsonValue.JsonArray array, String path) {
        List<Sortie> out = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            sortie(array.items().get(i), JsonPaths.item(path, i)).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Sortie> sortie(JsonValue value, String path) {
        int errors = log.errorCount();
        Optional<Fields> of = Fields.of(value, path, log, FIELDS);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Fields f = of.get();
        Optional<String> id = ids.read(f);
        Optional<String> name = f.string("name");
        Optional<String> aircraft = f.string("aircraft");
        Optional<String> targetId = f.string("targetId");
        targetId.filter(t -> !targetIds.contains(t)).ifPresent(t -> log.error(f.pathOf("targetId"),
                f.present("targetId").orElseThrow(), "unknown target \"" + t + "\": the plan's targets are "
                        + Fields.list(targetIds.ids())));
        OptionalDouble altitude = altitude(f);
        Optional<ReleaseMethod> method = methods.bind(f, altitude);
        Optional<TrackGeometry> track = f.required("track")
                .flatMap(t -> GeometryBinder.track(t, f.pathOf("track"), log));
        OptionalDouble heading = f.number("headingDeg", NumberRule.between(0, 360));
        if (track.isPresent() && hasNoLength(track.get()) && heading.isEmpty() && !f.has("headingDeg")
                && method.filter(m -> m instanceof ReleaseMethod.LeafletBomb).isPresent()) {
            log.error(f.pathOf("headingDeg"), value, "missing required field 'headingDeg': a leaflet-bomb sortie "
                    + "on a Point track" + (track.get().isPoint() ? "" : " (or a LineString of zero length)")
                    + " needs the direction of flight");
        }
        OptionalDouble speed = f.number("groundSpeedMps", NumberRule.between(0, Limits.MAX_GROUND_SPEED_MPS,
                "m/s"));
        if (!f.has("groundSpeedMps") && method.filter(m -> !(m instanceof ReleaseMethod.FreeFall)).isPresent()) {
            log.warning(f.pathOf("groundSpeedMps"), value, String.format(Locale.ROOT, "groundSpeedMps not given: "
                    + "%s m/s assumed for the forward throw of the %s", Numbers.format(Sortie.DEFAULT_GROUND_SPEED_MPS),
                    method.get() instanceof ReleaseMethod.LeafletBomb ? "bombs" : "boxes"));
        }
        Optional<String> leafletType = f.requiredString("leafletType");
        leafletType.ifPresent(t -> checkLeafletType(f, t));
        OptionalLong count = f.whole("leafletCount", 0, Limits.MAX_LEAFLETS_PER_SORTIE);
        OptionalDouble payload = f.number("payloadLb", NumberRule.atLeast(0, "lb"));
        checkCountOrPayload(f, leafletType);
        if (method.isPresent() && leafletType.isPresent()) {
            leaflets(f, leafletType.get(), count, payload).ifPresent(n -> stores.check(f, method.get(), n));
        }
        Optional<Instant> releaseTime = f.time("releaseTimeUtc");
        Extras extras = f.extras(Set.of());
        return Build.record(log, errors, path, value, () -> new Sortie(id.orElseThrow(), name, aircraft, targetId,
                method.orElseThrow(), track.orElseThrow(), heading, altitude.orElseThrow(), speed,
                leafletType.orElseThrow(), count, payload, releaseTime, extras));
    }

    private static boolean hasNoLength(TrackGeometry track) {
        return track.positions().stream().distinct().count() == 1;
    }

    /**
     * The sortie's leaflets, from the count or the payload, when known; a payload that converts to
     * more leaflets than {@link Limits#MAX_LEAFLETS_PER_SORTIE} is an error.
     */
    private OptionalLong leaflets(Fields f, String type, OptionalLong count, OptionalDouble payload) {
        if (count.isPresent()) {
            return count;
        }
        if (payload.isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalDouble perLb = leafletTypes.bound(type).map(LeafletTypes::fromDef)
                .or(() -> catalog.find(type).map(LeafletTypes::fromCatalog))
                .map(LeafletSpec::leafletsPerLb).orElse(OptionalDouble.empty());
        if (perLb.isEmpty()) {
            return OptionalLong.empty();
        }
        double n = Math.floor(payload.getAsDouble() * perLb.getAsDouble());
        if (n > Limits.MAX_LEAFLETS_PER_SORTIE) {
            log.error(f.pathOf("payloadLb"), f.present("payloadLb").orElseThrow(), String.format(Locale.ROOT,
                    "%s lb is %.3g leaflets of %s: more than the %,d one sortie may carry",
                    Numbers.format(payload.getAsDouble()), n, type, Limits.MAX_LEAFLETS_PER_SORTIE));
            return OptionalLong.empty();
        }
        return OptionalLong.of((long) n);
    }

    private OptionalDouble altitude(Fields f) {
        OptionalDouble altitude = f.requiredNumber("altitudeAglM", NumberRule.above(0, "m"));
        if (altitude.isPresent() && groundElevationMslM + altitude.getAsDouble() > MAX_RELEASE_MSL_M) {
            log.error(f.pathOf("altitudeAglM"), f.present("altitudeAglM").orElseThrow(), String.format(Locale.ROOT,
                    "release at %s m MSL (ground %s m + %s m AGL): releases above 20,000 m MSL are outside the model",
                    Numbers.format(groundElevationMslM + altitude.getAsDouble()), Numbers.format(groundElevationMslM),
                    Numbers.format(altitude.getAsDouble())));
            return OptionalDouble.empty();
        }
        return altitude;
    }

    private void checkLeafletType(Fields f, String type) {
        if (!leafletTypes.ids().contains(type) && catalog.find(type).isEmpty()) {
            String local = leafletTypes.ids().ids().isEmpty() ? ""
                    : "; the plan's leafletTypes are " + Fields.list(leafletTypes.ids().ids());
            log.error(f.pathOf("leafletType"), f.present("leafletType").orElseThrow(), "unknown leaflet type \""
                    + type + "\": not in the plan's leafletTypes nor the catalog (catalog ids look like "
                    + catalog.standard().id() + ")" + local);
        }
    }

    private void checkCountOrPayload(Fields f, Optional<String> leafletType) {
        boolean count = f.raw("leafletCount").isPresent();
        boolean payload = f.raw("payloadLb").isPresent();
        if (!count && !payload) {
            log.error(f.pathOf("leafletCount"), f.node(), "missing required field 'leafletCount' (or 'payloadLb')");
        } else if (count && payload) {
            JsonValue.Member m = f.node().member("payloadLb").orElseThrow();
            log.warning(f.pathOf("payloadLb"), m.nameLine(), m.nameColumn(), "leafletCount used, payloadLb ignored");
        } else if (payload && leafletType.isPresent()) {
            leafletTypes.bound(leafletType.get()).filter(d -> d.massKg().isEmpty()).ifPresent(d -> log.error(
                    f.pathOf("payloadLb"), f.raw("payloadLb").orElseThrow(), "cannot convert a payload for leaflet type \""
                            + d.id() + "\": it has no massKg, so no leaflets per pound; give leafletCount or massKg"));
        }
    }
}
