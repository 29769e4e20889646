package org.leafdrop.io;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.leafdrop.model.Device;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.Limits;
import org.leafdrop.model.ReleaseMethod;

/**
 * Binds a sortie's {@code releaseMethod} and the fields that belong to it (flat in the sortie):
 * {@code free-fall} (default), {@code static-line-box} and {@code leaflet-bomb}, whose optional
 * {@code device} must be a catalog store of kind {@code leaflet-bomb}. Fields of another method
 * are ignored with a warning. Stateless apart from the catalog.
 */
final class ReleaseMethodBinder {
    static final List<String> METHODS = List.of("free-fall", "static-line-box", "leaflet-bomb");
    static final List<String> METHOD_FIELDS = List.of("leafletsPerBox", "boxOpeningDropM", "openingRadiusM",
            "burstAltitudeAglM", "device");
    private static final String BOMB_KIND = "leaflet-bomb";
    private static final NumberRule RADIUS = NumberRule.between(0, Limits.MAX_OPENING_RADIUS_M, "m");
    private static final Map<String, List<String>> FIELDS_BY_METHOD = Map.of(
            "free-fall", List.of(),
            "static-line-box", List.of("leafletsPerBox", "boxOpeningDropM", "openingRadiusM"),
            "leaflet-bomb", List.of("burstAltitudeAglM", "device", "openingRadiusM"));

    private final DeviceCatalog devices;

    ReleaseMethodBinder(DeviceCatalog devices) {
        this.devices = devices;
    }

    /**
     * The sortie's release method, or empty after logging.
     *
     * @param altitudeAglM the sortie's release height when valid, to check the burst height against
     */
    Optional<ReleaseMethod> bind(Fields f, OptionalDouble altitudeAglM) {
        String method = f.string("releaseMethod").orElse("free-fall");
        if (!METHODS.contains(method)) {
            f.log().error(f.pathOf("releaseMethod"), f.present("releaseMethod").orElseThrow(),
                    "unknown release method \"" + method + "\": use one of " + String.join(", ", METHODS));
            return Optional.empty();
        }
        for (String field : METHOD_FIELDS) {
            if (f.has(field) && !FIELDS_BY_METHOD.get(method).contains(field)) {
                JsonValue.Member m = f.node().member(field).orElseThrow();
                f.log().warning(f.pathOf(field), m.nameLine(), m.nameColumn(), "'" + field
                        + "' does not apply to releaseMethod " + method + "; ignored");
            }
        }
        return switch (method) {
            case "static-line-box" -> box(f, altitudeAglM);
            case "leaflet-bomb" -> bomb(f, altitudeAglM);
            default -> Optional.of(new ReleaseMethod.FreeFall());
        };
    }

    private Optional<ReleaseMethod> box(Fields f, OptionalDouble altitudeAglM) {
        int errors = f.log().errorCount();
        OptionalLong perBox = f.whole("leafletsPerBox", 1, Limits.MAX_LEAFLETS_PER_SORTIE);
        OptionalDouble drop = f.number("boxOpeningDropM", NumberRule.atLeast(0, "m"));
        if (drop.isPresent() && altitudeAglM.isPresent() && drop.getAsDouble() >= altitudeAglM.getAsDouble()) {
            JsonValue.JsonNumber at = (JsonValue.JsonNumber) f.present("boxOpeningDropM").orElseThrow();
            f.log().error(f.pathOf("boxOpeningDropM"), at, "boxes would open at or below the ground: must be below "
                    + "the release altitude altitudeAglM " + Numbers.format(altitudeAglM.getAsDouble()) + " m (got "
                    + at.text() + ")");
        }
        if (drop.isEmpty() && !f.has("boxOpeningDropM") && altitudeAglM.isPresent()
                && altitudeAglM.getAsDouble() <= ReleaseMethod.StaticLineBox.DEFAULT_OPENING_DROP_M) {
            f.log().error(f.pathOf("altitudeAglM"), f.present("altitudeAglM").orElse(f.node()), "boxes open "
                    + Numbers.format(ReleaseMethod.StaticLineBox.DEFAULT_OPENING_DROP_M) + " m below the aircraft "
                    + "unless boxOpeningDropM says otherwise: the release must be higher than that (got "
                    + Numbers.format(altitudeAglM.getAsDouble()) + " m)");
        }
        OptionalDouble radius = f.number("openingRadiusM", RADIUS);
        return Build.record(f.log(), errors, f.path(), f.node(),
                () -> new ReleaseMethod.StaticLineBox(perBox, drop, radius));
    }

    private Optional<ReleaseMethod> bomb(Fields f, OptionalDouble altitudeAglM) {
        int errors = f.log().errorCount();
        OptionalDouble burst = f.requiredNumber("burstAltitudeAglM", NumberRule.above(0, "m"));
        if (burst.isPresent() && altitudeAglM.isPresent() && burst.getAsDouble() >= altitudeAglM.getAsDouble()) {
            JsonValue.JsonNumber at = (JsonValue.JsonNumber) f.present("burstAltitudeAglM").orElseThrow();
            f.log().error(f.pathOf("burstAltitudeAglM"), at, "must be below the release altitude altitudeAglM "
                    + Numbers.format(altitudeAglM.getAsDouble()) + " m (got " + at.text() + ")");
        }
        Optional<String> device = f.string("device");
        device.ifPresent(d -> checkDevice(f, d));
        OptionalDouble radius = f.number("openingRadiusM", RADIUS);
        return Build.record(f.log(), errors, f.path(), f.node(),
                () -> new ReleaseMethod.LeafletBomb(burst.orElseThrow(), device, radius));
    }

    private void checkDevice(Fields f, String id) {
        List<String> bombs = devices.idsOfKind(BOMB_KIND);
        Optional<Device> device = devices.find(id);
        JsonValue at = f.present("device").orElseThrow();
        if (device.isEmpty()) {
            f.log().error(f.pathOf("device"), at, "unknown device \"" + id
                    + "\": the catalog's leaflet-bomb stores are " + Fields.list(bombs));
        } else if (!device.get().kind().equals(BOMB_KIND)) {
            f.log().error(f.pathOf("device"), at, "device \"" + id + "\" is a " + device.get().kind()
                    + ", not a leaflet-bomb store: use one of " + Fields.list(bombs));
        }
    }
}
