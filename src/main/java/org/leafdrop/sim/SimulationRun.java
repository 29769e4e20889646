package org.leafdrop.sim;

import java.util.List;
import org.leafdrop.geo.LocalFrame;

/**
 * The outcome of a Monte Carlo run: landings per sortie (plan order) in the scenario's frame.
 * Depends only on the plan, the seed and the particle count, never on the thread count.
 */
public record SimulationRun(LocalFrame frame, long seed, int particlesPerSortie, List<SortieLandings> sorties) {
    public SimulationRun {
        sorties = List.copyOf(sorties);
    }
}
