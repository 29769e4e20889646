package org.leafdrop.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.leafdrop.io.PlanReader;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.TrackGeometry;
import org.leafdrop.planning.LandingPreview;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The live preview the window computes on every drag event, for a 16-sortie plan (the Mosul
 * sample's two sorties, free fall and leaflet bombs, repeated eight times over the city). Issue
 * 5's target: under 50 ms. Measures the whole step: scenario preparation plus the direct
 * integral of every sortie.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PreviewBenchmark {
    private Plan plan;

    @Setup
    public void setUp() {
        plan = sixteenSorties();
    }

    /** The sample with its sorties repeated to 16, each shifted a little so none coincide. */
    public static Plan sixteenSorties() {
        Plan sample = new PlanReader(org.leafdrop.model.LeafletCatalog.bundled(), org.leafdrop.model.DeviceCatalog.bundled()).read(Path.of("samples/mosul-central-2016-10-16.leafdrop.json")).value().orElseThrow();
        List<Sortie> sorties = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Sortie s = sample.sorties().get(i % sample.sorties().size());
            double d = 0.004 * (i / sample.sorties().size());
            sorties.add(new Sortie(s.id() + "-" + i, s.name(), s.aircraft(), s.targetId(), s.releaseMethod(),
                    new TrackGeometry(s.track().positions().stream().map(p -> new LonLat(p.lonDeg() + d, p.latDeg() - d))
                            .toList()), s.headingDeg(), s.altitudeAglM(), s.groundSpeedMps(), s.leafletType(),
                    s.leafletCount(), s.payloadLb(), s.releaseTimeUtc(), s.extras()));
        }
        return sample.withSorties(sorties);
    }

    @Benchmark
    public List<LandingPreview.SortiePreview> preview16Sorties() {
        return LandingPreview.compute(plan, Optional.empty());
    }
}
