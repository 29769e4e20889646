package org.leafdrop.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leafdrop.ui.edit.EditFixtures.mosul;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.TrackGeometry;

/**
 * Random sequences of edits on the Mosul sample: refused edits change nothing, every accepted
 * plan stays valid for the reader, undoing everything gives back the sample exactly and redoing
 * everything the final plan, step by step.
 */
class EditSequencePropertyTest {
    private static final long SEED = 20161016L;
    private static final int STEPS = 30;

    static Stream<Arguments> cases() {
        SplittableRandom rng = new SplittableRandom(SEED);
        return IntStream.range(0, 40).mapToObj(i -> Arguments.of(i, rng.nextLong()));
    }

    @ParameterizedTest(name = "seed 20161016 case {0}")
    @MethodSource("cases")
    void randomEditsUndoToTheOriginalAndRedoToTheFinalPlan(int caseIndex, long caseSeed) {
        SplittableRandom rng = new SplittableRandom(caseSeed);
        PlanEditor editor = EditFixtures.editor();
        List<Plan> states = new ArrayList<>(List.of(editor.plan()));
        List<String> names = new ArrayList<>();
        int refused = 0;
        for (int step = 0; step < STEPS; step++) {
            Plan before = editor.plan();
            long revision = editor.revision();
            EditCommand command = randomEdit(before, rng);
            Optional<String> refusal = editor.tryApply(command);
            if (refusal.isPresent()) {
                refused++;
                assertThat(editor.plan()).isSameAs(before);
                assertThat(editor.revision()).isEqualTo(revision);
                assertThat(refusal.get()).startsWith("Cannot ");
            } else if (editor.plan() != before) {
                states.add(editor.plan());
                names.add(command.name());
                assertStaysValid(editor.plan());
            }
        }
        Plan last = editor.plan();
        assertThat(states.size() - 1).as("accepted edits (%d refused)", refused).isGreaterThan(STEPS / 3);
        assertThat(EditFixtures.errorsAfterRoundTrip(last)).isEmpty();

        for (int i = states.size() - 1; i > 0; i--) {
            assertThat(editor.undoNameProperty().get()).isEqualTo(names.get(i - 1));
            editor.undo();
            assertThat(editor.plan()).isEqualTo(states.get(i - 1));
        }
        assertThat(editor.canUndo()).isFalse();
        assertThat(editor.plan()).isEqualTo(mosul());
        assertThat(editor.isDirty()).isFalse();

        for (int i = 1; i < states.size(); i++) {
            editor.redo();
            assertThat(editor.plan()).isEqualTo(states.get(i));
        }
        assertThat(editor.canRedo()).isFalse();
        assertThat(editor.plan()).isEqualTo(last);
    }

    private static void assertStaysValid(Plan plan) {
        for (PlanElement e : PlanShapes.elements(plan)) {
            if (e.kind() != PlanElement.Kind.SORTIE) {
                assertThat(AreaValidity.problem(PlanShapes.area(plan, e, ""))).as("%s", e).isEmpty();
            }
        }
        for (PlanElement.Kind kind : PlanElement.Kind.values()) {
            List<String> ids = PlanIds.idsOf(plan, kind);
            assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        }
        for (Sortie s : plan.sorties()) {
            s.targetId().ifPresent(t -> assertThat(plan.target(t)).as("target of %s", s.id()).isPresent());
        }
    }

    private static EditCommand randomEdit(Plan plan, SplittableRandom rng) {
        List<PlanElement> elements = PlanShapes.elements(plan);
        int kind = rng.nextInt(100);
        if (elements.isEmpty() || kind < 8) {
            return addArea(plan, rng, rng.nextBoolean());
        }
        PlanElement e = elements.get(rng.nextInt(elements.size()));
        List<PlanShapes.Vertex> vertices = PlanShapes.vertices(plan, e);
        PlanShapes.Vertex v = vertices.get(rng.nextInt(vertices.size()));
        if (kind < 35) {
            return MoveVertexCommand.of(v.ref(), jitter(v.at(), 0.006, rng));
        }
        if (kind < 55) {
            List<LonLat> line = PlanShapes.line(plan, v.ref(), "");
            LonLat next = line.get((v.ref().vertexIndex() + 1) % line.size());
            LonLat mid = new LonLat((v.at().lonDeg() + next.lonDeg()) / 2, (v.at().latDeg() + next.latDeg()) / 2);
            return InsertVertexCommand.onSegment(v.ref(), jitter(mid, 0.002, rng));
        }
        if (kind < 70) {
            return DeleteVertexCommand.of(v.ref());
        }
        if (kind < 80) {
            return MoveShapeCommand.of(e, rng.nextDouble(-0.01, 0.01), rng.nextDouble(-0.01, 0.01));
        }
        if (kind < 85) {
            return DeleteElementCommand.of(e);
        }
        if (kind < 90) {
            return RenameCommand.of(e, rng.nextBoolean() ? "" : "Name " + rng.nextInt(1000));
        }
        if (kind < 95) {
            return addArea(plan, rng, false);
        }
        LonLat start = randomPosition(rng);
        TrackGeometry track = rng.nextBoolean() ? TrackGeometry.point(start)
                : TrackGeometry.line(List.of(start, jitter(start, 0.02, rng)));
        return AddSortieCommand.newTrack(PlanIds.next(plan, PlanElement.Kind.SORTIE), track,
                Optional.of(elements.get(rng.nextInt(elements.size()))), EditFixtures.DEFAULTS);
    }

    /** A random quadrilateral: convex, concave or crossing, so some are refused. */
    private static EditCommand addArea(Plan plan, SplittableRandom rng, boolean target) {
        LonLat c = randomPosition(rng);
        List<LonLat> ring = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ring.add(jitter(c, 0.01, rng));
        }
        ring.add(ring.get(0));
        AreaGeometry g = AreaGeometry.polygon(ring);
        return target ? AddTargetCommand.of(PlanIds.next(plan, PlanElement.Kind.TARGET), g)
                : AddExclusionCommand.of(PlanIds.next(plan, PlanElement.Kind.EXCLUSION), g);
    }

    private static LonLat randomPosition(SplittableRandom rng) {
        return new LonLat(rng.nextDouble(43.05, 43.20), rng.nextDouble(36.28, 36.42));
    }

    private static LonLat jitter(LonLat p, double maxDeg, SplittableRandom rng) {
        return new LonLat(p.lonDeg() + rng.nextDouble(-maxDeg, maxDeg), p.latDeg() + rng.nextDouble(-maxDeg, maxDeg));
    }
}
