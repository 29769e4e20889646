package org.leafdrop.model;

/**
 * How a plan is simulated. Defaults as in PLAN-FORMAT.md.
 *
 * @param particlesPerSortie 1 to {@link #MAX_PARTICLES_PER_SORTIE}
 * @param seed               makes a run reproducible
 * @param timeStepS          particle time step
 * @param gridCellM          density grid cell size
 */
public record SimulationSettings(int particlesPerSortie, long seed, double timeStepS, double gridCellM,
                                 double densityThresholdPerKm2) {
    public static final int MAX_PARTICLES_PER_SORTIE = 10_000_000;
    /** Shortest time step: leaflets take minutes to fall, so a smaller step is a typo. */
    public static final double MIN_TIME_STEP_S = 0.01;
    public static final SimulationSettings DEFAULTS = new SimulationSettings(20_000, 1, 1.0, 100, 1000);

    public SimulationSettings {
        if (particlesPerSortie < 1 || particlesPerSortie > MAX_PARTICLES_PER_SORTIE) {
            throw new IllegalArgumentException("particlesPerSortie must be 1 to " + MAX_PARTICLES_PER_SORTIE
                    + ", was " + particlesPerSortie);
        }
        if (!(timeStepS >= MIN_TIME_STEP_S && timeStepS <= 60)) {
            throw new IllegalArgumentException("timeStepS must be in [0.01, 60], was " + timeStepS);
        }
        if (!(gridCellM > 0 && Double.isFinite(gridCellM))) {
            throw new IllegalArgumentException("gridCellM must be above 0, was " + gridCellM);
        }
        if (!(densityThresholdPerKm2 >= 0 && Double.isFinite(densityThresholdPerKm2))) {
            throw new IllegalArgumentException("densityThresholdPerKm2 must be >= 0");
        }
    }

    public SimulationSettings withSeed(long s) {
        return new SimulationSettings(particlesPerSortie, s, timeStepS, gridCellM, densityThresholdPerKm2);
    }

    public SimulationSettings withParticlesPerSortie(int n) {
        return new SimulationSettings(n, seed, timeStepS, gridCellM, densityThresholdPerKm2);
    }

    public SimulationSettings withTimeStepS(double s) {
        return new SimulationSettings(particlesPerSortie, seed, s, gridCellM, densityThresholdPerKm2);
    }

    public SimulationSettings withGridCellM(double m) {
        return new SimulationSettings(particlesPerSortie, seed, timeStepS, m, densityThresholdPerKm2);
    }

    public SimulationSettings withDensityThresholdPerKm2(double d) {
        return new SimulationSettings(particlesPerSortie, seed, timeStepS, gridCellM, d);
    }
}
