package org.leafdrop.bench;

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

/** The benchmark plan P1 of bench/p1.leafdrop.json, built in code so the benchmark needs no reader. */
public final class BenchPlans {
    private BenchPlans() {
    }

    /** 50,000 particles, 2 km release at Mosul, constant turbulence, 1 s steps. */
    public static Plan p1(Turbulence turbulence) {
        LeafletTypeDef leaflet = new LeafletTypeDef("p1-leaflet", Optional.of("test leaflet 0.762 m/s"),
                OptionalDouble.of(0.1524), OptionalDouble.of(0.0762), OptionalDouble.of(0.000874),
                OptionalDouble.of(0.762), Optional.of(true), OptionalDouble.of(0.15), Extras.NONE);
        Weather weather = new Weather(Optional.empty(), Optional.of("manual"), Optional.empty(),
                List.of(new WindProfile(Optional.empty(), List.of(new WindLevel(223, 300, 3.0),
                        new WindLevel(1200, 290, 7.0), new WindLevel(2500, 280, 10.0)))),
                false, List.of(), new Atmosphere.Isa(), turbulence);
        Sortie s1 = new Sortie("s1", Optional.of("Pass 1"), Optional.of("C-130H"), Optional.empty(),
                new ReleaseMethod.FreeFall(), TrackGeometry.point(new LonLat(43.05, 36.34)), OptionalDouble.empty(),
                2000, OptionalDouble.of(72), "p1-leaflet", OptionalLong.of(100_000), OptionalDouble.empty(),
                Optional.empty(), Extras.NONE);
        return new Plan(1, "Benchmark P1", Optional.empty(), 223, List.of(), List.of(), List.of(leaflet), weather,
                List.of(s1), new SimulationSettings(50_000, 1, 1.0, 100, 1000), Extras.NONE);
    }

    public static Plan p1() {
        return p1(new Turbulence.Constant(0.5, 0.1, 100));
    }
}
