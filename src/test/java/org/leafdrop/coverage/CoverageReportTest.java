package org.leafdrop.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.leafdrop.coverage.CoverageFixtures.MOSUL;
import static org.leafdrop.coverage.CoverageFixtures.concat;
import static org.leafdrop.coverage.CoverageFixtures.exclusion;
import static org.leafdrop.coverage.CoverageFixtures.landings;
import static org.leafdrop.coverage.CoverageFixtures.plan;
import static org.leafdrop.coverage.CoverageFixtures.rectangle;
import static org.leafdrop.coverage.CoverageFixtures.repeat;
import static org.leafdrop.coverage.CoverageFixtures.ring;
import static org.leafdrop.coverage.CoverageFixtures.target;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.SortieLandings;

class CoverageReportTest {
    private static SimulationRun run(SortieLandings... sorties) {
        return new SimulationRun(MOSUL, 1, sorties[0].particles(), List.of(sorties));
    }

    /** n particles at (east, north). */
    private static double[][] at(double east, double north, int n) {
        return new double[][] {repeat(east, n), repeat(north, n)};
    }

    private static SortieLandings sortie(String id, long leaflets, int particles, double[][]... groups) {
        double[] east = concat(Arrays.stream(groups).map(g -> g[0]).toArray(double[][]::new));
        double[] north = concat(Arrays.stream(groups).map(g -> g[1]).toArray(double[][]::new));
        return landings(id, leaflets, particles, 0, 0, east, north, 600);
    }

    @Test
    void leafletCountsAreWholeAndRoundedOnceFromTheSum() {
        Plan plan = plan("p", List.of(target("t", null, 0, rectangle(MOSUL, -100, -100, 100, 100))), List.of());
        // 1,000 leaflets on 3 particles: 333.33 each, 2 inside give 666.67
        SortieLandings s = sortie("s1", 1000, 3, at(0, 0, 2), at(5000, 0, 1));

        CoverageReport r = CoverageReport.analyse(plan, run(s));

        assertThat(r.targets().get(0).leafletsInside()).isEqualTo(667);
        assertThat(r.targets().get(0).fractionOfLeafletsInside()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.totals().leafletsInTargets()).isEqualTo(667);
        assertThat(r.totals().leaflets()).isEqualTo(1000);
    }

    @Test
    void overlappingTargetsCountEachLeafletOnceInTotals() {
        Plan plan = plan("p", List.of(target("a", null, 0, rectangle(MOSUL, -1000, -1000, 500, 1000)),
                target("b", null, 0, rectangle(MOSUL, -500, -1000, 1000, 1000))), List.of());
        // 10 in a only, 20 in both, 30 in b only, 40 outside; 10 leaflets per particle
        SortieLandings s = sortie("s1", 1000, 100, at(-800, 0, 10), at(0, 0, 20), at(800, 0, 30), at(3000, 0, 40));

        CoverageReport r = CoverageReport.analyse(plan, run(s));

        assertThat(r.targets()).extracting(TargetCoverage::leafletsInside).containsExactly(300L, 500L);
        assertThat(r.totals().leafletsInTargets()).isEqualTo(600);
        assertThat(r.totals().fractionInTargets()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void targetsAndExclusionsWithoutLeafletsAreListedWithZeroAndWarned() {
        Plan plan = plan("p", List.of(target("hit", null, 0, rectangle(MOSUL, -100, -100, 100, 100)),
                target("old-city", "Old City", 150_000, rectangle(MOSUL, 5000, 5000, 6000, 6000))),
                List.of(exclusion("river", "Tigris", rectangle(MOSUL, -9000, -9000, -8000, -8000))));
        SortieLandings s = sortie("s1", 500, 5, at(0, 0, 5));

        CoverageReport r = CoverageReport.analyse(plan, run(s));

        assertThat(r.targets()).extracting(TargetCoverage::id).containsExactly("hit", "old-city");
        TargetCoverage oldCity = r.targets().get(1);
        assertThat(oldCity.leafletsInside()).isZero();
        assertThat(oldCity.fractionOfLeafletsInside()).isZero();
        assertThat(oldCity.meanDensityPerKm2()).isZero();
        assertThat(oldCity.leafletsPerResident()).hasValue(0.0);
        assertThat(r.exclusions()).containsExactly(new ExclusionCoverage("river", 0));
        assertThat(r.totals().leafletsInExclusions()).isZero();
        assertThat(r.warnings()).containsExactly("no leaflet lands in target 'Old City'");
    }

    @Test
    void warnsPerSortieAboutLeafletsInExclusionsFromOnePercent() {
        AreaGeometry river = rectangle(MOSUL, 2000, -5000, 2500, 5000);
        Plan plan = plan("p", List.of(target("t", null, 0, rectangle(MOSUL, -500, -500, 500, 500))),
                List.of(exclusion("river", "Tigris", river), exclusion("front", null, rectangle(MOSUL, -3000, -200, -2800, 200))));
        SortieLandings s1 = sortie("s1", 200_000, 1000, at(0, 0, 995), at(2200, 0, 5));
        SortieLandings s2 = sortie("s2", 100_000, 100, at(0, 0, 75), at(2200, 0, 23), at(-2900, 0, 2));

        CoverageReport r = CoverageReport.analyse(plan, run(s1, s2));

        // s1 puts 0.5 % in the river: below the 1 % threshold, no warning
        assertThat(r.warnings()).containsExactly(
                "23 % of sortie s2's leaflets land in exclusion 'Tigris'",
                "2 % of sortie s2's leaflets land in exclusion 'front'");
        assertThat(r.sortieExclusions()).containsExactly(
                new SortieExclusionCoverage("s1", "river", 1000, 0.005),
                new SortieExclusionCoverage("s1", "front", 0, 0),
                new SortieExclusionCoverage("s2", "river", 23_000, 0.23),
                new SortieExclusionCoverage("s2", "front", 2000, 0.02));
        assertThat(r.exclusions()).containsExactly(new ExclusionCoverage("river", 24_000),
                new ExclusionCoverage("front", 2000));
        assertThat(r.totals().leafletsInExclusions()).isEqualTo(26_000);
        assertThat(r.totals().leaflets()).isEqualTo(300_000);
    }

    @Test
    void densityAndLeafletsPerResidentUseTheWholeLeafletCount() {
        Plan plan = plan("p", List.of(target("t", "T", 1000, rectangle(MOSUL, -500, -500, 500, 500))), List.of());
        SortieLandings s = sortie("s1", 3000, 10, at(0, 0, 7), at(9000, 0, 3));

        TargetCoverage t = CoverageReport.analyse(plan, run(s)).targets().get(0);

        assertThat(t.leafletsInside()).isEqualTo(2100);
        // 1 km2 within the frame's distortion over 500 m
        assertThat(t.areaKm2()).isCloseTo(1.0, within(1e-4));
        assertThat(t.meanDensityPerKm2()).isCloseTo(2100 / t.areaKm2(), within(1e-9));
        assertThat(t.leafletsPerResident()).hasValue(2.1);
    }

    @Test
    void areaOfKilometreSquareNearMosulIsGeodesic() {
        // a lon/lat square of about 1 km at 36.34 N: 1 km of latitude is 0.0090 deg, of longitude 0.01117 deg
        List<LonLat> ring = List.of(new LonLat(43.125, 36.34), new LonLat(43.13617, 36.34),
                new LonLat(43.13617, 36.349), new LonLat(43.125, 36.349), new LonLat(43.125, 36.34));
        double geodesicM2 = Geodesy.areaM2(List.<double[][]>of(ring.stream().map(p -> new double[] {p.lonDeg(), p.latDeg()})
                .toArray(double[][]::new)));

        double areaM2 = CoverageReport.areaM2(AreaGeometry.polygon(ring));
        double planeM2 = AreaCounter.of(AreaGeometry.polygon(ring), MOSUL).localGeometry().getArea();

        assertThat(areaM2).isCloseTo(geodesicM2, within(geodesicM2 * 1e-3));
        assertThat(areaM2).isCloseTo(1.0e6, within(0.01e6));
        // the tangent plane is nearly isometric this close to its origin: 0.1 % agreement
        assertThat(planeM2).isCloseTo(areaM2, within(areaM2 * 1e-3));
    }

    @Test
    void areaSubtractsHolesAndSumsPolygons() {
        AreaGeometry withHole = new AreaGeometry(List.of(List.of(ring(MOSUL, -1000, -1000, 1000, 1000),
                ring(MOSUL, -500, -500, 500, 500))), false);
        AreaGeometry two = new AreaGeometry(List.of(List.of(ring(MOSUL, -1000, -1000, 0, 0)),
                List.of(ring(MOSUL, 1000, 1000, 3000, 2000))), true);

        // areas in the frame; the plane agrees with the ellipsoid to 0.1 % within a few km
        assertThat(CoverageReport.areaM2(withHole)).isCloseTo(3.0e6, within(3.0e3));
        assertThat(CoverageReport.areaM2(two)).isCloseTo(3.0e6, within(3.0e3));
    }

    @Test
    void notLandedParticlesCountInTheTotalButNowhereInside() {
        Plan plan = plan("p", List.of(target("t", null, 0, rectangle(MOSUL, -500, -500, 500, 500))), List.of());
        SortieLandings s = sortie("s1", 1000, 10, at(0, 0, 5));

        CoverageReport r = CoverageReport.analyse(plan, run(s));

        assertThat(r.totals().leaflets()).isEqualTo(1000);
        assertThat(r.totals().leafletsInTargets()).isEqualTo(500);
        assertThat(r.totals().fractionInTargets()).isEqualTo(0.5);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "r = {0} sigma")
    @org.junit.jupiter.params.provider.ValueSource(doubles = {0.5, 1, 2})
    void gaussianCloudAgainstACircleMatchesTheRayleighShare(double rOverSigma) {
        double sigma = 600;
        int n = 100_000;
        java.util.SplittableRandom rng = new java.util.SplittableRandom(20161017L);
        double[] e = new double[n];
        double[] no = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = sigma * rng.nextGaussian();
            no[i] = sigma * rng.nextGaussian();
        }
        java.util.List<org.leafdrop.model.LonLat> ring = new java.util.ArrayList<>();
        for (int k = 0; k <= 256; k++) {
            double th = 2 * Math.PI * (k % 256) / 256;
            double[] ll = CoverageFixtures.MOSUL.toLonLat(rOverSigma * sigma * Math.cos(th),
                    rOverSigma * sigma * Math.sin(th));
            ring.add(new org.leafdrop.model.LonLat(ll[0], ll[1]));
        }
        Plan plan = CoverageFixtures.plan("circle", java.util.List.of(CoverageFixtures.target("c", null, 0,
                org.leafdrop.model.AreaGeometry.polygon(ring))), java.util.List.of());
        SimulationRun run = new SimulationRun(CoverageFixtures.MOSUL, 1, n,
                java.util.List.of(CoverageFixtures.landings("s", n, n, 0, 0, e, no, 1)));
        double share = CoverageReport.analyse(plan, run).targets().get(0).fractionOfLeafletsInside();
        double expected = 1 - Math.exp(-rOverSigma * rOverSigma / 2);
        // binomial sampling error, 4 standard errors; the 256-gon loses under 0.01 % of the disc
        assertThat(share).isCloseTo(expected, within(4 * Math.sqrt(expected * (1 - expected) / n) + 1e-4));
    }

    @Test
    void uniformLineReleaseAgainstARectangleGivesTheCoveredLength() {
        int n = 10_000;
        double[] e = new double[n];
        double[] no = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = -5000 + 10_000 * (i + 0.5) / n; // evenly along 10 km, as the engine releases free-fall
            no[i] = 0;
        }
        Plan plan = CoverageFixtures.plan("line", java.util.List.of(CoverageFixtures.target("r", null, 0,
                CoverageFixtures.rectangle(CoverageFixtures.MOSUL, -1000, -300, 2000, 300))), java.util.List.of());
        SimulationRun run = new SimulationRun(CoverageFixtures.MOSUL, 1, n,
                java.util.List.of(CoverageFixtures.landings("s", 50_000, n, 0, 0, e, no, 1)));
        TargetCoverage t = CoverageReport.analyse(plan, run).targets().get(0);
        assertThat(t.fractionOfLeafletsInside()).isCloseTo(0.3, within(1e-3));
        assertThat(t.leafletsInside()).isEqualTo(15_000);
    }
}
