package org.leafdrop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leafdrop.model.CatalogLeaflet;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.LeafletTypes;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.units.Units;
import org.leafdrop.weather.Isa;
import org.leafdrop.weather.TurbulenceProfile;
import org.leafdrop.weather.WindField;

/** The validation cases V1 to V8 of PHYSICS.md section 9, each with its stated tolerance. */
class PhysicsValidationTest {
    private static final double FT = Units.M_PER_FT;

    @ParameterizedTest(name = "w0 {0} ft/s, layer centred at {1} ft: {2} h")
    @CsvSource({
        "2.5, 1000, 0.109", "2.5, 2000, 0.108", "2.5, 3000, 0.106", "2.5, 4000, 0.105", "2.5, 5000, 0.103",
        "2.5, 6000, 0.102", "2.5, 7000, 0.100", "2.5, 8000, 0.099", "2.5, 9000, 0.097",
        "1.3, 1000, 0.211", "1.3, 2000, 0.207", "1.3, 3000, 0.204", "1.3, 4000, 0.201", "1.3, 5000, 0.198",
        "1.3, 6000, 0.195", "1.3, 7000, 0.192", "1.3, 8000, 0.189", "1.3, 9000, 0.187"})
    void v1TimeFactorsMatchThePhysicsModel(double w0Ftps, double centreFt, double modelHours) {
        double hours = DoctrinalMethod.layerFallTimeS(Isa.INSTANCE, w0Ftps * FT, (centreFt - 500) * FT,
                (centreFt + 500) * FT) / 3600;
        // PHYSICS.md quotes the model to three decimals: agree to half a unit of the last one
        assertThat(hours).isCloseTo(modelHours, within(0.0006));
    }

    @ParameterizedTest(name = "w0 {0} ft/s, layer centred at {1} ft: table {2} h")
    @CsvSource({"2.5, 1000, 0.11", "2.5, 5000, 0.11", "2.5, 6000, 0.10", "2.5, 9000, 0.10",
        "1.3, 1000, 0.21", "1.3, 5000, 0.20", "1.3, 9000, 0.19"})
    void v1TimeFactorsReproduceTheDoctrinalTableWithinItsRounding(double w0Ftps, double centreFt, double table) {
        double hours = DoctrinalMethod.layerFallTimeS(Isa.INSTANCE, w0Ftps * FT, (centreFt - 500) * FT,
                (centreFt + 500) * FT) / 3600;
        assertThat(hours).isCloseTo(table, within(0.01));
    }

    @Test
    void v1SurfaceLayerOf500FtTakes0055Hours() {
        double hours = DoctrinalMethod.layerFallTimeS(Isa.INSTANCE, 2.5 * FT, 0, 500 * FT) / 3600;
        assertThat(hours).isCloseTo(0.055, within(0.001));
        assertThat(hours).isCloseTo(0.06, within(0.01));
    }

    @ParameterizedTest(name = "{0} ft: {1} s, {2} km")
    @CsvSource({"1000, 397, 2.04", "5000, 1928, 9.92", "10000, 3715, 19.11"})
    void v2UniformTenKnotWindGivesTheQuotedFallTimeAndDrift(double ft, double fallS, double driftKm) {
        DirectIntegrator di = new DirectIntegrator(Isa.INSTANCE,
                WindField.steady(List.of(new WindLevel(0, 270, Units.ktToMps(10)))));
        DirectIntegrator.Fall f = di.fall(0.762, ft * FT, 0, 0);
        assertThat(f.fallTimeS()).isCloseTo(fallS, within(fallS * 0.005));
        assertThat(f.driftM() / 1000).isCloseTo(driftKm, within(driftKm * 0.005));
        assertThat(f.driftEastM()).isPositive(); // wind from the west blows east
    }

    @Test
    void v2WithoutDensityCorrectionOneThousandFeetTakes400Seconds() {
        DirectIntegrator di = new DirectIntegrator(atmosphereOf(TestPlans.constantDensity()),
                WindField.steady(List.of(new WindLevel(0, 270, Units.ktToMps(10)))));
        assertThat(di.fall(0.762, 1000 * FT, 0, 0).fallTimeS()).isCloseTo(400, within(2.0));
    }

    @Test
    void v2ParticleEngineAgreesWithTheQuotedFallTimeAndDrift() {
        Plan plan = TestPlans.plan(0, TestPlans.leaflet(0.762, 0),
                TestPlans.uniformWind(270, Units.ktToMps(10), new Turbulence.None()),
                TestPlans.pointSortie(5000 * FT));
        SortieLandings l = run(plan, 200, 1).sorties().get(0);
        assertThat(l.fallTimeS(0)).isCloseTo(1928, within(1928 * 0.005));
        double drift = Math.hypot(l.eastM(0) - l.releaseCentroidEastM(), l.northM(0) - l.releaseCentroidNorthM());
        // the 5 m initial cloud adds at most 5 m to the 9.92 km
        assertThat(drift / 1000).isCloseTo(9.92, within(9.92 * 0.005));
    }

    @ParameterizedTest(name = "{0} ft: {1}")
    @CsvSource({"5000, 1.077", "10000, 1.164", "20000, 1.370", "30000, 1.635"})
    void v3DescentRateGrowsWithHeightAsDensityFalls(double ft, double factor) {
        assertThat(Isa.INSTANCE.descentFactor(ft * FT)).isCloseTo(factor, within(0.002));
    }

    @ParameterizedTest(name = "6x3 in on {0} lb paper: {1} per lb")
    @CsvSource({"9, 33.8, 1154", "13, 48.9, 799", "16, 60.2, 649", "20, 75.3, 519"})
    void v4LeafletsPerPoundFollowFromAreaAndBasisWeight(int basisLb, double gPerM2, double table) {
        CatalogLeaflet c = LeafletCatalog.bundled().find("6x3-" + basisLb + "lb").orElseThrow();
        assertThat(c.leafletsPerLb()).isEqualTo(table);
        double computed = LeafletTypes.leafletsPerLbFromPaper(c.areaM2(), gPerM2);
        assertThat(computed).isCloseTo(table, within(table * 0.01));
    }

    @Test
    void v4SixtyThousandStandardLeafletsWeigh115Pounds() {
        CatalogLeaflet standard = LeafletCatalog.bundled().standard();
        assertThat(standard.id()).isEqualTo("6x3-20lb");
        assertThat(60_000 / standard.leafletsPerLb()).isCloseTo(115.6, within(0.1));
        assertThat(LeafletTypes.leafletsForPayload(115.6, standard.leafletsPerLb())).isEqualTo(59_996);
    }

    @Test
    void deviceCatalogMarksWhatIsReportedAndWhatIsAssumed() {
        org.leafdrop.model.DeviceCatalog devices = org.leafdrop.model.DeviceCatalog.bundled();
        assertThat(devices.find("M129").orElseThrow().capacityReported()).isTrue();
        assertThat(devices.find("M129").orElseThrow().capacityLeaflets()).isEqualTo(80_000);
        assertThat(devices.find("PDU-5/B").orElseThrow().capacityReported()).isTrue();
        assertThat(devices.find("static-line-box").orElseThrow().capacityReported()).isFalse();
        assertThat(devices.all()).allSatisfy(d -> assertThat(d.source()).contains("assumed"));
    }

    @Test
    void v4ImpliedDragCoefficientOfTheStandardLeafletIs208() {
        double cd = LeafletTypes.impliedDragCoefficient(0.000874, 0.011613, 2.5 * FT);
        assertThat(cd).isCloseTo(2.08, within(0.01));
    }

    @Test
    void v4PayloadConvertsWithTheCatalogColumn() {
        CatalogLeaflet c = LeafletCatalog.bundled().find("8.5x4.25-16lb").orElseThrow();
        assertThat(LeafletTypes.leafletsForPayload(100, c.leafletsPerLb())).isEqualTo(32_400);
    }

    @Test
    void v5KanthaClaysonSigmas() {
        TurbulenceProfile p = new TurbulenceProfile(new Turbulence.BoundaryLayer(0.3, 1000, 0, 0, 100, 30, false));
        assertThat(p.sigmaVerticalMps(100)).isCloseTo(0.480, within(0.0005));
        assertThat(p.sigmaAlongMps(100)).isCloseTo(0.554, within(0.0005));
        assertThat(p.sigmaCrossMps(100)).isCloseTo(0.588, within(0.0005));
    }

    @ParameterizedTest(name = "after {0} s: {1} m")
    @CsvSource({"10, 4.92", "100, 42.9", "1000, 212", "2000, 308"})
    void v6TaylorSpreadFormula(double tS, double sdM) {
        assertThat(TurbulenceProfile.taylorSpreadM(0.5, 100, tS)).isCloseTo(sdM, within(sdM * 0.005));
    }

    @ParameterizedTest(name = "t = {0} s")
    @ValueSource(doubles = {1e-12, 1e-9, 1e-6, 1e-3, 0.01})
    void taylorSpreadIsBallisticForShortTimesWithoutCancellation(double tS) {
        // for t << T_L the velocity has no time to change: sigma_x = sigma_u t (to first order)
        double spread = TurbulenceProfile.taylorSpreadM(0.5, 100, tS);
        assertThat(spread).isCloseTo(0.5 * tS, within(0.5 * tS * 1e-4));
    }

    @ParameterizedTest(name = "after {0} s: {1} m")
    @CsvSource({"10, 4.92", "100, 42.9", "1000, 212", "2000, 308"})
    void v6OrnsteinUhlenbeckWalkSpreadsParticlesAsTaylorSays(double tS, double sdM) {
        // constant density and no wind: every particle falls for exactly tS seconds
        double w0 = 1.0;
        Weather w = TestPlans.withAtmosphere(TestPlans.uniformWind(0, 0, new Turbulence.Constant(0.5, 0, 100)),
                TestPlans.constantDensity());
        Plan plan = TestPlans.plan(0, TestPlans.leaflet(w0, 0), w, TestPlans.pointSortie(tS * w0));
        SortieLandings l = run(plan, 20_000, 7).sorties().get(0);
        double sdEast = sd(l, true);
        double sdNorth = sd(l, false);
        // the 5 m release cloud adds variance r^2/5 per axis (uniform sphere)
        double expected = Math.sqrt(sdM * sdM + 25.0 / 5);
        assertThat(sdEast).isCloseTo(expected, within(expected * 0.05));
        assertThat(sdNorth).isCloseTo(expected, within(expected * 0.05));
    }

    @ParameterizedTest(name = "after {0} s: {1} m")
    @CsvSource({"10, 4.92", "100, 42.9", "1000, 212", "2000, 308"})
    void v6StepwiseLangevinWalkOfTheBoundaryLayerPathSpreadsAsTaylorSays(double tS, double sdM) {
        // the boundary-layer model with u* = 0 is the free sigma everywhere, stepped every second:
        // this checks the step-by-step Ornstein-Uhlenbeck update that the constant model solves exactly
        double w0 = 1.0;
        Weather w = TestPlans.withAtmosphere(TestPlans.uniformWind(0, 0,
                new Turbulence.BoundaryLayer(0, 1000, 0.5, 0, 100, 30, false)), TestPlans.constantDensity());
        Plan plan = TestPlans.plan(0, TestPlans.leaflet(w0, 0), w, TestPlans.pointSortie(tS * w0));
        SortieLandings l = run(plan, 20_000, 11).sorties().get(0);
        double expected = Math.sqrt(sdM * sdM + 25.0 / 5);
        assertThat(sd(l, true)).isCloseTo(expected, within(expected * 0.05));
        assertThat(sd(l, false)).isCloseTo(expected, within(expected * 0.05));
    }

    @Test
    void v7ShearWithConstantFallSpeedGivesTheMeanWindExactly() {
        double top = 3000;
        WindField wind = WindField.steady(List.of(new WindLevel(0, 270, Units.mphToMps(10)),
                new WindLevel(top, 270, Units.mphToMps(20))));
        DirectIntegrator.Fall f = new DirectIntegrator(atmosphereOf(TestPlans.constantDensity()), wind)
                .fall(1.0, top, 0, 0);
        assertThat(Units.mpsToMph(f.driftM() / f.fallTimeS())).isCloseTo(15.0, within(0.01));
    }

    @ParameterizedTest(name = "0-{0} m: {1} mph")
    @CsvSource({"3000, 14.88", "6000, 14.74"})
    void v7ShearWithIsaDensityGivesALittleLess(double top, double mph) {
        WindField wind = WindField.steady(List.of(new WindLevel(0, 270, Units.mphToMps(10)),
                new WindLevel(top, 270, Units.mphToMps(20))));
        DirectIntegrator.Fall f = new DirectIntegrator(Isa.INSTANCE, wind).fall(1.0, top, 0, 0);
        assertThat(Units.mpsToMph(f.driftM() / f.fallTimeS())).isCloseTo(mph, within(0.01));
    }

    @Test
    void v8LooseLeafletsHaveNoForwardThrow() {
        LonLat start = TestPlans.MOSUL;
        Plan plan = TestPlans.plan(0, TestPlans.leaflet(2.5 * FT, 0.1),
                TestPlans.uniformWind(0, 0, new Turbulence.None()),
                TestPlans.sortie("s1", TrackGeometry.point(start), 120, new ReleaseMethod.FreeFall(),
                        OptionalDouble.of(30), OptionalDouble.of(90)));
        SortieLandings l = run(plan, 2000, 3).sorties().get(0);
        double meanE = 0;
        double meanN = 0;
        for (int i = 0; i < l.landedCount(); i++) {
            meanE += l.eastM(i) / l.landedCount();
            meanN += l.northM(i) / l.landedCount();
        }
        assertThat(Math.hypot(meanE - l.releaseCentroidEastM(), meanN - l.releaseCentroidNorthM())).isLessThan(10);
    }

    private static SimulationRun run(Plan plan, int particles, long seed) {
        return new ParticleEngine(2).run(Scenario.prepare(plan), particles, seed, 1.0, ProgressMonitor.NONE);
    }

    private static org.leafdrop.weather.AtmosphereModel atmosphereOf(org.leafdrop.model.Atmosphere a) {
        return org.leafdrop.weather.AtmosphereModel.of(a);
    }

    static double sd(SortieLandings l, boolean east) {
        int n = l.landedCount();
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += (east ? l.eastM(i) : l.northM(i)) / n;
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = (east ? l.eastM(i) : l.northM(i)) - mean;
            ss += d * d;
        }
        return Math.sqrt(ss / (n - 1));
    }
}
