package org.leafdrop.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafdrop.io.PlanReader;
import org.leafdrop.model.CampaignFacts;
import org.leafdrop.model.CatalogLeaflet;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.LeafletSpec;
import org.leafdrop.model.LeafletTypes;
import org.leafdrop.model.Observation;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Turbulence;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.ProgressMonitor;

/**
 * Calibration: a twin experiment (observations simulated with known values, a different seed and
 * more particles) must be recovered; found-only observations and plans without turbulence fit
 * what they can. Small particle counts keep the suite fast; the tolerances allow for their noise.
 */
class CalibrationTest {
    private static final Path SAMPLE = Path.of("samples/calibration-twin-experiment.leafdrop.json");
    private static final Calibration CALIBRATION = new Calibration(new ParticleEngine(2));
    /** Enough particles per candidate for 400 m squares to hold dozens of particles where it matters. */
    private static final Calibration.Options FAST = new Calibration.Options(1500, 7, 3);

    private static Plan sample() {
        return new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled()).read(SAMPLE).value().orElseThrow();
    }

    /** The plan with the given raw observations in place of the sample's. */
    private static Plan withObservations(Plan plan, List<Map<String, Object>> observations) {
        Map<String, Object> extras = new LinkedHashMap<>(plan.extras().fields());
        extras.put(CampaignFacts.OBSERVATIONS, observations);
        return new Plan(plan.version(), plan.name(), plan.notes(), plan.groundElevationMslM(), plan.targets(),
                plan.exclusions(), plan.leafletTypes(), plan.weather(), plan.sorties(), plan.simulation(),
                new Extras(extras));
    }

    /** The sample's density observations, their densities simulated with known values (seed + 1, 6,000 particles). */
    @SuppressWarnings("unchecked")
    private static Plan twin(Plan plan, double spreadFraction, double turbulenceFactor) {
        List<Observation> places = CampaignFacts.of(plan).observations().stream().filter(o -> !o.found()).toList();
        Plan truth = CALIBRATION.apply(plan, spreadFraction, turbulenceFactor);
        truth = truth.withSimulation(truth.simulation().withSeed(truth.simulation().seed() + 1));
        double[] d = CALIBRATION.simulatedPerKm2(truth, places, 6000, ProgressMonitor.NONE);
        List<Map<String, Object>> raw = new ArrayList<>();
        List<Object> sampleRaw = (List<Object>) plan.extras().fields().get(CampaignFacts.OBSERVATIONS);
        for (int i = 0; i < places.size(); i++) {
            Map<String, Object> o = new LinkedHashMap<>((Map<String, Object>) sampleRaw.get(i));
            o.put("leafletsPerKm2", (double) Math.round(d[i]));
            raw.add(o);
        }
        return withObservations(plan, raw);
    }

    static Stream<Arguments> truths() {
        return Stream.of(Arguments.of(0.25, 1.8), Arguments.of(0.05, 0.6));
    }

    @ParameterizedTest(name = "spread {0}, k {1}")
    @MethodSource("truths")
    void twinExperimentRecoversTheValuesTheObservationsWereMadeWith(double spread, double k) {
        Plan plan = twin(sample(), spread, k);

        Calibration.Result r = CALIBRATION.fit(plan, FAST, ProgressMonitor.NONE);

        // tolerances: about a grid step after refinement, plus the noise of 1,500 particles
        assertThat(r.spreadFraction()).isCloseTo(spread, within(0.05));
        assertThat(r.turbulenceFactor()).isCloseTo(k, within(0.3 * k));
        assertThat(r.objectiveAtFit()).isLessThan(r.objectiveAtStart());
        assertThat(r.spread().constrained()).isTrue();
        assertThat(r.turbulence()).hasValueSatisfying(t -> assertThat(t.constrained()).isTrue());
        assertThat(r.spread().startValue()).hasValue(LeafletTypes.CATALOG_SPREAD);
        assertThat(r.spread().lowValue()).isLessThanOrEqualTo(r.spreadFraction());
        assertThat(r.spread().highValue()).isGreaterThanOrEqualTo(r.spreadFraction());
        assertThat(r.observations()).hasSize(10);
    }

    @Test
    void sameFitOnAnyThreadCount() {
        Plan plan = sample();
        Calibration.Options quick = new Calibration.Options(300, 3, 1);

        Calibration.Result one = new Calibration(new ParticleEngine(1)).fit(plan, quick, ProgressMonitor.NONE);
        Calibration.Result two = new Calibration(new ParticleEngine(2)).fit(plan, quick, ProgressMonitor.NONE);

        assertThat(two.spread()).isEqualTo(one.spread());
        assertThat(two.turbulence()).isEqualTo(one.turbulence());
        assertThat(two.objectiveAtFit()).isEqualTo(one.objectiveAtFit());
        assertThat(two.fittedPlan()).isEqualTo(one.fittedPlan());
    }

    @Test
    void foundOnlyObservationIsMetByWideningThePattern() {
        Plan plan = sample();
        Map<String, Object> found = new LinkedHashMap<>();
        // 3.8 km down the pattern: the plan's own values put no leaflet there
        found.put("geometry", Map.of("type", "Point", "coordinates", List.of(43.16106, 36.31524)));
        found.put("found", true);
        Plan foundOnly = withObservations(plan, List.of(found));

        Calibration.Result r = CALIBRATION.fit(foundOnly, new Calibration.Options(1000, 5, 1), ProgressMonitor.NONE);

        assertThat(r.objectiveAtStart()).isGreaterThan(0);
        assertThat(r.objectiveAtFit()).isZero();
        assertThat(r.observations()).singleElement().satisfies(o -> {
            assertThat(o.found()).isTrue();
            assertThat(o.simulatedAtStartPerKm2()).isLessThan(Calibration.FOUND_DENSITY_PER_KM2);
            assertThat(o.simulatedAtFitPerKm2()).isGreaterThanOrEqualTo(Calibration.FOUND_DENSITY_PER_KM2);
            assertThat(o.areaKm2()).isCloseTo(Math.PI * 0.25 * 0.25, within(1e-12));
        });
    }

    @Test
    void planWithoutTurbulenceFitsTheSpreadOnly() {
        Plan plan = twin(sample(), 0.25, 1);
        Plan still = plan.withWeather(new org.leafdrop.model.Weather(plan.weather().validTimeUtc(),
                plan.weather().source(), plan.weather().station(), plan.weather().profiles(), false, List.of(),
                plan.weather().atmosphere(), new Turbulence.None()));

        Calibration.Result r = CALIBRATION.fit(still, new Calibration.Options(800, 7, 2), ProgressMonitor.NONE);

        assertThat(r.turbulence()).isEmpty();
        assertThat(r.turbulenceFactor()).isEqualTo(1);
        assertThat(r.objectiveAtFit()).isLessThan(r.objectiveAtStart());
        assertThat(r.fittedPlan().weather().turbulence()).isEqualTo(new Turbulence.None());
    }

    @Test
    void planWithoutObservationsIsRefused() {
        Plan plan = withObservations(sample(), List.of());

        assertThatThrownBy(() -> CALIBRATION.fit(plan, FAST, ProgressMonitor.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nothing to calibrate against: the plan has no `observations`");
    }

    @Test
    void applyCopiesACatalogTypeIntoThePlanWithTheFittedSpreadAndScalesTheTurbulence() {
        Plan plan = sample();

        Plan fitted = CALIBRATION.apply(plan, 0.3, 2);

        assertThat(fitted.leafletTypes()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("6x3-16lb");
            assertThat(d.descentSpreadFraction()).hasValue(0.3);
            LeafletSpec local = LeafletTypes.fromDef(d);
            LeafletSpec catalog = LeafletTypes.fromCatalog(LeafletCatalog.bundled().find("6x3-16lb").orElseThrow());
            assertThat(local.descentRateMps()).isEqualTo(catalog.descentRateMps());
            assertThat(local.leafletsPerLb()).isEqualTo(catalog.leafletsPerLb());
            assertThat(local.autorotates()).isEqualTo(catalog.autorotates());
        });
        Turbulence.BoundaryLayer before = (Turbulence.BoundaryLayer) plan.weather().turbulence();
        assertThat(fitted.weather().turbulence()).isInstanceOfSatisfying(Turbulence.BoundaryLayer.class, b -> {
            assertThat(b.frictionVelocityMps()).isEqualTo(2 * before.frictionVelocityMps());
            assertThat(b.freeSigmaHorizontalMps()).isEqualTo(2 * before.freeSigmaHorizontalMps());
            assertThat(b.freeSigmaVerticalMps()).isEqualTo(2 * before.freeSigmaVerticalMps());
            assertThat(b.mixingHeightAglM()).isEqualTo(before.mixingHeightAglM());
            assertThat(b.assumed()).isFalse();
        });
        assertThat(fitted.sorties()).isEqualTo(plan.sorties());
        assertThat(fitted.extras()).isEqualTo(plan.extras());
    }

    static Stream<CatalogLeaflet> catalogTypes() {
        return LeafletCatalog.bundled().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogTypes")
    void aCatalogTypeCopiedIntoThePlanConvertsPayloadsToTheSameCount(CatalogLeaflet c) {
        LeafletSpec local = LeafletTypes.fromDef(Calibration.fromCatalog(c, 0.1));

        // the mass cannot always give the catalog's leaflets per pound back exactly: at most an ulp above
        assertThat(local.leafletsPerLb().getAsDouble()).isBetween(c.leafletsPerLb(), Math.nextUp(c.leafletsPerLb()));
        for (int quarterLb = 1; quarterLb <= 4000; quarterLb++) {
            double payloadLb = quarterLb / 4.0;
            assertThat(LeafletTypes.leafletsForPayload(payloadLb, local.leafletsPerLb().getAsDouble()))
                    .as("%s lb", payloadLb).isEqualTo(LeafletTypes.leafletsForPayload(payloadLb, c.leafletsPerLb()));
        }
        assertThat(local.descentRateMps()).isEqualTo(c.descentRateMps());
    }
}
