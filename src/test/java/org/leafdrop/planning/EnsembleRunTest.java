package org.leafdrop.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.leafdrop.coverage.CoverageFixtures;
import org.leafdrop.model.Atmosphere;
import org.leafdrop.model.EnsembleMember;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LeafletTypeDef;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.ProgressMonitor;

class EnsembleRunTest {
    /**
     * A release upwind of a 400 m square target, placed so the still-air drift lands on it;
     * 200,000 leaflets in a cloud of about 100 m: far above the threshold all over the target.
     */
    private static Plan plan(List<EnsembleMember> ensemble, double windMps) {
        Target target = CoverageFixtures.target("t", "square", 0,
                CoverageFixtures.rectangle(CoverageFixtures.MOSUL, -200, -200, 200, 200));
        LeafletTypeDef leaflet = new LeafletTypeDef("l", Optional.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(1.0), Optional.empty(),
                OptionalDouble.of(0.1), Extras.NONE);
        Weather weather = new Weather(Optional.empty(), Optional.empty(), Optional.empty(), List.of(new WindProfile(
                Optional.empty(), List.of(new WindLevel(0, 270, windMps)))), false, ensemble, new Atmosphere.Isa(),
                new Turbulence.Constant(0.3, 0, 100));
        double[] ll = CoverageFixtures.MOSUL.toLonLat(-windMps * 300, 0);
        Sortie s = new Sortie("s1", Optional.empty(), Optional.empty(), Optional.of("t"), new ReleaseMethod.FreeFall(),
                TrackGeometry.point(new LonLat(ll[0], ll[1])), OptionalDouble.empty(), 300, OptionalDouble.empty(),
                "l", OptionalLong.of(200_000), OptionalDouble.empty(), Optional.empty(), Extras.NONE);
        return new Plan(1, "ensemble", Optional.empty(), 0, List.of(target), List.of(), List.of(leaflet), weather,
                List.of(s), new SimulationSettings(2000, 1, 1.0, 100, 1000), Extras.NONE);
    }

    @Test
    void theDefaultPerturbationsAreNineWindsAroundThePlans() {
        WindProfile base = new WindProfile(Optional.empty(), List.of(new WindLevel(0, 350, 10)));
        List<WindProfile> members = EnsembleRun.perturbations(base);
        assertThat(members).hasSize(9);
        assertThat(members).contains(base);
        assertThat(members.get(0).levels().get(0).speedMps()).isCloseTo(8, within(1e-12));
        assertThat(members.get(0).levels().get(0).fromDeg()).isCloseTo(335, within(1e-12));
        assertThat(members.get(8).levels().get(0).fromDeg()).isCloseTo(5, within(1e-12)); // 350 + 15 wraps
    }

    @Test
    void aTargetCoveredInEveryMemberHasProbabilityOne() {
        // 1 m/s: the perturbed winds move the cloud by under 80 m
        EnsembleRun.Summary s = new EnsembleRun(new ParticleEngine(2)).run(plan(List.of(), 1), 2000, 1,
                ProgressMonitor.NONE);
        assertThat(s.members()).isEqualTo(9);
        assertThat(s.source()).startsWith("default perturbations");
        assertThat(s.targets().get(0).probabilityAboveThreshold()).isEqualTo(1.0);
        assertThat(s.sorties().get(0).meanMissM()).isPresent();
        // every member covers the middle of the target; far away none does
        assertThat(s.probabilityAboveThreshold().perKm2At(0, 0)).isEqualTo(1.0);
        assertThat(s.probabilityAboveThreshold().perKm2At(20_000, 20_000)).isZero();
    }

    @Test
    void thePlansOwnMembersAreUsedWhenItHasThem() {
        // members blowing at 40 m/s from the west carry every leaflet kilometres past the target
        List<EnsembleMember> members = List.of(
                new EnsembleMember("gale-1", new WindProfile(Optional.empty(), List.of(new WindLevel(0, 270, 40)))),
                new EnsembleMember("gale-2", new WindProfile(Optional.empty(), List.of(new WindLevel(0, 260, 40)))));
        EnsembleRun.Summary s = new EnsembleRun(new ParticleEngine(2)).run(plan(members, 2), 2000, 1,
                ProgressMonitor.NONE);
        assertThat(s.members()).isEqualTo(2);
        assertThat(s.source()).isEqualTo("weather.ensemble");
        assertThat(s.targets().get(0).probabilityAboveThreshold()).isZero();
        assertThat(s.probabilityAboveThreshold().perKm2At(0, 0)).isZero();
        assertThat(s.sorties().get(0).meanMissM().orElseThrow()).isGreaterThan(5000);
    }
}
