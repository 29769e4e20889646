package org.leafdrop.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.leafdrop.coverage.AreaCounter;
import org.leafdrop.coverage.CoverageReport;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.CampaignFacts;
import org.leafdrop.model.CatalogLeaflet;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.LeafletSpec;
import org.leafdrop.model.LeafletTypeDef;
import org.leafdrop.model.LeafletTypes;
import org.leafdrop.model.Limits;
import org.leafdrop.model.Observation;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.sim.CancelledException;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.ProgressMonitor;
import org.leafdrop.sim.Scenario;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.SortieLandings;
import org.leafdrop.units.Units;

/**
 * Fits the descent spread and the turbulence strength of a replayed campaign to what was found
 * on the ground (the plan's {@code observations}, PLAN-FORMAT.md). Two parameters:
 * <ul>
 *   <li>{@code descentSpreadFraction}, the relative SD of the sea-level descent rate, applied to
 *       every leaflet type the sorties use, searched in [{@value #MIN_SPREAD_FRACTION},
 *       {@value #MAX_SPREAD_FRACTION}];</li>
 *   <li>a turbulence factor k scaling the plan's turbulence sigmas (constant model: both sigmas;
 *       boundary-layer: u* and both free sigmas; mixing height and time scales unchanged),
 *       searched in [{@value #MIN_TURBULENCE_FACTOR}, {@value #MAX_TURBULENCE_FACTOR}] (less where a
 *       sigma would pass {@link Limits#MAX_SIGMA_MPS}). A plan
 *       without turbulence (model {@code none}, or all sigmas 0) has nothing to scale: only the
 *       spread is fitted.</li>
 * </ul>
 * The objective sums, over the observations, (ln(1 + simulated) - ln(1 + observed))^2 of the
 * density in leaflets per km2, the simulated density being the leaflets landing inside the
 * observed area (a Point: the circle of its radius) over its geodesic area; a {@code found}
 * observation adds (ln 2 - ln(1 + simulated))^2 only where fewer than
 * {@value #FOUND_DENSITY_PER_KM2} leaflet per km2 is simulated. The search evaluates a grid,
 * refines around its best point (halving the step each round), then runs each parameter's profile
 * through the best point to say how well the observations constrain it.
 *
 * <p>Every candidate is simulated with the plan's seed and the same particle count (common
 * random numbers), so the objective changes with the parameters, not with the noise; the result
 * is deterministic for a plan and options on any thread count. Progress counts candidate runs;
 * the monitor's cancel request stops between and within runs with {@link CancelledException}.
 * Thread-safe (no state beyond the engine).
 */
public final class Calibration {
    public static final double MIN_SPREAD_FRACTION = 0;
    public static final double MAX_SPREAD_FRACTION = 0.4;
    public static final double MIN_TURBULENCE_FACTOR = 0.25;
    public static final double MAX_TURBULENCE_FACTOR = 3;
    /** Density (leaflets per km2) below which a {@code found} observation counts as missed. */
    public static final double FOUND_DENSITY_PER_KM2 = 1;
    /**
     * Rise of the objective that counts as a worse fit: 0.05 is one density off by a factor of
     * about 1.25 (ln 1.25 ^ 2), well above the common-random-number noise of a few thousand
     * particles. A parameter whose profile never rises this much is not constrained.
     */
    public static final double FLAT_RISE = 0.05;
    /**
     * Particles inside an observation below which its simulated density is noisy (one particle
     * more or less changes it by 10 % or more): more particles or a larger area help.
     */
    public static final int FEW_PARTICLES = 10;

    private final ParticleEngine engine;
    private final LeafletCatalog catalog;

    public Calibration(ParticleEngine engine) {
        this(engine, LeafletCatalog.bundled());
    }

    public Calibration(ParticleEngine engine, LeafletCatalog catalog) {
        this.engine = engine;
        this.catalog = catalog;
    }

    /**
     * How to search.
     *
     * @param particlesPerSortie particles of every candidate run, 1 or more
     * @param gridSteps          grid values per parameter, from the lower to the upper bound, 2 or more
     * @param refineRounds       rounds of refinement around the best point, 0 or more
     */
    public record Options(int particlesPerSortie, int gridSteps, int refineRounds) {
        /** 4,000 particles per sortie, a 7 x 7 grid and 3 refinement rounds. */
        public static final Options DEFAULT = new Options(4000, 7, 3);

        public Options {
            if (particlesPerSortie < 1) {
                throw new IllegalArgumentException("particlesPerSortie must be at least 1, was " + particlesPerSortie);
            }
            if (gridSteps < 2) {
                throw new IllegalArgumentException("gridSteps must be at least 2, was " + gridSteps);
            }
            if (refineRounds < 0) {
                throw new IllegalArgumentException("refineRounds must be 0 or more, was " + refineRounds);
            }
        }

        public Options withParticlesPerSortie(int n) {
            return new Options(n, gridSteps, refineRounds);
        }
    }

    /**
     * One fitted parameter.
     *
     * @param startValue  the plan's value (spread: only when every used type has the same one;
     *                    turbulence factor: 1)
     * @param fittedValue the value at the best fit
     * @param lowValue    the lowest value on the parameter's profile through the best point whose
     *                    objective is within {@link #FLAT_RISE} of the best
     * @param highValue   the highest such value
     * @param constrained false when the objective along the profile never rises by
     *                    {@link #FLAT_RISE}: the observations do not tell this parameter's value
     */
    public record ParameterFit(OptionalDouble startValue, double fittedValue, double lowValue, double highValue,
                               boolean constrained) {
    }

    /**
     * One observation, observed against simulated.
     *
     * @param index                   position in the plan's {@code observations}
     * @param observedPerKm2          the measured density; absent for a {@code found} observation
     * @param areaKm2                 the area the simulated density is counted over
     * @param simulatedAtStartPerKm2  with the plan's own values
     * @param simulatedAtFitPerKm2    with the fitted values
     * @param particlesAtFit          particles landed inside with the fitted values: below
     *                                {@link #FEW_PARTICLES} the simulated density is noisy
     */
    public record ObservationFit(int index, Optional<String> note, OptionalDouble observedPerKm2, boolean found,
                                 double areaKm2, double simulatedAtStartPerKm2, double simulatedAtFitPerKm2,
                                 int particlesAtFit) {
    }

    /**
     * The fit.
     *
     * @param spread           the descent spread fraction
     * @param turbulence       the turbulence factor; empty when the plan has no turbulence to scale
     * @param objectiveAtStart with the plan's own values
     * @param objectiveAtFit   with the fitted values (never above the start: the plan's values
     *                         are kept when no candidate does better)
     * @param startSpreadByType the plan's spread of each leaflet type the sorties use, in sortie order
     * @param fittedPlan       the plan with the fitted values, see {@link #apply}
     * @param runs             candidate runs simulated, the start included
     */
    public record Result(ParameterFit spread, Optional<ParameterFit> turbulence, double objectiveAtStart,
                         double objectiveAtFit, List<ObservationFit> observations,
                         Map<String, Double> startSpreadByType, Plan fittedPlan, int particlesPerSortie, long seed,
                         int runs) {
        public Result {
            observations = List.copyOf(observations);
            startSpreadByType = Collections.unmodifiableMap(new LinkedHashMap<>(startSpreadByType));
        }

        public double spreadFraction() {
            return spread.fittedValue();
        }

        /** The fitted factor, 1 when turbulence was not fitted. */
        public double turbulenceFactor() {
            return turbulence.map(ParameterFit::fittedValue).orElse(1.0);
        }
    }

    /**
     * Fits the plan to its observations.
     *
     * @throws IllegalArgumentException when the plan has no observations or no sortie, or cannot
     *                                  be simulated (the message says why)
     * @throws CancelledException       when the monitor asks to stop
     */
    public Result fit(Plan plan, Options options, ProgressMonitor monitor) {
        List<Observation> observations = CampaignFacts.of(plan).observations();
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("nothing to calibrate against: the plan has no `observations`");
        }
        if (plan.sorties().isEmpty()) {
            throw new IllegalArgumentException("nothing to simulate (the plan has no sorties)");
        }
        boolean fitTurbulence = canScale(plan.weather().turbulence());
        double[] spreads = grid(MIN_SPREAD_FRACTION, MAX_SPREAD_FRACTION, options.gridSteps());
        double maxFactor = maxFactor(plan.weather().turbulence());
        double[] factors = fitTurbulence ? grid(MIN_TURBULENCE_FACTOR, maxFactor, options.gridSteps())
                : new double[] {1};
        int planned = 1 + spreads.length * factors.length + options.refineRounds() * (fitTurbulence ? 8 : 2)
                + spreads.length + (fitTurbulence ? factors.length : 0);
        Search search = new Search(plan, observations, options.particlesPerSortie(), monitor);
        monitor.begin("Calibrating: " + planned + " runs of " + plan.sorties().size() + " sorties x "
                + options.particlesPerSortie() + " particles", planned);
        try {
            Sample start = search.sample(plan);
            double startObjective = objective(observations, start.densitiesPerKm2());
            Point best = null;
            for (double s : spreads) {
                for (double k : factors) {
                    best = better(best, search.at(s, k));
                }
            }
            double stepS = spreads[1] - spreads[0];
            double stepK = fitTurbulence ? factors[1] - factors[0] : 0;
            for (int round = 0; round < options.refineRounds(); round++) {
                stepS /= 2;
                stepK /= 2;
                Point centre = best;
                for (int ds = -1; ds <= 1; ds++) {
                    for (int dk = -1; dk <= 1; dk++) {
                        double s = clamp(centre.spread + ds * stepS, MIN_SPREAD_FRACTION, MAX_SPREAD_FRACTION);
                        double k = fitTurbulence
                                ? clamp(centre.factor + dk * stepK, MIN_TURBULENCE_FACTOR, maxFactor) : 1;
                        best = better(best, search.at(s, k));
                    }
                }
            }
            Point fit = best;
            for (double v : spreads) {
                search.at(v, fit.factor);
            }
            Optional<ParameterFit> turbulenceFit = Optional.empty();
            if (fitTurbulence) {
                for (double v : factors) {
                    search.at(fit.spread, v);
                }
                turbulenceFit = Optional.of(profileFit(search.line(fit, false), fit, OptionalDouble.of(1), false));
            }
            List<Point> spreadProfile = search.line(fit, true);
            Map<String, Double> startSpreads = startSpreads(plan);
            Set<Double> distinct = new LinkedHashSet<>(startSpreads.values());
            OptionalDouble startSpread = distinct.size() == 1 ? OptionalDouble.of(distinct.iterator().next())
                    : OptionalDouble.empty();
            ParameterFit spreadFit = profileFit(spreadProfile, fit, startSpread, true);
            boolean improved = fit.objective < startObjective;
            Sample atFit = improved ? fit.sample : start;
            List<ObservationFit> rows = new ArrayList<>();
            for (int i = 0; i < observations.size(); i++) {
                Observation o = observations.get(i);
                rows.add(new ObservationFit(i, o.note(), o.leafletsPerKm2(), o.found(), search.areasKm2[i],
                        start.densitiesPerKm2()[i], atFit.densitiesPerKm2()[i], atFit.particles()[i]));
            }
            // written with 3 and 2 decimals: finer than the fit can tell, and readable in the file
            Plan fitted = improved ? apply(plan, round(fit.spread, 1e3), round(fit.factor, 1e2)) : plan;
            return new Result(spreadFit, turbulenceFit, startObjective, Math.min(fit.objective, startObjective), rows,
                    startSpreads, fitted, options.particlesPerSortie(), plan.simulation().seed(), search.runs);
        } finally {
            monitor.done();
        }
    }

    /**
     * The plan with a descent spread for every leaflet type its sorties use and its turbulence
     * scaled by {@code turbulenceFactor}, both written out explicitly: a used catalog type gets a
     * plan-local entry of the same id with the catalog's size, mass, descent rate and autorotation
     * (a plan-local entry wins over the catalog; the reader warns that it does), a plan-local type
     * keeps its fields but the spread; the turbulence is no longer an assumed default.
     *
     * @throws IllegalArgumentException when a sortie's leaflet type is unknown, or the values are out of range
     */
    public Plan apply(Plan plan, double spreadFraction, double turbulenceFactor) {
        if (!(spreadFraction >= 0 && spreadFraction < 1)) {
            throw new IllegalArgumentException("spreadFraction must be in [0, 1), was " + spreadFraction);
        }
        if (!(turbulenceFactor >= 0 && Double.isFinite(turbulenceFactor))) {
            throw new IllegalArgumentException("turbulenceFactor must be finite and >= 0, was " + turbulenceFactor);
        }
        Set<String> used = new LinkedHashSet<>();
        plan.sorties().stream().map(Sortie::leafletType).forEach(used::add);
        List<LeafletTypeDef> types = new ArrayList<>();
        for (LeafletTypeDef d : plan.leafletTypes()) {
            types.add(used.contains(d.id()) ? withSpread(d, spreadFraction) : d);
        }
        for (String id : used) {
            if (plan.leafletTypeDef(id).isEmpty()) {
                CatalogLeaflet c = catalog.find(id).orElseThrow(() -> new IllegalArgumentException(
                        "unknown leaflet type \"" + id + "\""));
                types.add(fromCatalog(c, spreadFraction));
            }
        }
        Plan withTypes = new Plan(plan.version(), plan.name(), plan.notes(), plan.groundElevationMslM(), plan.targets(),
                plan.exclusions(), types, plan.weather(), plan.sorties(), plan.simulation(), plan.extras());
        Weather w = plan.weather();
        return withTypes.withWeather(new Weather(w.validTimeUtc(), w.source(), w.station(),
                w.profiles(), w.timeVarying(), w.ensemble(), w.atmosphere(), scaled(w.turbulence(), turbulenceFactor)));
    }

    /**
     * The turbulence with its sigmas (constant: both; boundary-layer: u* and the free sigmas)
     * times k, to a micrometre per second so that a written plan reads cleanly.
     */
    public static Turbulence scaled(Turbulence t, double k) {
        if (t instanceof Turbulence.Constant c) {
            return new Turbulence.Constant(micro(c.sigmaHorizontalMps() * k), micro(c.sigmaVerticalMps() * k),
                    c.lagrangianTimeS());
        }
        if (t instanceof Turbulence.BoundaryLayer b) {
            return new Turbulence.BoundaryLayer(micro(b.frictionVelocityMps() * k), b.mixingHeightAglM(),
                    micro(b.freeSigmaHorizontalMps() * k), micro(b.freeSigmaVerticalMps() * k),
                    b.lagrangianTimeHorizontalS(), b.lagrangianTimeVerticalS(), false);
        }
        return t;
    }

    private static double micro(double v) {
        return round(v, 1e6);
    }

    /** {@code v} rounded to a multiple of 1 / perUnit (e.g. 1e6 for micro-units). */
    private static double round(double v, double perUnit) {
        return Math.round(v * perUnit) / perUnit;
    }

    /**
     * The largest factor searched: {@link #MAX_TURBULENCE_FACTOR}, or less where it would take a
     * sigma beyond {@link Limits#MAX_SIGMA_MPS}, so that the calibrated plan stays valid.
     */
    private static double maxFactor(Turbulence t) {
        double largest = 0;
        if (t instanceof Turbulence.Constant c) {
            largest = Math.max(c.sigmaHorizontalMps(), c.sigmaVerticalMps());
        } else if (t instanceof Turbulence.BoundaryLayer b) {
            largest = Math.max(b.frictionVelocityMps(), Math.max(b.freeSigmaHorizontalMps(), b.freeSigmaVerticalMps()));
        }
        return largest > 0 ? Math.max(MIN_TURBULENCE_FACTOR, Math.min(MAX_TURBULENCE_FACTOR,
                Limits.MAX_SIGMA_MPS / largest)) : MAX_TURBULENCE_FACTOR;
    }

    /** True when the turbulence has a sigma to scale. */
    public static boolean canScale(Turbulence t) {
        if (t instanceof Turbulence.Constant c) {
            return c.sigmaHorizontalMps() > 0 || c.sigmaVerticalMps() > 0;
        }
        if (t instanceof Turbulence.BoundaryLayer b) {
            return b.frictionVelocityMps() > 0 || b.freeSigmaHorizontalMps() > 0 || b.freeSigmaVerticalMps() > 0;
        }
        return false;
    }

    /**
     * The simulated density (leaflets per km2) at each observation, observation order: leaflets
     * landing inside the area (or the circle of a Point) over its area. Uses the plan's seed.
     *
     * @throws CancelledException when the monitor asks to stop
     */
    public double[] simulatedPerKm2(Plan plan, List<Observation> observations, int particlesPerSortie,
                                    ProgressMonitor monitor) {
        return new Search(plan, observations, particlesPerSortie, monitor).sample(plan).densitiesPerKm2();
    }

    /** The objective for simulated densities (see the class comment). */
    public static double objective(List<Observation> observations, double[] simulatedPerKm2) {
        double sum = 0;
        for (int i = 0; i < observations.size(); i++) {
            sum += term(observations.get(i), simulatedPerKm2[i]);
        }
        return sum;
    }

    private static double term(Observation o, double simulatedPerKm2) {
        double sim = Math.log1p(simulatedPerKm2);
        if (o.found()) {
            double floor = Math.log1p(FOUND_DENSITY_PER_KM2);
            return sim < floor ? (floor - sim) * (floor - sim) : 0;
        }
        double d = sim - Math.log1p(o.leafletsPerKm2().getAsDouble());
        return d * d;
    }

    /** The spread of each used leaflet type as the plan resolves it, sortie order. */
    private Map<String, Double> startSpreads(Plan plan) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Sortie s : plan.sorties()) {
            LeafletSpec spec = LeafletTypes.resolve(plan, s.leafletType(), catalog).orElseThrow(
                    () -> new IllegalArgumentException("unknown leaflet type \"" + s.leafletType() + "\""));
            out.putIfAbsent(s.leafletType(), spec.descentSpreadFraction());
        }
        return out;
    }

    /**
     * The fit of one parameter from its profile (the points through the best one, sorted by the
     * parameter): the values whose objective stays within {@link #FLAT_RISE} of the best, the
     * ends interpolated linearly where the profile crosses that level.
     */
    private static ParameterFit profileFit(List<Point> profile, Point best, OptionalDouble start, boolean spread) {
        double level = best.objective + FLAT_RISE;
        int at = profile.indexOf(best);
        double worst = best.objective;
        for (Point p : profile) {
            worst = Math.max(worst, p.objective);
        }
        double low = value(profile.get(0), spread);
        for (int i = at; i > 0; i--) {
            if (profile.get(i - 1).objective > level) {
                low = crossing(profile.get(i), profile.get(i - 1), level, spread);
                break;
            }
        }
        double high = value(profile.get(profile.size() - 1), spread);
        for (int i = at; i + 1 < profile.size(); i++) {
            if (profile.get(i + 1).objective > level) {
                high = crossing(profile.get(i), profile.get(i + 1), level, spread);
                break;
            }
        }
        return new ParameterFit(start, value(best, spread), low, high, worst - best.objective >= FLAT_RISE);
    }

    private static double value(Point p, boolean spread) {
        return spread ? p.spread : p.factor;
    }

    /** Where the objective reaches {@code level} between a point within it and one beyond it. */
    private static double crossing(Point inside, Point beyond, double level, boolean spread) {
        double t = (level - inside.objective) / (beyond.objective - inside.objective);
        return value(inside, spread) + t * (value(beyond, spread) - value(inside, spread));
    }

    private static LeafletTypeDef withSpread(LeafletTypeDef d, double spread) {
        return new LeafletTypeDef(d.id(), d.name(), d.widthM(), d.heightM(), d.massKg(), d.descentRateMps(),
                d.autorotates(), OptionalDouble.of(spread), d.extras());
    }

    /** A plan-local copy of a catalog type with another spread; same rate, size and leaflets per pound. */
    static LeafletTypeDef fromCatalog(CatalogLeaflet c, double spread) {
        LeafletSpec spec = LeafletTypes.fromCatalog(c);
        return new LeafletTypeDef(c.id(), Optional.of(spec.name() + ", catalog values, calibrated spread"),
                OptionalDouble.of(micro(Units.inToM(c.widthIn()))), OptionalDouble.of(micro(Units.inToM(c.heightIn()))),
                OptionalDouble.of(massKgFor(c.leafletsPerLb())), OptionalDouble.of(c.descentRateMps()),
                Optional.of(c.autorotates()), OptionalDouble.of(spread), Extras.NONE);
    }

    /**
     * The mass of one leaflet whose leaflets per pound, as a plan-local type computes it
     * ({@link LeafletTypes#fromDef}), is the catalog's or the next double above it (the division
     * cannot always give it back exactly): payloads then convert to the same floor(payload x
     * leaflets per pound) count, never one leaflet fewer.
     */
    static double massKgFor(double leafletsPerLb) {
        double m = LeafletTypes.G_PER_LB / (leafletsPerLb * 1000.0);
        while (LeafletTypes.G_PER_LB / (m * 1000.0) < leafletsPerLb) {
            m = Math.nextDown(m);
        }
        while (LeafletTypes.G_PER_LB / (Math.nextUp(m) * 1000.0) >= leafletsPerLb) {
            m = Math.nextUp(m);
        }
        return m;
    }

    private static double[] grid(double min, double max, int steps) {
        double[] out = new double[steps];
        for (int i = 0; i < steps; i++) {
            out[i] = i == steps - 1 ? max : min + (max - min) * i / (steps - 1);
        }
        return out;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /** The better of two points: lower objective; on a tie the earlier (so the search is deterministic). */
    private static Point better(Point a, Point b) {
        return a == null || b.objective < a.objective ? b : a;
    }

    /** One evaluated candidate. */
    private record Point(double spread, double factor, double objective, Sample sample) {
    }

    /** Simulated density (leaflets per km2) and particles landed in each observation, observation order. */
    private record Sample(double[] densitiesPerKm2, int[] particles) {
    }

    /** The candidates run so far, each once; holds the observations in the plan's frame. */
    private final class Search {
        private final Plan plan;
        private final List<Observation> observations;
        private final int particles;
        private final ProgressMonitor monitor;
        private final ProgressMonitor cancelOnly;
        private final LocalFrame frame;
        private final List<AreaCounter> areas = new ArrayList<>();
        private final double[] areasKm2;
        private final Map<List<Long>, Point> done = new HashMap<>();
        private int runs;

        Search(Plan plan, List<Observation> observations, int particles, ProgressMonitor monitor) {
            this.plan = plan;
            this.observations = List.copyOf(observations);
            this.particles = particles;
            this.monitor = monitor;
            this.cancelOnly = new ProgressMonitor() {
                @Override
                public boolean isCancelled() {
                    return monitor.isCancelled();
                }
            };
            this.frame = Scenario.frameFor(plan);
            this.areasKm2 = new double[observations.size()];
            for (int i = 0; i < observations.size(); i++) {
                Observation.Place place = observations.get(i).place();
                if (place instanceof Observation.Area a) {
                    areas.add(AreaCounter.of(a.geometry(), frame));
                    areasKm2[i] = CoverageReport.areaM2(a.geometry()) / 1e6;
                } else {
                    Observation.Spot spot = (Observation.Spot) place;
                    areas.add(null);
                    areasKm2[i] = Math.PI * spot.radiusM() * spot.radiusM() / 1e6;
                }
            }
        }

        /** The points run so far with the best's other parameter, sorted by the varied one. */
        List<Point> line(Point best, boolean alongSpread) {
            List<Point> out = new ArrayList<>();
            for (Point p : done.values()) {
                if (alongSpread ? p.factor == best.factor : p.spread == best.spread) {
                    out.add(p);
                }
            }
            out.sort(java.util.Comparator.comparingDouble(p -> alongSpread ? p.spread : p.factor));
            return out;
        }

        Point at(double spread, double factor) {
            List<Long> key = List.of(Math.round(spread * 1e9), Math.round(factor * 1e9));
            Point p = done.get(key);
            if (p == null) {
                Sample d = sample(apply(plan, spread, factor));
                p = new Point(spread, factor, objective(observations, d.densitiesPerKm2()), d);
                done.put(key, p);
            }
            return p;
        }

        Sample sample(Plan candidate) {
            if (monitor.isCancelled()) {
                throw new CancelledException();
            }
            SimulationRun run = engine.run(Scenario.prepare(candidate, catalog,
                    DeviceCatalog.bundled()), particles, plan.simulation().seed(),
                    plan.simulation().timeStepS(), cancelOnly);
            runs++;
            monitor.worked(1);
            double[] leaflets = new double[observations.size()];
            int[] particlesInside = new int[observations.size()];
            for (SortieLandings s : run.sorties()) {
                double perParticle = s.leafletsPerParticle();
                for (int i = 0; i < observations.size(); i++) {
                    int n = inside(i, s);
                    particlesInside[i] += n;
                    leaflets[i] += n * perParticle;
                }
            }
            double[] out = new double[leaflets.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = areasKm2[i] > 0 ? leaflets[i] / areasKm2[i] : 0;
            }
            return new Sample(out, particlesInside);
        }

        private int inside(int i, SortieLandings s) {
            if (areas.get(i) != null) {
                return areas.get(i).count(s);
            }
            Observation.Spot spot = (Observation.Spot) observations.get(i).place();
            double[] c = frame.toLocal(spot.position().lonDeg(), spot.position().latDeg());
            double r2 = spot.radiusM() * spot.radiusM();
            int n = 0;
            for (int j = 0; j < s.landedCount(); j++) {
                double de = s.eastM(j) - c[0];
                double dn = s.northM(j) - c[1];
                if (de * de + dn * dn <= r2) {
                    n++;
                }
            }
            return n;
        }
    }
}
