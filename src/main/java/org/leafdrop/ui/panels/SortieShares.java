package org.leafdrop.ui.panels;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leafdrop.coverage.AreaCounter;
import org.leafdrop.model.Plan;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.SortieLandings;

/**
 * For each sortie, the share of its leaflets landing in a target and in an exclusion (each
 * leaflet once where areas overlap). The result file has these only plan-wide, so the window
 * works them out from the landings next to the {@code PlanResult}, on the worker thread: it
 * tests every landed particle against every area, as the coverage report does. Immutable.
 *
 * @param bySortie by sortie id, in run order
 */
public record SortieShares(Map<String, Share> bySortie) {
    /** An empty set: the results show no per-sortie shares. */
    public static final SortieShares NONE = new SortieShares(Map.of());

    /**
     * Shares of one sortie's leaflets, in [0, 1]; particles that did not land count as outside.
     *
     * @param fractionInTargets    landing in at least one target
     * @param fractionInExclusions landing in at least one exclusion
     */
    public record Share(double fractionInTargets, double fractionInExclusions) {
        public Share {
            if (!(fractionInTargets >= 0 && fractionInTargets <= 1 && fractionInExclusions >= 0
                    && fractionInExclusions <= 1)) {
                throw new IllegalArgumentException("shares must be in [0, 1]");
            }
        }
    }

    public SortieShares {
        bySortie = Collections.unmodifiableMap(new LinkedHashMap<>(bySortie));
    }

    /** The shares of a run's sorties against the plan's targets and exclusions. Pure; safe on any thread. */
    public static SortieShares of(Plan plan, SimulationRun run) {
        Objects.requireNonNull(plan, "plan");
        List<AreaCounter> targets = plan.targets().stream().map(t -> AreaCounter.of(t.geometry(), run.frame())).toList();
        List<AreaCounter> exclusions =
                plan.exclusions().stream().map(x -> AreaCounter.of(x.geometry(), run.frame())).toList();
        Map<String, Share> out = new LinkedHashMap<>();
        for (SortieLandings s : run.sorties()) {
            long inTarget = 0;
            long inExclusion = 0;
            for (int i = 0; i < s.landedCount(); i++) {
                inTarget += insideAny(targets, s.eastM(i), s.northM(i)) ? 1 : 0;
                inExclusion += insideAny(exclusions, s.eastM(i), s.northM(i)) ? 1 : 0;
            }
            double n = s.particles();
            out.put(s.sortieId(), n > 0 ? new Share(inTarget / n, inExclusion / n) : new Share(0, 0));
        }
        return new SortieShares(out);
    }

    public Optional<Share> of(String sortieId) {
        return Optional.ofNullable(bySortie.get(sortieId));
    }

    private static boolean insideAny(List<AreaCounter> areas, double eastM, double northM) {
        for (AreaCounter a : areas) {
            if (a.contains(eastM, northM)) {
                return true;
            }
        }
        return false;
    }
}
