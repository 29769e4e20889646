package org.leafdrop.sim;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.leafdrop.model.Atmosphere;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LeafletTypeDef;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;

/** Small plans built in code for engine tests: one leaflet type "test" near Mosul. */
final class TestPlans {
    static final LonLat MOSUL = new LonLat(43.13, 36.34);

    private TestPlans() {
    }

    static LeafletTypeDef leaflet(double w0Mps, double spread) {
        return new LeafletTypeDef("test", Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.of(w0Mps), Optional.empty(), OptionalDouble.of(spread),
                Extras.NONE);
    }

    static Sortie sortie(String id, TrackGeometry track, double altitudeAglM, ReleaseMethod method,
                         OptionalDouble groundSpeedMps, OptionalDouble headingDeg) {
        return new Sortie(id, Optional.empty(), Optional.empty(), Optional.empty(), method, track, headingDeg,
                altitudeAglM, groundSpeedMps, "test", OptionalLong.of(100_000), OptionalDouble.empty(),
                Optional.empty(), Extras.NONE);
    }

    static Sortie pointSortie(double altitudeAglM) {
        return sortie("s1", TrackGeometry.point(MOSUL), altitudeAglM, new ReleaseMethod.FreeFall(),
                OptionalDouble.empty(), OptionalDouble.empty());
    }

    static Plan plan(double groundMslM, LeafletTypeDef type, Weather weather, Sortie... sorties) {
        return new Plan(1, "test", Optional.empty(), groundMslM, List.of(), List.of(), List.of(type), weather,
                List.of(sorties), SimulationSettings.DEFAULTS, Extras.NONE);
    }

    static Weather uniformWind(double fromDeg, double speedMps, Turbulence turbulence) {
        return Weather.steady(List.of(new WindLevel(0, fromDeg, speedMps)), turbulence);
    }

    static Weather withAtmosphere(Weather w, Atmosphere a) {
        return new Weather(w.validTimeUtc(), w.source(), w.station(), w.profiles(), w.timeVarying(), w.ensemble(), a,
                w.turbulence());
    }

    /** A sounding with sea-level density everywhere up to 40 km: the fall speed never changes. */
    static Atmosphere constantDensity() {
        return new Atmosphere.Sounding(List.of(new Atmosphere.SoundingLevel(-1000, 1013.25, 15),
                new Atmosphere.SoundingLevel(40000, 1013.25, 15)));
    }

    static Weather steadyProfile(List<WindLevel> levels, Turbulence t) {
        return new Weather(Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new WindProfile(Optional.empty(), levels)), false, List.of(), new Atmosphere.Isa(), t);
    }
}
