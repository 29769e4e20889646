package org.leafdrop.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.coverage.TargetCoverage;
import org.leafdrop.io.PlanReader;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Plan;
import org.leafdrop.sim.ProgressMonitor;
import org.leafdrop.sim.Scenario;
import org.leafdrop.sim.SortieLandings;

/** Replays of the campaign samples against full simulations of the same plans. */
class CampaignReplayTest {
    private static Plan sample(String name) {
        return new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled())
                .read(Path.of("samples", name + ".leafdrop.json")).value().orElseThrow();
    }

    private static CampaignReplay replay(Plan plan, int particles, int threads) {
        return CampaignReplay.run(Scenario.prepare(plan), particles, plan.simulation().seed(), threads, 200, List.of(),
                "test", ProgressMonitor.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mosul-central-2016-10-16", "nineveh-2016-09", "west-mosul-2017-02-18"})
    void theDensityAtTheEndIsTheFullSimulationsDensity(String name) {
        Plan plan = sample(name);
        CampaignReplay replay = replay(plan, 2000, 2);
        PlanSimulator.Simulated full = PlanSimulator.simulate(plan, 2000, plan.simulation().seed(), 1, List.of(), "test",
                ProgressMonitor.NONE);
        double end = replay.activeFrameTimeS(replay.activeFrameCount() - 1);
        DensityGrid replayed = replay.density().at(end);
        DensityGrid simulated = DensityGrid.of(full.run(), plan.simulation().gridCellM());
        assertThat(replayed.columns()).isEqualTo(simulated.columns());
        assertThat(replayed.rows()).isEqualTo(simulated.rows());
        assertThat(replayed.minEastM()).isEqualTo(simulated.minEastM());
        for (int y = 0; y < simulated.rows(); y++) {
            for (int x = 0; x < simulated.columns(); x++) {
                assertThat(replayed.perKm2(x, y)).isEqualTo(simulated.perKm2(x, y));
            }
        }
        // and the same coverage figures as simulate gives
        assertThat(replay.result().targets()).isEqualTo(full.result().targets());
        assertThat(replay.result().totals()).isEqualTo(full.result().totals());
        for (int t = 0; t < plan.targets().size(); t++) {
            TargetCoverage tc = full.result().targets().get(t);
            assertThat(replay.leafletsLandedInTarget(t, end)).as(tc.id())
                    .isBetween(tc.leafletsInside() - plan.sorties().size(), tc.leafletsInside() + plan.sorties().size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mosul-2016-10-17-launch-day", "mosul-central-2016-10-16"})
    void theTimelineListsSortiesInReleaseOrderAndTheGroundOnlyFillsUp(String name) {
        Plan plan = sample(name);
        CampaignReplay replay = replay(plan, 1000, 2);
        List<CampaignReplay.SortieSpan> spans = replay.timeline();
        assertThat(spans).hasSize(plan.sorties().size());
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).releaseStartS()).isGreaterThanOrEqualTo(spans.get(i - 1).releaseStartS());
        }
        for (CampaignReplay.SortieSpan s : spans) {
            assertThat(s.sortieId()).isEqualTo(plan.sorties().get(s.sortieIndex()).id());
            assertThat(s.releaseStartS()).isEqualTo(plan.sorties().get(s.sortieIndex()).releaseTimeUtc().orElseThrow()
                    .getEpochSecond());
            assertThat(s.releaseEndS()).isGreaterThanOrEqualTo(s.releaseStartS());
            assertThat(s.firstLandingS()).isGreaterThan(s.releaseStartS());
            assertThat(s.lastLandingS()).isGreaterThanOrEqualTo(s.firstLandingS());
        }
        int[] frames = replay.activeFrames();
        for (int k = 1; k < frames.length; k++) {
            assertThat(frames[k]).isGreaterThan(frames[k - 1]);
        }
        // leaflets on the ground and in each target never decrease; all have landed at the end
        long before = -1;
        long[] inTargets = new long[plan.targets().size()];
        int step = Math.max(1, frames.length / 25);
        for (int k = 0; k < frames.length; k += step) {
            double t = replay.activeFrameTimeS(k);
            long landed = replay.leafletsLanded(t);
            assertThat(landed).isGreaterThanOrEqualTo(before);
            before = landed;
            for (int g = 0; g < inTargets.length; g++) {
                long now = replay.leafletsLandedInTarget(g, t);
                assertThat(now).isGreaterThanOrEqualTo(inTargets[g]);
                inTargets[g] = now;
            }
        }
        long released = plan.sorties().stream().mapToLong(s -> s.leafletCount().orElse(0)).sum();
        long landedAtEnd = replay.leafletsLanded(replay.activeFrameTimeS(frames.length - 1));
        long notLanded = 0;
        for (SortieLandings l : replay.traced().run().sorties()) {
            notLanded += Math.round(l.particlesNotLanded() * l.leafletsPerParticle());
        }
        assertThat(landedAtEnd + notLanded).isBetween(released - plan.sorties().size(), released + plan.sorties().size());
        // half-way through the first sortie's fall some of its leaflets are in the air
        CampaignReplay.SortieSpan first = spans.get(0);
        int mid = replay.clock().firstAtOrAfter((first.releaseEndS() + first.firstLandingS()) / 2);
        float[] buf = new float[3 * replay.traced().tracedCount(first.sortieIndex())];
        assertThat(replay.traced().aloftAt(first.sortieIndex(), mid, buf)).isPositive();
        // the density mid-way is below the final density everywhere
        DensityGrid midGrid = replay.density().at(replay.clock().timeS(mid));
        DensityGrid endGrid = replay.density().at(replay.activeFrameTimeS(frames.length - 1));
        double midSum = 0;
        double endSum = 0;
        for (int y = 0; y < endGrid.rows(); y++) {
            for (int x = 0; x < endGrid.columns(); x++) {
                assertThat(midGrid.perKm2(x, y)).isLessThanOrEqualTo(endGrid.perKm2(x, y) * (1 + 1e-12) + 1e-9);
                midSum += midGrid.perKm2(x, y);
                endSum += endGrid.perKm2(x, y);
            }
        }
        assertThat(midSum).isLessThan(endSum);
    }

    @org.junit.jupiter.api.Test
    void sortiesMonthsApartAreAllOnTheTimelineWithTheirClouds() {
        Plan plan = sample("mosul-central-2016-10-16");
        // the second sortie flown seven months later, as in a plan that gathers a whole campaign
        Plan months = plan.withSorties(List.of(plan.sorties().get(0), plan.sorties().get(1).withReleaseTimeUtc(
                plan.sorties().get(1).releaseTimeUtc().map(t -> t.plus(java.time.Duration.ofDays(214))))));
        CampaignReplay replay = replay(months, 500, 2);
        assertThat(replay.timeline()).extracting(CampaignReplay.SortieSpan::sortieId).containsExactly("s1", "s2");
        for (CampaignReplay.SortieSpan span : replay.timeline()) {
            int mid = replay.clock().firstAtOrAfter((span.releaseEndS() + span.firstLandingS()) / 2);
            float[] buf = new float[3 * replay.traced().tracedCount(span.sortieIndex())];
            assertThat(replay.traced().aloftAt(span.sortieIndex(), mid, buf)).as(span.sortieId()).isPositive();
            assertThat(replay.activeFrameTimeS(replay.activeFrameAtOrBefore(span.lastLandingS())))
                    .isGreaterThan(span.releaseStartS());
        }
        // only the frames with something in the air are played, not seven months of them
        assertThat(replay.activeFrameCount()).isLessThan(2_000);
    }
}
