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

    /** @throws UserInputException naming the option that is out of range */
    void check() {
        if (particles != null && (particles < 1 || particles > org.leafdrop.model.SimulationSettings.MAX_PARTICLES_PER_SORTIE)) {
            throw new UserInputException("--particles " + particles + ": must be from 1 to 10,000,000");
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new UserInputException("--threads " + threads + ": must be from 1 to 1024");
        }
    }
}
