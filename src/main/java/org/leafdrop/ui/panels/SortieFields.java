package org.leafdrop.ui.panels;

import static org.leafdrop.ui.panels.UnitSystem.Quantity.DISTANCE;
import static org.leafdrop.ui.panels.UnitSystem.Quantity.HEIGHT;
import static org.leafdrop.ui.panels.UnitSystem.Quantity.MASS;
import static org.leafdrop.ui.panels.UnitSystem.Quantity.SPEED;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.model.CatalogLeaflet;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletSpec;
import org.leafdrop.model.LeafletTypeDef;
import org.leafdrop.model.LeafletTypes;
import org.leafdrop.model.Limits;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.ui.edit.EditCommand;
import org.leafdrop.ui.panels.ChoiceField.Choice;

/**
 * The property fields of a sortie. Input is checked against the same bounds the plan reader uses,
 * so a plan edited here always opens again: altitude above 0 and within the model's ceiling and
 * above where a store opens, speeds within {@link Limits}, leaflets within {@link Limits} and the
 * stores one sortie may carry.
 */
final class SortieFields {
    /**
     * Highest release the model covers, m MSL: the plan reader's bound (io SortieBinder), repeated
     * here because a plan released above it would not open again.
     */
    static final double MAX_RELEASE_MSL_M = 20_000;

    private final FieldContext ctx;
    private final DeviceCatalog devices;
    private final List<PanelField> fields = new ArrayList<>();

    SortieFields(FieldContext ctx, DeviceCatalog devices) {
        this.ctx = ctx;
        this.devices = devices;
        fields.add(ValueField.readOnly("Id", ctx.editor(), () -> "", () -> show(Sortie::id)));
        fields.add(new ValueField("Name", ctx.editor(), () -> "", () -> show(s -> s.name().orElse("")), () -> "",
                typed -> change("name", s -> s.withName(Inputs.text(typed)))));
        fields.add(new ValueField("Aircraft", ctx.editor(), () -> "", () -> show(s -> s.aircraft().orElse("")),
                () -> "", typed -> change("aircraft", s -> s.withAircraft(Inputs.text(typed)))));
        fields.add(new ChoiceField("Target", ctx.editor(), this::targetChoices, this::targetChoice,
                picked -> change("target", s -> s.withTargetId(picked.id()))));
        fields.add(new ValueField("Altitude AGL", ctx.editor(), () -> ctx.u().unit(HEIGHT),
                () -> show(s -> ctx.u().format(HEIGHT, s.altitudeAglM())), () -> "", this::altitude));
        fields.add(new ValueField("Ground speed", ctx.editor(), () -> ctx.u().unit(SPEED),
                () -> show(s -> s.groundSpeedMps().isPresent() ? ctx.u().format(SPEED, s.groundSpeedMps().getAsDouble()) : ""),
                () -> "not given: " + ctx.u().formatWithUnit(SPEED, Sortie.DEFAULT_GROUND_SPEED_MPS) + " assumed",
                this::groundSpeed));
        fields.add(new ValueField("Heading", ctx.editor(), () -> "° true",
                () -> show(s -> s.headingDeg().isPresent() ? DisplayNumbers.format(s.headingDeg().getAsDouble(), 1) : ""),
                this::headingPrompt, this::heading));
        fields.add(new ValueField("Release time", ctx.editor(), () -> "UTC",
                () -> show(s -> s.releaseTimeUtc().map(Instant::toString).orElse("")),
                () -> "e.g. 2016-10-15T22:30:00Z", this::releaseTime));
        fields.add(new ChoiceField("Leaflet type", ctx.editor(), this::leafletChoices, this::leafletChoice,
                this::leafletType));
        fields.add(new ValueField("Leaflets", ctx.editor(), () -> "",
                () -> show(s -> s.leafletCount().isPresent() ? DisplayNumbers.format(s.leafletCount().getAsLong()) : ""),
                this::countPrompt, this::leafletCount));
        fields.add(new ValueField("Payload", ctx.editor(), () -> ctx.u().unit(MASS),
                () -> show(s -> s.payloadLb().isPresent()
                        ? ctx.u().formatPounds(s.payloadLb().getAsDouble()) : ""),
                this::payloadPrompt, this::payload));
        fields.add(ValueField.readOnly("Track length", ctx.editor(),
                () -> show(s -> s.track().isPoint() ? "" : ctx.u().unit(DISTANCE)), () -> show(this::trackLength)));
        fields.add(ValueField.readOnly("Release method", ctx.editor(), () -> "", () -> show(this::releaseMethod)));
    }

    List<PanelField> fields() {
        return fields;
    }

    private Optional<Sortie> sortie() {
        String id = ctx.id();
        return ctx.plan().sorties().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private Sortie current() throws InvalidInputException {
        return sortie().orElseThrow(() -> new InvalidInputException("the sortie is no longer in the plan"));
    }

    private String show(Function<Sortie, String> f) {
        return sortie().map(f).orElse("");
    }

    private EditCommand change(String what, UnaryOperator<Sortie> f) {
        String id = ctx.id();
        return new EditCommand("Change " + what + " of " + id, p -> PlanChanges.replaceSortie(p, id, f));
    }

    private EditCommand altitude(String typed) throws InvalidInputException {
        UnitSystem u = ctx.u();
        Sortie s = current();
        double m = Inputs.quantity(typed, u, HEIGHT);
        Inputs.requireAbove(m, 0, u.formatWithUnit(HEIGHT, 0));
        double maxAglM = MAX_RELEASE_MSL_M - ctx.plan().groundElevationMslM();
        Inputs.requireAtMost(m, maxAglM, u.formatWithUnit(HEIGHT, maxAglM) + " (the model's ceiling is "
                + u.formatWithUnit(HEIGHT, MAX_RELEASE_MSL_M) + " MSL)");
        if (s.releaseMethod() instanceof ReleaseMethod.LeafletBomb b) {
            Inputs.requireAbove(m, b.burstAltitudeAglM(),
                    "the bomb's burst height, " + u.formatWithUnit(HEIGHT, b.burstAltitudeAglM()) + " AGL");
        } else if (s.releaseMethod() instanceof ReleaseMethod.StaticLineBox box) {
            double dropM = box.boxOpeningDropM().orElse(ReleaseMethod.StaticLineBox.DEFAULT_OPENING_DROP_M);
            Inputs.requireAbove(m, dropM, "the boxes' opening drop, " + u.formatWithUnit(HEIGHT, dropM));
        }
        return change("altitude", x -> x.withAltitudeAglM(m));
    }

    private EditCommand groundSpeed(String typed) throws InvalidInputException {
        if (typed.isBlank()) {
            return change("ground speed", x -> x.withGroundSpeedMps(OptionalDouble.empty()));
        }
        UnitSystem u = ctx.u();
        double mps = Inputs.quantity(typed, u, SPEED);
        Inputs.requireBetween(mps, 0, Limits.MAX_GROUND_SPEED_MPS, "0",
                u.formatWithUnit(SPEED, Limits.MAX_GROUND_SPEED_MPS));
        return change("ground speed", x -> x.withGroundSpeedMps(OptionalDouble.of(mps)));
    }

    private String headingPrompt() {
        return show(s -> s.track().isPoint() || s.track().positions().get(0).equals(last(s))
                ? "none (point release)"
                : "along track (" + threeDigits(bearingDeg(s.track().positions().get(0), last(s))) + ")");
    }

    private EditCommand heading(String typed) throws InvalidInputException {
        Sortie s = current();
        if (typed.isBlank()) {
            if (s.releaseMethod() instanceof ReleaseMethod.LeafletBomb && s.track().isPoint()) {
                throw new InvalidInputException("a leaflet bomb released at a point needs a heading");
            }
            return change("heading", x -> x.withHeadingDeg(OptionalDouble.empty()));
        }
        double deg = Inputs.number(typed);
        Inputs.requireBetween(deg, 0, 360, "0°", "360°");
        return change("heading", x -> x.withHeadingDeg(OptionalDouble.of(deg)));
    }

    private EditCommand releaseTime(String typed) throws InvalidInputException {
        if (typed.isBlank()) {
            return change("release time", x -> x.withReleaseTimeUtc(Optional.empty()));
        }
        Instant t = parseUtc(typed.strip());
        return change("release time", x -> x.withReleaseTimeUtc(Optional.of(t)));
    }

    /** ISO 8601 with a zone ("...Z", "...+03:00") or without one, read as UTC since the field says UTC. */
    static Instant parseUtc(String text) throws InvalidInputException {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withZone) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("'" + text + "' is not a time: use ISO 8601, e.g. 2016-10-15T22:30:00Z");
            }
        }
    }

    private List<Choice> targetChoices() {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(Optional.empty(), "(none)"));
        for (Target t : ctx.plan().targets()) {
            out.add(new Choice(Optional.of(t.id()), t.name().map(n -> n + " (" + t.id() + ")").orElse(t.id())));
        }
        sortie().flatMap(Sortie::targetId).filter(id -> ctx.plan().target(id).isEmpty())
                .ifPresent(id -> out.add(new Choice(Optional.of(id), id + " (not in the plan)")));
        return out;
    }

    private Choice targetChoice() {
        Optional<String> id = sortie().flatMap(Sortie::targetId);
        return targetChoices().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private List<Choice> leafletChoices() {
        List<Choice> out = new ArrayList<>();
        for (LeafletTypeDef d : ctx.plan().leafletTypes()) {
            out.add(new Choice(Optional.of(d.id()), d.id() + d.name().map(n -> " — " + n).orElse("") + " (plan)"));
        }
        for (CatalogLeaflet c : ctx.catalog().all()) {
            if (ctx.plan().leafletTypeDef(c.id()).isEmpty()) {
                out.add(new Choice(Optional.of(c.id()), c.id() + (c.standard() ? " (catalog, standard)" : " (catalog)")));
            }
        }
        sortie().map(Sortie::leafletType).filter(id -> out.stream().noneMatch(c -> c.id().equals(Optional.of(id))))
                .ifPresent(id -> out.add(new Choice(Optional.of(id), id + " (unknown type)")));
        return out;
    }

    private Choice leafletChoice() {
        Optional<String> id = sortie().map(Sortie::leafletType);
        return leafletChoices().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private EditCommand leafletType(Choice picked) throws InvalidInputException {
        Sortie s = current();
        String type = picked.id().orElseThrow(() -> new InvalidInputException("a sortie needs a leaflet type"));
        if (s.payloadLb().isPresent()) {
            long n = leafletsFor(s.payloadLb().getAsDouble(), type);
            requireLeafletsFit(s, n);
        }
        return change("leaflet type", x -> x.withLeafletType(type));
    }

    private String countPrompt() {
        return show(s -> s.payloadLb().isPresent()
                ? perLb(s.leafletType()).stream()
                        .mapToObj(per -> "≈ " + DisplayNumbers.format(
                                LeafletTypes.leafletsForPayload(s.payloadLb().getAsDouble(), per)) + " from the payload")
                        .findFirst().orElse("from the payload")
                : "");
    }

    private EditCommand leafletCount(String typed) throws InvalidInputException {
        Sortie s = current();
        if (typed.isBlank()) {
            if (s.payloadLb().isEmpty()) {
                throw new InvalidInputException("give the leaflets or a payload");
            }
            return change("leaflet count", x -> x.withLeaflets(OptionalLong.empty(), x.payloadLb()));
        }
        long n = Inputs.whole(typed);
        Inputs.requireAtLeast(n, 0, "0");
        requireLeafletsFit(s, n);
        return change("leaflet count", x -> x.withLeaflets(OptionalLong.of(n), OptionalDouble.empty()));
    }

    private String payloadPrompt() {
        return show(s -> s.leafletCount().isPresent()
                ? perLb(s.leafletType()).stream()
                        .mapToObj(per -> "≈ " + ctx.u().formatPounds(s.leafletCount().getAsLong() / per) + " "
                                + ctx.u().unit(MASS) + " for the count")
                        .findFirst().orElse("")
                : "");
    }

    private EditCommand payload(String typed) throws InvalidInputException {
        Sortie s = current();
        if (typed.isBlank()) {
            if (s.leafletCount().isEmpty()) {
                throw new InvalidInputException("give the leaflets or a payload");
            }
            return change("payload", x -> x.withLeaflets(x.leafletCount(), OptionalDouble.empty()));
        }
        UnitSystem u = ctx.u();
        double lb = Inputs.pounds(typed, u);
        Inputs.requireAtLeast(lb, 0, "0 " + u.unit(MASS));
        requireLeafletsFit(s, leafletsFor(lb, s.leafletType()));
        return change("payload", x -> x.withLeaflets(OptionalLong.empty(), OptionalDouble.of(lb)));
    }

    private OptionalDouble perLb(String type) {
        return LeafletTypes.resolve(ctx.plan(), type, ctx.catalog()).map(LeafletSpec::leafletsPerLb)
                .orElse(OptionalDouble.empty());
    }

    private long leafletsFor(double payloadLb, String type) throws InvalidInputException {
        OptionalDouble per = perLb(type);
        if (per.isEmpty()) {
            throw new InvalidInputException("leaflet type " + type + " has no leaflets per pound (no mass): "
                    + "give the leaflets as a count");
        }
        double n = Math.floor(payloadLb * per.getAsDouble());
        if (n > Limits.MAX_LEAFLETS_PER_SORTIE) {
            throw new InvalidInputException(String.format(Locale.ROOT, "that is %.3g leaflets of %s, more than the %s "
                    + "one sortie may carry", n, type, DisplayNumbers.format(Limits.MAX_LEAFLETS_PER_SORTIE)));
        }
        return (long) n;
    }

    /** Leaflets within {@link Limits}, and for stores within the stores one sortie may carry. */
    private void requireLeafletsFit(Sortie s, long leaflets) throws InvalidInputException {
        Inputs.requireAtMost(leaflets, Limits.MAX_LEAFLETS_PER_SORTIE,
                DisplayNumbers.format(Limits.MAX_LEAFLETS_PER_SORTIE) + " leaflets");
        OptionalLong perStore = leafletsPerStore(s.releaseMethod());
        if (perStore.isPresent()) {
            long max = perStore.getAsLong() * Limits.MAX_STORES_PER_SORTIE;
            Inputs.requireAtMost(leaflets, max, DisplayNumbers.format(max) + " leaflets ("
                    + DisplayNumbers.format(Limits.MAX_STORES_PER_SORTIE) + " stores of "
                    + DisplayNumbers.format(perStore.getAsLong()) + ")");
        }
    }

    private OptionalLong leafletsPerStore(ReleaseMethod m) {
        if (m instanceof ReleaseMethod.StaticLineBox box) {
            return box.leafletsPerBox().isPresent() ? box.leafletsPerBox()
                    : capacity(DeviceCatalog.BOX);
        }
        if (m instanceof ReleaseMethod.LeafletBomb bomb) {
            return capacity(bomb.device().orElse(DeviceCatalog.DEFAULT_BOMB));
        }
        return OptionalLong.empty();
    }

    private OptionalLong capacity(String device) {
        return devices.find(device).map(d -> OptionalLong.of(d.capacityLeaflets())).orElse(OptionalLong.empty());
    }

    private String trackLength(Sortie s) {
        if (s.track().isPoint()) {
            return "point release";
        }
        double m = 0;
        List<LonLat> p = s.track().positions();
        for (int i = 1; i < p.size(); i++) {
            m += Geodesy.inverse(p.get(i - 1).lonDeg(), p.get(i - 1).latDeg(), p.get(i).lonDeg(), p.get(i).latDeg())
                    .distanceM();
        }
        return ctx.u().format(DISTANCE, m);
    }

    private String releaseMethod(Sortie s) {
        UnitSystem u = ctx.u();
        ReleaseMethod m = s.releaseMethod();
        if (m instanceof ReleaseMethod.LeafletBomb b) {
            return "leaflet bomb" + b.device().map(d -> " " + d).orElse(" (" + DeviceCatalog.DEFAULT_BOMB + " assumed)")
                    + ", bursts at " + u.formatWithUnit(HEIGHT, b.burstAltitudeAglM()) + " AGL";
        }
        if (m instanceof ReleaseMethod.StaticLineBox box) {
            double drop = box.boxOpeningDropM().orElse(ReleaseMethod.StaticLineBox.DEFAULT_OPENING_DROP_M);
            return "static-line boxes"
                    + (box.leafletsPerBox().isPresent()
                            ? " of " + DisplayNumbers.format(box.leafletsPerBox().getAsLong()) : "")
                    + ", open " + u.formatWithUnit(HEIGHT, drop) + " below";
        }
        return "free fall";
    }

    private static LonLat last(Sortie s) {
        List<LonLat> p = s.track().positions();
        return p.get(p.size() - 1);
    }

    private static double bearingDeg(LonLat a, LonLat b) {
        return Geodesy.inverse(a.lonDeg(), a.latDeg(), b.lonDeg(), b.latDeg()).bearingDeg();
    }

    /** A bearing as pilots say it: 092°. */
    static String threeDigits(double deg) {
        return String.format(Locale.ROOT, "%03d°", Math.round(deg) % 360);
    }
}
