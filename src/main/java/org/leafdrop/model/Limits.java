package org.leafdrop.model;

/**
 * Bounds on plan values beyond which a number is a typo rather than a plan: a count or speed off
 * by powers of ten would otherwise make a run take days or exhaust memory. The plan reader
 * reports values outside them as errors; the engine relies on them. Each bound is far beyond any
 * real campaign (the 1991 Gulf War dropped 29 million leaflets in two months).
 */
public final class Limits {
    /** Leaflets in one sortie. */
    public static final long MAX_LEAFLETS_PER_SORTIE = 10_000_000_000L;
    /** Stores (bombs or boxes) in one sortie: each is flown ballistically. */
    public static final long MAX_STORES_PER_SORTIE = 100_000;
    /** Wind speed; the strongest jet streams reach about 110 m/s. */
    public static final double MAX_WIND_SPEED_MPS = 150;
    /** Aircraft ground speed. */
    public static final double MAX_GROUND_SPEED_MPS = 1000;
    /** Sea-level descent rate of a leaflet: the slowest catalogued is 0.4 m/s, the fastest 1.6 m/s. */
    public static final double MIN_DESCENT_RATE_MPS = 0.05;
    public static final double MAX_DESCENT_RATE_MPS = 50;
    /** Radius of a leaflet cloud at release or burst. */
    public static final double MAX_OPENING_RADIUS_M = 5000;
    /** Turbulent velocity sigmas and friction velocity. */
    public static final double MAX_SIGMA_MPS = 20;
    /** Lagrangian time scales. */
    public static final double MAX_LAGRANGIAN_TIME_S = 100_000;

    private Limits() {
    }
}
