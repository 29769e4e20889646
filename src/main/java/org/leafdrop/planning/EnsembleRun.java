package org.leafdrop.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leafdrop.coverage.CoverageReport;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.coverage.TargetCoverage;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.EnsembleMember;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Target;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.ProgressMonitor;
import org.leafdrop.sim.Scenario;
import org.leafdrop.sim.SimulationRun;

/**
 * Runs a plan once per weather ensemble member and summarises how sure its coverage is. The
 * members are the plan's {@code weather.ensemble}; a plan without one gets the default
 * perturbation set: every wind level's speed x 0.8, 1.0 and 1.2 combined with its direction
 * -15, 0 and +15 degrees (nine members, the plan's own winds among them). Each member is
 * simulated with the plan's seed and particles, so members differ only by their winds.
 *
 * <p>Per target: the probability of reaching the density threshold, the share of members in
 * which at least half of the target's area reaches it (its {@code areaFractionAboveThreshold} is
 * 0.5 or more), and the members' mean of that fraction. Per sortie: the spread of the landing
 * centroid over the members (RMS distance from their mean) and its miss of the target's
 * centroid (mean and largest). Deterministic for a seed; thread-safe.
 */
public final class EnsembleRun {
    /** Speed factors and direction shifts (degrees) of the default perturbation set. */
    public static final double[] SPEED_FACTORS = {0.8, 1.0, 1.2};
    public static final double[] DIRECTION_SHIFTS_DEG = {-15, 0, 15};
    /** A member "reaches" the threshold on a target when at least this share of its area does. */
    public static final double REACHED_AREA_FRACTION = 0.5;

    private final ParticleEngine engine;

    public EnsembleRun(ParticleEngine engine) {
        this.engine = engine;
    }

    /** Per-target figures over the members. */
    public record TargetOdds(String id, double probabilityAboveThreshold, double meanAreaFractionAboveThreshold) {
    }

    /** Per-sortie landing spread over the members (m); misses only for a sortie with a target. */
    public record SortieSpread(String id, double centroidSpreadM, Optional<Double> meanMissM,
                               Optional<Double> maxMissM) {
    }

    /**
     * The ensemble summary: where the members came from, how many, the figures, and per cell the
     * probability (share of members) that the density reaches the plan's threshold.
     */
    public record Summary(String source, int members, List<TargetOdds> targets, List<SortieSpread> sorties,
                          DensityGrid probabilityAboveThreshold) {
        public Summary {
            targets = List.copyOf(targets);
            sorties = List.copyOf(sorties);
        }
    }

    public Summary run(Plan plan, int particlesPerSortie, long seed, ProgressMonitor monitor) {
        List<WindProfile> members = new ArrayList<>();
        String source;
        if (!plan.weather().ensemble().isEmpty()) {
            plan.weather().ensemble().stream().map(EnsembleMember::winds).forEach(members::add);
            source = "weather.ensemble";
        } else {
            members.addAll(perturbations(plan.weather().firstProfile()));
            source = "default perturbations: wind speed x0.8/1.0/1.2, direction -15/0/+15 deg";
        }
        int nt = plan.targets().size();
        int ns = plan.sorties().size();
        double[] reached = new double[nt];
        double[] fractionSum = new double[nt];
        double[][][] centroids = new double[ns][members.size()][];
        List<DensityGrid> grids = new ArrayList<>();
        LocalFrame frame = Scenario.frameFor(plan);
        for (int m = 0; m < members.size(); m++) {
            Plan member = plan.withWeather(withWinds(plan.weather(), members.get(m)));
            SimulationRun run = engine.run(Scenario.prepare(member), particlesPerSortie, seed,
                    plan.simulation().timeStepS(), monitor);
            DensityGrid grid = DensityGrid.of(run, plan.simulation().gridCellM());
            grids.add(grid);
            CoverageReport report = CoverageReport.analyse(member, run, grid);
            for (int t = 0; t < nt; t++) {
                TargetCoverage c = report.targets().get(t);
                double f = c.areaFractionAboveThreshold().orElse(0);
                fractionSum[t] += f;
                reached[t] += f >= REACHED_AREA_FRACTION ? 1 : 0;
            }
            for (int s = 0; s < ns; s++) {
                centroids[s][m] = ReleasePointSolver.centroid(run.sorties().get(s)).orElse(null);
            }
        }
        List<TargetOdds> odds = new ArrayList<>();
        for (int t = 0; t < nt; t++) {
            odds.add(new TargetOdds(plan.targets().get(t).id(), reached[t] / members.size(),
                    fractionSum[t] / members.size()));
        }
        List<SortieSpread> spreads = new ArrayList<>();
        for (int s = 0; s < ns; s++) {
            Optional<Target> target = plan.sorties().get(s).targetId().flatMap(plan::target);
            spreads.add(spread(plan.sorties().get(s).id(), centroids[s],
                    target.map(t -> ReleasePointSolver.targetCentroid(t, frame))));
        }
        return new Summary(source, members.size(), odds, spreads,
                probability(grids, plan.simulation().gridCellM(), plan.simulation().densityThresholdPerKm2()));
    }

    /** Per cell of a grid covering every member's, the share of members at or above the threshold there. */
    static DensityGrid probability(List<DensityGrid> grids, double cellM, double thresholdPerKm2) {
        double minE = Double.POSITIVE_INFINITY;
        double minN = Double.POSITIVE_INFINITY;
        double maxE = Double.NEGATIVE_INFINITY;
        double maxN = Double.NEGATIVE_INFINITY;
        for (DensityGrid g : grids) {
            minE = Math.min(minE, g.minEastM());
            minN = Math.min(minN, g.minNorthM());
            maxE = Math.max(maxE, g.minEastM() + g.columns() * g.cellM());
            maxN = Math.max(maxN, g.minNorthM() + g.rows() * g.cellM());
        }
        double cell = cellM;
        while ((maxE - minE) / cell * ((maxN - minN) / cell) > DensityGrid.MAX_CELLS) {
            cell *= 2;
        }
        double e0 = Math.floor(minE / cell) * cell;
        double n0 = Math.floor(minN / cell) * cell;
        int nx = Math.max(1, (int) Math.ceil((maxE - e0) / cell));
        int ny = Math.max(1, (int) Math.ceil((maxN - n0) / cell));
        double[] p = new double[nx * ny];
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                double e = e0 + (x + 0.5) * cell;
                double n = n0 + (y + 0.5) * cell;
                int reached = 0;
                for (DensityGrid g : grids) {
                    if (g.perKm2At(e, n) >= thresholdPerKm2) {
                        reached++;
                    }
                }
                p[y * nx + x] = (double) reached / grids.size();
            }
        }
        return DensityGrid.ofValues(e0, n0, cell, nx, ny, p);
    }

    private static SortieSpread spread(String id, double[][] cs, Optional<double[]> aim) {
        double me = 0;
        double mn = 0;
        int n = 0;
        for (double[] c : cs) {
            if (c != null) {
                me += c[0];
                mn += c[1];
                n++;
            }
        }
        if (n == 0) {
            return new SortieSpread(id, Double.NaN, Optional.empty(), Optional.empty());
        }
        me /= n;
        mn /= n;
        double ss = 0;
        double missSum = 0;
        double missMax = 0;
        for (double[] c : cs) {
            if (c != null) {
                ss += (c[0] - me) * (c[0] - me) + (c[1] - mn) * (c[1] - mn);
                if (aim.isPresent()) {
                    double miss = Math.hypot(c[0] - aim.get()[0], c[1] - aim.get()[1]);
                    missSum += miss;
                    missMax = Math.max(missMax, miss);
                }
            }
        }
        double rms = Math.sqrt(ss / n);
        return aim.isPresent() ? new SortieSpread(id, rms, Optional.of(missSum / n), Optional.of(missMax))
                : new SortieSpread(id, rms, Optional.empty(), Optional.empty());
    }

    /** The nine members of the default perturbation set, in speed-major order. */
    public static List<WindProfile> perturbations(WindProfile base) {
        List<WindProfile> out = new ArrayList<>();
        for (double factor : SPEED_FACTORS) {
            for (double shift : DIRECTION_SHIFTS_DEG) {
                List<WindLevel> levels = new ArrayList<>();
                for (WindLevel l : base.levels()) {
                    double from = ((l.fromDeg() + shift) % 360 + 360) % 360;
                    levels.add(new WindLevel(l.altitudeMslM(), from, l.speedMps() * factor));
                }
                out.add(new WindProfile(base.validTimeUtc(), levels));
            }
        }
        return out;
    }

    private static Weather withWinds(Weather w, WindProfile winds) {
        return new Weather(w.validTimeUtc(), w.source(), w.station(), List.of(new WindProfile(
                w.timeVarying() ? Optional.empty() : w.firstProfile().validTimeUtc(), winds.levels())), false,
                w.ensemble(), w.atmosphere(), w.turbulence());
    }
}
