package org.leafdrop.ui.map;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leafdrop.model.Plan;
import org.leafdrop.render.MapPainter;
import org.leafdrop.render.ReplayPainter;

/**
 * What the map shows, as one immutable value: the plan on screen (a draft while dragging), the
 * last full run (its scene, with its own plan and frame), whether that run is of the plan on
 * screen, the fast-path landing marks, and the selected element.
 *
 * @param run          the last full simulation, if any
 * @param runIsCurrent true when {@code run} was computed for exactly {@code plan}
 * @param preview      landing marks from the fast path (shown while the run is not current)
 * @param selection    kind ("target", "exclusion", "sortie") and id of the selection, if any
 * @param replay       the replay moment on screen in replay mode: its density so far is {@code run}'s
 */
public record MapContent(Plan plan, Optional<MapPainter.Scene> run, boolean runIsCurrent,
                         List<MapPainter.LandingMark> preview, Optional<String[]> selection,
                         Optional<ReplayPainter.Moment> replay) {
    public MapContent {
        Objects.requireNonNull(replay, "replay");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(run, "run");
        preview = List.copyOf(preview);
        Objects.requireNonNull(selection, "selection");
    }

    public static MapContent of(Plan plan) {
        return new MapContent(plan, Optional.empty(), false, List.of(), Optional.empty(), Optional.empty());
    }
}
