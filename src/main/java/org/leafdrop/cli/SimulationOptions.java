package org.leafdrop.cli;

import picocli.CommandLine.Option;

/** The options of every command that simulates a plan ({@code simulate}, {@code export}). */
final class SimulationOptions {
    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the plan's).")
    Long seed;

    @Option(names = "--particles", paramLabel = "N",
            description = "Particles per sortie, 1 to 10,000,000 (default: the plan's).")
    Integer particles;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per processor).")
    Integer threads;

    /** Particles per sortie: the option, else the plan's. */
    int particlesOr(org.leafdrop.model.SimulationSettings plan) {
        return particles != null ? particles : plan.particlesPerSortie();
    }

    /** Seed: the option, else the plan's. */
    long seedOr(org.leafdrop.model.SimulationSettings plan) {
        return seed != null ? seed : plan.seed();
    }

    /** Worker threads: the option, else one per processor. */
    int threadsOrProcessors() {
        return threadsOrProcessors(threads);
    }

    /** A {@code --threads} value (or null): the value, else one per processor. */
    static int threadsOrProcessors(Integer threads) {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** @throws UserInputException when a {@code --threads} value (or null) is out of range */
    static void checkThreads(Integer threads) {
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new UserInputException("--threads " + threads + ": must be from 1 to 1024");
        }
    }

    /** @throws UserInputException naming the option that is out of range */
    void check() {
        if (particles != null && (particles < 1 || particles > org.leafdrop.model.SimulationSettings.MAX_PARTICLES_PER_SORTIE)) {
            throw new UserInputException("--particles " + particles + ": must be from 1 to 10,000,000");
        }
        checkThreads(threads);
    }
}
