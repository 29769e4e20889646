package org.leafdrop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.leafdrop.model.Atmosphere;
import org.leafdrop.model.EnsembleMember;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;

class ScenarioTest {
    private static final Instant T0 = Instant.parse("2016-10-15T22:00:00Z");

    private static Weather twoProfiles(List<EnsembleMember> ensemble) {
        return new Weather(Optional.empty(), Optional.empty(), Optional.empty(), List.of(
                new WindProfile(Optional.of(T0), List.of(new WindLevel(0, 270, 5))),
                new WindProfile(Optional.of(T0.plusSeconds(3600)), List.of(new WindLevel(0, 280, 6)))),
                true, ensemble, new Atmosphere.Isa(), new Turbulence.None());
    }

    private static Sortie releasedAt(Optional<Instant> t) {
        return new Sortie("s1", Optional.empty(), Optional.empty(), Optional.empty(), new ReleaseMethod.FreeFall(),
                TrackGeometry.point(TestPlans.MOSUL), OptionalDouble.empty(), 1000, OptionalDouble.empty(), "test",
                OptionalLong.of(1000), OptionalDouble.empty(), t, Extras.NONE);
    }

    @Test
    void theFrameSitsAtTheFirstSortiesTrackWithoutTargets() {
        Scenario sc = Scenario.prepare(TestPlans.plan(0, TestPlans.leaflet(1, 0),
                TestPlans.uniformWind(0, 0, new Turbulence.None()), TestPlans.pointSortie(500)));
        assertThat(sc.frame().originLonDeg()).isEqualTo(TestPlans.MOSUL.lonDeg());
        assertThat(sc.sorties().get(0).track().centroid()[0]).isCloseTo(0, within(1e-6));
    }

    @Test
    void aReleaseOutsideTheWindProfilesTimesIsNoted() {
        Plan plan = TestPlans.plan(0, TestPlans.leaflet(1, 0), twoProfiles(List.of()),
                releasedAt(Optional.of(Instant.parse("2020-01-01T00:00:00Z"))));
        assertThat(Scenario.prepare(plan).assumptions())
                .anyMatch(a -> a.contains("outside the wind profiles' times") && a.contains("nearest profile"));
    }

    @Test
    void aMissingReleaseTimeWithTimeVaryingWindsSaysWhichTimeIsUsed() {
        Plan plan = TestPlans.plan(0, TestPlans.leaflet(1, 0), twoProfiles(List.of()), releasedAt(Optional.empty()));
        assertThat(Scenario.prepare(plan).assumptions())
                .anyMatch(a -> a.contains("no releaseTimeUtc") && a.contains("2016-10-15T22:00:00Z"));
    }

    @Test
    void ensembleMembersUnusedByThisRunAreNoted() {
        Plan plan = TestPlans.plan(0, TestPlans.leaflet(1, 0), twoProfiles(List.of(new EnsembleMember("m1",
                new WindProfile(Optional.empty(), List.of(new WindLevel(0, 0, 1)))))),
                releasedAt(Optional.of(T0)));
        assertThat(Scenario.prepare(plan).assumptions()).anyMatch(a -> a.contains("weather.ensemble has 1 members"));
    }

    @Test
    void boxNotesNameOnlyWhatIsAssumed() {
        Sortie box = TestPlans.sortie("box", TrackGeometry.line(List.of(new LonLat(43.0, 36.3),
                        new LonLat(43.01, 36.3))), 600, new ReleaseMethod.StaticLineBox(OptionalLong.of(2000),
                        OptionalDouble.of(30), OptionalDouble.of(50)), OptionalDouble.of(60), OptionalDouble.empty());
        List<String> notes = Scenario.prepare(TestPlans.plan(0, TestPlans.leaflet(1, 0),
                TestPlans.uniformWind(0, 0, new Turbulence.None()), box)).assumptions();
        assertThat(notes).noneMatch(n -> n.contains("15 m")).noneMatch(n -> n.contains("leaflets per box"))
                .noneMatch(n -> n.contains("cloud radius")).anyMatch(n -> n.contains("mass 5 kg"));
    }
}
