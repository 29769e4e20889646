package org.leafdrop.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.TrackGeometry;

/**
 * "Add sortie": appends a sortie. {@link #newTrack} makes one for a freshly drawn track, copying
 * the release settings (method, aircraft, height, speed, leaflet type and count or payload,
 * release time) of a template: the selected sortie, else the plan's last sortie, else
 * {@link SortieDefaults}. Refused when the id is taken or two neighbouring track positions
 * coincide.
 */
public final class AddSortieCommand {
    public static final String NAME = "Add sortie";
    private static final String ACTION = "Cannot add the sortie";

    private AddSortieCommand() {
    }

    public static EditCommand of(Sortie sortie) {
        Objects.requireNonNull(sortie, "sortie");
        return new EditCommand(NAME, plan -> {
            if (plan.sorties().stream().anyMatch(s -> s.id().equals(sortie.id()))) {
                throw new EditRefusedException(ACTION + ": the id " + sortie.id() + " is taken");
            }
            PlanShapes.requireDistinctNeighbours(sortie.track().positions(), false, ACTION);
            List<Sortie> sorties = new ArrayList<>(plan.sorties());
            sorties.add(sortie);
            return plan.withSorties(sorties);
        });
    }

    /**
     * A new sortie flying {@code track}, its settings taken from the plan the command is applied
     * to. Its target is the selected target, else the template's.
     *
     * @param selection the editor's selection when the track was drawn
     */
    public static EditCommand newTrack(String id, TrackGeometry track, Optional<PlanElement> selection,
                                       SortieDefaults defaults) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(defaults, "defaults");
        return new EditCommand(NAME, plan -> of(newSortie(plan, id, track, selection, defaults)).applyTo(plan));
    }

    /** The sortie {@link #newTrack} adds to {@code plan}. */
    static Sortie newSortie(Plan plan, String id, TrackGeometry track, Optional<PlanElement> selection,
                            SortieDefaults defaults) {
        Optional<Sortie> template = selection
                .filter(e -> e.kind() == PlanElement.Kind.SORTIE)
                .flatMap(e -> plan.sorties().stream().filter(s -> s.id().equals(e.id())).findFirst())
                .or(() -> plan.sorties().isEmpty() ? Optional.empty()
                        : Optional.of(plan.sorties().get(plan.sorties().size() - 1)));
        Optional<String> targetId = selection
                .filter(e -> e.kind() == PlanElement.Kind.TARGET && plan.target(e.id()).isPresent())
                .map(PlanElement::id)
                .or(() -> template.flatMap(Sortie::targetId).filter(t -> plan.target(t).isPresent()));
        if (template.isEmpty()) {
            return new Sortie(id, Optional.empty(), Optional.empty(), targetId, defaults.releaseMethod(), track,
                    OptionalDouble.empty(), defaults.altitudeAglM(), OptionalDouble.of(defaults.groundSpeedMps()),
                    defaults.leafletTypeFor(plan), OptionalLong.of(defaults.leafletCount()), OptionalDouble.empty(),
                    Optional.empty(), Extras.NONE);
        }
        Sortie t = template.get();
        return new Sortie(id, Optional.empty(), t.aircraft(), targetId, t.releaseMethod(), track,
                heading(track, t), t.altitudeAglM(), t.groundSpeedMps(), t.leafletType(), t.leafletCount(),
                t.payloadLb(), t.releaseTimeUtc(), Extras.NONE);
    }

    /**
     * A line flies its own first-to-last bearing, so it gets no heading. A point has no direction:
     * it takes the template's heading, or the bearing of the template's line (a leaflet bomb on a
     * point needs one).
     */
    private static OptionalDouble heading(TrackGeometry track, Sortie template) {
        if (!track.isPoint()) {
            return OptionalDouble.empty();
        }
        if (template.headingDeg().isPresent()) {
            return template.headingDeg();
        }
        List<LonLat> p = template.track().positions();
        if (p.size() < 2 || p.get(0).equals(p.get(p.size() - 1))) {
            return OptionalDouble.empty();
        }
        LonLat a = p.get(0);
        LonLat b = p.get(p.size() - 1);
        return OptionalDouble.of(Geodesy.inverse(a.lonDeg(), a.latDeg(), b.lonDeg(), b.latDeg()).bearingDeg());
    }
}
