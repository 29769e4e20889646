package org.leafdrop.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.leafdrop.coverage.SortieResult;
import org.leafdrop.coverage.SortieStatistics;
import org.leafdrop.io.PlanReader;
import org.leafdrop.model.Plan;
import org.leafdrop.sim.ProgressMonitor;
import org.junit.jupiter.api.Test;

class LandingPreviewTest {
    private static final Path SAMPLE = Path.of("samples/mosul-central-2016-10-16.leafdrop.json");

    private static Plan sample() {
        return new PlanReader(org.leafdrop.model.LeafletCatalog.bundled(), org.leafdrop.model.DeviceCatalog.bundled()).read(SAMPLE).value().orElseThrow();
    }

    @Test
    void previewCentroidsAgreeWithTheFullRunWithinAFewPercentOfTheDrift() {
        Plan plan = sample();
        PlanSimulator.Simulated full = PlanSimulator.simulate(plan, 4000, 7, 2, List.of(), "test", ProgressMonitor.NONE);
        List<LandingPreview.SortiePreview> preview = LandingPreview.compute(plan, Optional.empty());
        assertThat(preview).hasSize(plan.sorties().size());
        for (int i = 0; i < preview.size(); i++) {
            SortieStatistics st = full.result().sorties().get(i).statistics().orElseThrow();
            LandingPreview.SortiePreview p = preview.get(i);
            assertThat(p.sortieId()).isEqualTo(plan.sorties().get(i).id());
            double miss = Math.hypot(p.landingCentroid().eastM() - st.landingCentroid().eastM(),
                    p.landingCentroid().northM() - st.landingCentroid().northM());
            // turbulence and the descent spread move the mean a little; the direct integral has neither
            assertThat(miss).as("sortie %s miss (m) for drift %.0f m", p.sortieId(), st.driftM())
                    .isLessThan(0.05 * st.driftM() + 100);
            assertThat(p.driftM()).isCloseTo(st.driftM(), within(0.05 * st.driftM() + 100));
            assertThat(p.ellipseFromRun()).isFalse();
            // the estimate is an estimate: the same size as the run's ellipse within a factor of two
            assertThat(p.ellipse().sigmaMajorM()).isBetween(st.ellipse().sigmaMajorM() / 2, st.ellipse().sigmaMajorM() * 2);
        }
    }

    @Test
    void aLastRunLendsItsEllipseShapeAndTheCentroidFollowsTheTrack() {
        Plan plan = sample();
        PlanSimulator.Simulated full = PlanSimulator.simulate(plan, 2000, 7, 2, List.of(), "test", ProgressMonitor.NONE);
        Plan moved = plan.withSorties(plan.sorties().stream().map(s -> s.withTrack(new org.leafdrop.model.TrackGeometry(
                s.track().positions().stream().map(p -> new org.leafdrop.model.LonLat(p.lonDeg() + 0.01, p.latDeg()))
                        .toList()))).toList());
        List<LandingPreview.SortiePreview> before = LandingPreview.compute(plan, Optional.of(full.result()));
        List<LandingPreview.SortiePreview> after = LandingPreview.compute(moved, Optional.of(full.result()));
        for (int i = 0; i < before.size(); i++) {
            SortieResult sr = full.result().sorties().get(i);
            assertThat(after.get(i).ellipseFromRun()).isTrue();
            assertThat(after.get(i).ellipse()).isEqualTo(sr.statistics().orElseThrow().ellipse());
            double dLon = after.get(i).landingCentroid().lonLat().lonDeg() - before.get(i).landingCentroid().lonLat().lonDeg();
            // drift is translation-invariant over flat ground: the landing moves with the track
            assertThat(dLon).isCloseTo(0.01, within(0.0005));
        }
    }
}
