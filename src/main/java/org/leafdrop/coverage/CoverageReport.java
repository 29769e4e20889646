package org.leafdrop.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Target;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.SortieLandings;

/**
 * Leaflets against the plan's targets and exclusions (PHYSICS.md section 8, PLAN-FORMAT.md
 * result file). Every target and exclusion of the plan is listed in plan order, also with no
 * leaflets. Leaflet counts are sums over sorties of particles inside times the sortie's leaflets
 * per particle, rounded to whole leaflets once at the end; fractions use the unrounded sums.
 * Immutable; {@link #analyse} is a pure function of its arguments and safe to call concurrently.
 *
 * @param targets          per target, plan order
 * @param exclusions       per exclusion, plan order
 * @param totals           plan-wide counts, each leaflet once
 * @param sortieExclusions per sortie (run order) and exclusion (plan order)
 * @param warnings         leaflets in exclusions (a share of 1 % of a sortie or more) and
 *                         targets without leaflets, in that order
 */
public record CoverageReport(List<TargetCoverage> targets, List<ExclusionCoverage> exclusions, CoverageTotals totals,
                             List<SortieExclusionCoverage> sortieExclusions, List<String> warnings) {
    /** Smallest share of a sortie's leaflets in an exclusion that is worth a warning. */
    public static final double EXCLUSION_WARNING_FRACTION = 0.01;

    public CoverageReport {
        targets = List.copyOf(targets);
        exclusions = List.copyOf(exclusions);
        Objects.requireNonNull(totals, "totals");
        sortieExclusions = List.copyOf(sortieExclusions);
        warnings = List.copyOf(warnings);
    }

    /** Counts the run's landings inside the plan's targets and exclusions, in the run's frame. */
    public static CoverageReport analyse(Plan plan, SimulationRun run) {
        return analyse(plan, run, DensityGrid.of(run, plan.simulation().gridCellM()));
    }

    /** As {@link #analyse(Plan, SimulationRun)}, with the run's density grid already made. */
    public static CoverageReport analyse(Plan plan, SimulationRun run, DensityGrid grid) {
        LocalFrame frame = run.frame();
        List<SortieLandings> sorties = run.sorties();
        List<AreaCounter> targetAreas = plan.targets().stream().map(t -> AreaCounter.of(t.geometry(), frame)).toList();
        List<AreaCounter> exclusionAreas =
                plan.exclusions().stream().map(e -> AreaCounter.of(e.geometry(), frame)).toList();

        double[] inTarget = new double[targetAreas.size()];
        double[] inExclusion = new double[exclusionAreas.size()];
        double inAnyTarget = 0;
        double inAnyExclusion = 0;
        long leaflets = 0;
        List<SortieExclusionCoverage> sortieExclusions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (SortieLandings s : sorties) {
            Counts c = count(s, targetAreas, exclusionAreas);
            double perParticle = s.particles() > 0 ? s.leafletsPerParticle() : 0;
            leaflets += s.leaflets();
            for (int t = 0; t < inTarget.length; t++) {
                inTarget[t] += c.perTarget[t] * perParticle;
            }
            inAnyTarget += c.anyTarget * perParticle;
            inAnyExclusion += c.anyExclusion * perParticle;
            for (int e = 0; e < inExclusion.length; e++) {
                double inside = c.perExclusion[e] * perParticle;
                inExclusion[e] += inside;
                double share = fraction(inside, s.leaflets());
                Exclusion exclusion = plan.exclusions().get(e);
                sortieExclusions.add(new SortieExclusionCoverage(s.sortieId(), exclusion.id(), Math.round(inside), share));
                if (share >= EXCLUSION_WARNING_FRACTION) {
                    warnings.add(String.format(Locale.ROOT, "%d %% of sortie %s's leaflets land in exclusion '%s'",
                            Math.round(share * 100), s.sortieId(), exclusion.name().orElse(exclusion.id())));
                }
            }
        }

        List<TargetCoverage> targets = new ArrayList<>();
        for (int t = 0; t < inTarget.length; t++) {
            Target target = plan.targets().get(t);
            long inside = Math.round(inTarget[t]);
            double areaKm2 = areaM2(target.geometry()) / 1e6;
            OptionalDouble perResident = target.population().isPresent() && target.population().getAsLong() > 0
                    ? OptionalDouble.of((double) inside / target.population().getAsLong())
                    : OptionalDouble.empty();
            double threshold = target.desiredDensityPerKm2().orElse(plan.simulation().densityThresholdPerKm2());
            double covered = grid.areaFractionAtOrAbove(targetAreas.get(t).localGeometry(), threshold);
            targets.add(new TargetCoverage(target.id(), areaKm2, inside, fraction(inTarget[t], leaflets),
                    OptionalDouble.of(covered), areaKm2 > 0 ? inside / areaKm2 : 0, perResident));
            if (inside == 0) {
                warnings.add("no leaflet lands in target '" + target.name().orElse(target.id()) + "'");
            }
        }
        List<ExclusionCoverage> exclusions = new ArrayList<>();
        for (int e = 0; e < inExclusion.length; e++) {
            exclusions.add(new ExclusionCoverage(plan.exclusions().get(e).id(), Math.round(inExclusion[e])));
        }
        long inTargets = Math.min(Math.round(inAnyTarget), leaflets);
        CoverageTotals totals = new CoverageTotals(leaflets, inTargets, fraction(inAnyTarget, leaflets),
                Math.min(Math.round(inAnyExclusion), leaflets));
        return new CoverageReport(targets, exclusions, totals, sortieExclusions, warnings);
    }

    /**
     * Geodesic area (m2) of an area: holes subtracted, the polygons of a MultiPolygon summed.
     * Overlapping polygons of one MultiPolygon (invalid GeoJSON) would be counted twice.
     */
    public static double areaM2(AreaGeometry area) {
        double total = 0;
        for (List<List<LonLat>> polygon : area.polygons()) {
            List<double[][]> rings = polygon.stream()
                    .map(r -> r.stream().map(p -> new double[] {p.lonDeg(), p.latDeg()}).toArray(double[][]::new))
                    .toList();
            total += Geodesy.areaM2(rings);
        }
        return Math.max(total, 0);
    }

    /** part / whole in [0, 1]; 0 when the whole is 0 (so an empty plan gives no NaN). */
    private static double fraction(double part, long whole) {
        return whole > 0 ? Math.min(Math.max(part / whole, 0), 1) : 0;
    }

    private static Counts count(SortieLandings s, List<AreaCounter> targets, List<AreaCounter> exclusions) {
        Counts c = new Counts(targets.size(), exclusions.size());
        for (int i = 0; i < s.landedCount(); i++) {
            double east = s.eastM(i);
            double north = s.northM(i);
            c.anyTarget += countInside(targets, c.perTarget, east, north);
            c.anyExclusion += countInside(exclusions, c.perExclusion, east, north);
        }
        return c;
    }

    /** Adds the point to each area holding it; 1 when at least one does, else 0. */
    private static int countInside(List<AreaCounter> areas, long[] perArea, double east, double north) {
        int any = 0;
        for (int a = 0; a < perArea.length; a++) {
            if (areas.get(a).contains(east, north)) {
                perArea[a]++;
                any = 1;
            }
        }
        return any;
    }

    /** Particle counts of one sortie; local to one call of {@link #analyse}. */
    private static final class Counts {
        final long[] perTarget;
        final long[] perExclusion;
        long anyTarget;
        long anyExclusion;

        Counts(int targets, int exclusions) {
            perTarget = new long[targets];
            perExclusion = new long[exclusions];
        }
    }
}
