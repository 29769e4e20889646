package org.leafdrop.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leafdrop.ui.edit.EditFixtures.area;
import static org.leafdrop.ui.edit.EditFixtures.ll;
import static org.leafdrop.ui.edit.EditFixtures.mosul;
import static org.leafdrop.ui.edit.EditFixtures.outerRing;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.model.TrackGeometry;

class EditCommandsTest {
    private static final PlanElement OLD_CITY = PlanElement.target("old-city");
    private static final PlanElement WEST = PlanElement.target("west-mosul");
    private static final PlanElement TIGRIS = PlanElement.exclusion("tigris");
    private static final PlanElement S1 = PlanElement.sortie("s1");
    private static final PlanElement S2 = PlanElement.sortie("s2");

    /** A U open to the north, in degrees near Mosul: deleting its south-east corner makes the ring cross itself. */
    private static final AreaGeometry U_SHAPE = area(ll(43.00, 36.00), ll(43.04, 36.00), ll(43.04, 36.04),
            ll(43.03, 36.04), ll(43.03, 36.01), ll(43.01, 36.01), ll(43.01, 36.04), ll(43.00, 36.04));

    private static Plan withU() {
        return AddTargetCommand.of("u", U_SHAPE).applyTo(mosul());
    }

    @Test
    void movingTheFirstVertexOfARingMovesItsClosingPositionToo() {
        Plan after = MoveVertexCommand.of(VertexRef.outer(OLD_CITY, 0), ll(43.1235, 36.3325)).applyTo(mosul());

        List<LonLat> ring = outerRing(after, "old-city");
        assertThat(ring).containsExactly(ll(43.1235, 36.3325), ll(43.142, 36.333), ll(43.133, 36.351),
                ll(43.122, 36.349), ll(43.1235, 36.3325));
        assertThat(after.targets().get(1)).isSameAs(mosul().targets().get(1));
        assertThat(after.sorties()).isEqualTo(mosul().sorties());
    }

    @Test
    void movingATrackPositionChangesOnlyThatPosition() {
        Plan after = MoveVertexCommand.of(VertexRef.track("s1", 1), ll(43.11, 36.38)).applyTo(mosul());

        assertThat(after.sorties().get(0).track().positions()).containsExactly(ll(43.08787, 36.35776), ll(43.11, 36.38));
        assertThat(after.sorties().get(0).withTrack(mosul().sorties().get(0).track())).isEqualTo(mosul().sorties().get(0));
    }

    @Test
    void aVertexMovedAcrossTheOppositeEdgeIsRefusedNamingTheTargetAndNothingChanges() {
        PlanEditor editor = EditFixtures.editor();
        long revision = editor.revision();

        assertThatThrownBy(() -> editor.apply(MoveVertexCommand.of(VertexRef.outer(OLD_CITY, 1), ll(43.110, 36.340))))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageStartingWith("Cannot move the vertex: target \u201COld City, west bank (approximate)\u201D"
                        + " would cross itself near ");
        assertThat(editor.plan()).isSameAs(mosul());
        assertThat(editor.revision()).isEqualTo(revision);
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void tryApplyReturnsTheRefusalForTheStatusBar() {
        PlanEditor editor = EditFixtures.editor();

        Optional<String> refused = editor.tryApply(MoveVertexCommand.of(VertexRef.outer(OLD_CITY, 1), ll(43.110, 36.340)));

        assertThat(refused).hasValueSatisfying(m -> assertThat(m).contains("would cross itself"));
        assertThat(editor.plan()).isSameAs(mosul());
        assertThat(editor.tryApply(RenameCommand.of(OLD_CITY, "Old City"))).isEmpty();
        assertThat(editor.plan().target("old-city").orElseThrow().name()).hasValue("Old City");
    }

    @Test
    void aVertexMovedOntoItsNeighbourIsRefused() {
        assertThatThrownBy(() -> MoveVertexCommand.of(VertexRef.outer(OLD_CITY, 0), ll(43.142, 36.333)).applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("Cannot move the vertex: two neighbouring vertices would be on the same spot");
        assertThatThrownBy(() -> MoveVertexCommand.of(VertexRef.track("s1", 1), ll(43.08787, 36.35776)).applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class);
    }

    @Test
    void aVertexThatIsNoLongerThereIsRefused() {
        assertThatThrownBy(() -> MoveVertexCommand.of(VertexRef.outer(OLD_CITY, 4), ll(43.13, 36.34)).applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("has no vertex 5");
        assertThatThrownBy(() -> MoveVertexCommand.of(VertexRef.outer(PlanElement.target("gone"), 0), ll(43.13, 36.34))
                .applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("Cannot move the vertex: target gone is no longer in the plan");
    }

    @Test
    void insertVertexPutsTheNewVertexAfterTheSegmentStart() {
        Plan after = InsertVertexCommand.onSegment(VertexRef.outer(OLD_CITY, 0), ll(43.13, 36.333)).applyTo(mosul());

        assertThat(outerRing(after, "old-city")).containsExactly(ll(43.121, 36.334), ll(43.13, 36.333),
                ll(43.142, 36.333), ll(43.133, 36.351), ll(43.122, 36.349), ll(43.121, 36.334));
    }

    @Test
    void insertVertexOnTheClosingSegmentGoesBeforeTheClosingPosition() {
        Plan after = InsertVertexCommand.onSegment(VertexRef.outer(OLD_CITY, 3), ll(43.121, 36.342)).applyTo(mosul());

        assertThat(outerRing(after, "old-city")).containsExactly(ll(43.121, 36.334), ll(43.142, 36.333),
                ll(43.133, 36.351), ll(43.122, 36.349), ll(43.121, 36.342), ll(43.121, 36.334));
    }

    @Test
    void insertVertexOnATrackAndRefusedOnAPointOrPastTheEnd() {
        Plan after = InsertVertexCommand.onSegment(VertexRef.track("s1", 0), ll(43.095, 36.364)).applyTo(mosul());
        assertThat(after.sorties().get(0).track().positions())
                .containsExactly(ll(43.08787, 36.35776), ll(43.095, 36.364), ll(43.10221, 36.37157));

        assertThatThrownBy(() -> InsertVertexCommand.onSegment(VertexRef.track("s2", 0), ll(43.02, 36.39)).applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("Cannot insert a vertex: a point release has no segment to split");
        assertThatThrownBy(() -> InsertVertexCommand.onSegment(VertexRef.track("s1", 1), ll(43.02, 36.39)).applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("has no segment 2");
    }

    @Test
    void insertingAVertexThatMakesTheRingCrossItselfIsRefused() {
        // far to the east of the Old City's southern edge: the new edges cross the eastern edge
        assertThatThrownBy(() -> InsertVertexCommand.onSegment(VertexRef.outer(OLD_CITY, 3), ll(43.16, 36.342))
                .applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("would cross itself");
    }

    @Test
    void deletingTheFirstVertexOfARingClosesItOnTheNextOne() {
        Plan plan = InsertVertexCommand.onSegment(VertexRef.outer(OLD_CITY, 0), ll(43.13, 36.333)).applyTo(mosul());

        Plan after = DeleteVertexCommand.of(VertexRef.outer(OLD_CITY, 0)).applyTo(plan);

        assertThat(outerRing(after, "old-city")).containsExactly(ll(43.13, 36.333), ll(43.142, 36.333),
                ll(43.133, 36.351), ll(43.122, 36.349), ll(43.13, 36.333));
    }

    @Test
    void deleteVertexIsRefusedBelowThreeRingVerticesTwoLinePositionsAndForAPoint() {
        assertThatThrownBy(() -> DeleteVertexCommand.of(VertexRef.outer(OLD_CITY, 2)).applyTo(
                DeleteVertexCommand.of(VertexRef.outer(OLD_CITY, 2)).applyTo(mosul())))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("Cannot delete the vertex: an area needs at least 3 vertices");
        assertThatThrownBy(() -> DeleteVertexCommand.of(VertexRef.track("s1", 0)).applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("Cannot delete the vertex: a release line needs at least 2 positions");
        assertThatThrownBy(() -> DeleteVertexCommand.of(VertexRef.track("s2", 0)).applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("Cannot delete the vertex: a point release keeps its position (delete the sortie instead)");
    }

    @Test
    void deletingAVertexThatMakesTheRingCrossItselfIsRefused() {
        Plan plan = withU();
        // without its south-east corner the U's new south edge runs diagonally through its own arms
        assertThatThrownBy(() -> DeleteVertexCommand.of(VertexRef.outer(PlanElement.target("u"), 1)).applyTo(plan))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageStartingWith("Cannot delete the vertex: target u would cross itself near ");
        Plan fine = DeleteVertexCommand.of(VertexRef.outer(PlanElement.target("u"), 2)).applyTo(plan);
        assertThat(outerRing(fine, "u")).hasSize(8).doesNotContain(ll(43.04, 36.04));
    }

    @Test
    void moveShapeTranslatesEveryPositionOfAnAreaOrTrack() {
        Plan movedArea = MoveShapeCommand.of(TIGRIS, 0.01, -0.02).applyTo(mosul());
        List<LonLat> before = mosul().exclusions().get(0).geometry().firstOuterRing();
        List<LonLat> after = movedArea.exclusions().get(0).geometry().firstOuterRing();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).isEqualTo(ll(before.get(i).lonDeg() + 0.01, before.get(i).latDeg() - 0.02));
        }

        Plan movedTrack = MoveShapeCommand.of(S2, -0.001, 0.002).applyTo(mosul());
        assertThat(movedTrack.sorties().get(1).track()).isEqualTo(TrackGeometry.point(ll(43.01117 - 0.001, 36.39248 + 0.002)));
    }

    @Test
    void moveShapeOffTheMapIsRefused() {
        assertThatThrownBy(() -> MoveShapeCommand.of(OLD_CITY, 0, 60).applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageStartingWith("Cannot move the target: it would leave the map");
    }

    @Test
    void deletingATargetClearsTheSortiesAimedAtItAndUndoRestoresThePlanExactly() {
        PlanEditor editor = EditFixtures.editor();
        editor.select(Optional.of(WEST));

        editor.apply(DeleteElementCommand.of(WEST));

        Plan after = editor.plan();
        assertThat(after.targets()).extracting(Target::id).containsExactly("old-city");
        assertThat(after.sorties()).extracting(Sortie::targetId).containsExactly(Optional.of("old-city"), Optional.empty());
        Sortie s2 = mosul().sorties().get(1);
        assertThat(after.sorties().get(1)).isEqualTo(new Sortie(s2.id(), s2.name(), s2.aircraft(), Optional.empty(),
                s2.releaseMethod(), s2.track(), s2.headingDeg(), s2.altitudeAglM(), s2.groundSpeedMps(),
                s2.leafletType(), s2.leafletCount(), s2.payloadLb(), s2.releaseTimeUtc(), s2.extras()));
        assertThat(editor.selection()).isEmpty();
        assertThat(EditFixtures.errorsAfterRoundTrip(after)).isEmpty();

        editor.undo();

        assertThat(editor.plan()).isEqualTo(mosul());
        assertThat(editor.plan().sorties().get(1).targetId()).hasValue("west-mosul");
    }

    @Test
    void deletingExclusionsAndSortiesRemovesOnlyThem() {
        Plan noTigris = DeleteElementCommand.of(TIGRIS).applyTo(mosul());
        assertThat(noTigris.exclusions()).isEmpty();
        assertThat(noTigris.targets()).isEqualTo(mosul().targets());

        Plan noS1 = DeleteElementCommand.of(S1).applyTo(mosul());
        assertThat(noS1.sorties()).extracting(Sortie::id).containsExactly("s2");
        assertThatThrownBy(() -> DeleteElementCommand.of(S1).applyTo(noS1))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("Cannot delete the sortie: sortie s1 is no longer in the plan");
    }

    @Test
    void renameTrimsTheNameAndABlankNameRemovesIt() {
        Plan named = RenameCommand.of(TIGRIS, "  Tigris river ").applyTo(mosul());
        assertThat(named.exclusions().get(0).name()).hasValue("Tigris river");
        assertThat(named.exclusions().get(0).geometry()).isEqualTo(mosul().exclusions().get(0).geometry());
        assertThat(named.exclusions().get(0).extras()).isEqualTo(mosul().exclusions().get(0).extras());

        Plan unnamed = RenameCommand.of(S2, "  ").applyTo(mosul());
        assertThat(unnamed.sorties().get(1).name()).isEmpty();
        assertThat(unnamed.sorties().get(1).leafletCount()).isEqualTo(OptionalLong.of(60000));
    }

    static Stream<Arguments> commandsAndNames() {
        return Stream.of(
                Arguments.of(AddTargetCommand.of("t1", area(ll(43.2, 36.4), ll(43.21, 36.4), ll(43.21, 36.41))), "Add target"),
                Arguments.of(AddExclusionCommand.of("x1", area(ll(43.2, 36.4), ll(43.21, 36.4), ll(43.21, 36.41))),
                        "Add exclusion"),
                Arguments.of(AddSortieCommand.newTrack("s3", TrackGeometry.point(ll(43.2, 36.4)), Optional.empty(),
                        EditFixtures.DEFAULTS), "Add sortie"),
                Arguments.of(MoveVertexCommand.of(VertexRef.outer(OLD_CITY, 0), ll(43.1235, 36.3325)), "Move vertex"),
                Arguments.of(InsertVertexCommand.onSegment(VertexRef.outer(OLD_CITY, 0), ll(43.13, 36.333)), "Insert vertex"),
                Arguments.of(DeleteVertexCommand.of(VertexRef.outer(WEST, 3)), "Delete vertex"),
                Arguments.of(MoveShapeCommand.of(OLD_CITY, 0.001, 0), "Move target"),
                Arguments.of(MoveShapeCommand.of(TIGRIS, 0.001, 0), "Move exclusion"),
                Arguments.of(MoveShapeCommand.of(S1, 0.001, 0), "Move track"),
                Arguments.of(DeleteElementCommand.of(OLD_CITY), "Delete target"),
                Arguments.of(DeleteElementCommand.of(TIGRIS), "Delete exclusion"),
                Arguments.of(DeleteElementCommand.of(S2), "Delete sortie"),
                Arguments.of(RenameCommand.of(OLD_CITY, "Old City"), "Rename target"),
                Arguments.of(RenameCommand.of(TIGRIS, "River"), "Rename exclusion"),
                Arguments.of(RenameCommand.of(S1, "Pass 1"), "Rename sortie"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("commandsAndNames")
    void eachCommandNamesItsUndoAndRedo(EditCommand command, String name) {
        PlanEditor editor = EditFixtures.editor();

        assertThat(editor.apply(command)).isTrue();
        assertThat(editor.undoNameProperty().get()).isEqualTo(name);
        editor.undo();
        assertThat(editor.plan()).isEqualTo(mosul());
        assertThat(editor.redoNameProperty().get()).isEqualTo(name);
    }

    @Test
    void addTargetAndExclusionRefuseATakenIdOrACrossingRing() {
        AreaGeometry bowTie = area(ll(43.2, 36.4), ll(43.21, 36.41), ll(43.21, 36.4), ll(43.2, 36.41));
        assertThatThrownBy(() -> AddTargetCommand.of("t1", bowTie).applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageStartingWith("Cannot add the target: target t1 would cross itself near 36.40500 N 43.20500 E");
        assertThatThrownBy(() -> AddTargetCommand.of("old-city", U_SHAPE).applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("Cannot add the target: the id old-city is taken");
        assertThatThrownBy(() -> AddExclusionCommand.of("tigris", U_SHAPE).applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("Cannot add the exclusion: the id tigris is taken");
        Plan added = AddExclusionCommand.of("x1", U_SHAPE).applyTo(mosul());
        assertThat(added.exclusions()).extracting(Exclusion::id).containsExactly("tigris", "x1");
        assertThat(added.exclusions().get(1).geometry()).isEqualTo(U_SHAPE);
    }

    @Test
    void newIdsFollowTheHighestNumberOfTheirPrefix() {
        assertThat(PlanIds.next(mosul(), PlanElement.Kind.SORTIE)).isEqualTo("s3");
        assertThat(PlanIds.next(mosul(), PlanElement.Kind.TARGET)).isEqualTo("t1");
        assertThat(PlanIds.next(mosul(), PlanElement.Kind.EXCLUSION)).isEqualTo("x1");
        Plan plan = AddTargetCommand.of("t7", U_SHAPE).applyTo(mosul());
        plan = AddTargetCommand.of("t2", area(ll(43.2, 36.4), ll(43.21, 36.4), ll(43.21, 36.41))).applyTo(plan);
        assertThat(PlanIds.next(plan, PlanElement.Kind.TARGET)).isEqualTo("t8");
    }

    @Test
    void aNewSortieCopiesTheSelectedSortiesReleaseSettings() {
        Sortie bomb = mosul().sorties().get(1);

        Sortie point = AddSortieCommand.newSortie(mosul(), "s3", TrackGeometry.point(ll(43.02, 36.39)),
                Optional.of(S2), EditFixtures.DEFAULTS);
        Sortie line = AddSortieCommand.newSortie(mosul(), "s3", TrackGeometry.line(List.of(ll(43.02, 36.39),
                ll(43.03, 36.38))), Optional.of(S2), EditFixtures.DEFAULTS);

        assertThat(point.releaseMethod()).isEqualTo(bomb.releaseMethod())
                .isEqualTo(new ReleaseMethod.LeafletBomb(1219, Optional.of("M129"), OptionalDouble.empty()));
        assertThat(point.headingDeg()).isEqualTo(OptionalDouble.of(120));
        assertThat(point.altitudeAglM()).isEqualTo(3048);
        assertThat(point.groundSpeedMps()).isEqualTo(OptionalDouble.of(180));
        assertThat(point.leafletType()).isEqualTo("6x3-20lb");
        assertThat(point.leafletCount()).isEqualTo(OptionalLong.of(60000));
        assertThat(point.releaseTimeUtc()).isEqualTo(bomb.releaseTimeUtc());
        assertThat(point.aircraft()).isEqualTo(bomb.aircraft());
        assertThat(point.targetId()).hasValue("west-mosul");
        assertThat(point.name()).isEmpty();
        assertThat(point.id()).isEqualTo("s3");
        assertThat(line.headingDeg()).as("a line flies its own bearing").isEmpty();
    }

    @Test
    void withoutASelectedSortieTheLastSortieIsCopiedAndASelectedTargetIsAimedAt() {
        Sortie s = AddSortieCommand.newSortie(mosul(), "s3", TrackGeometry.point(ll(43.02, 36.39)),
                Optional.of(OLD_CITY), EditFixtures.DEFAULTS);

        assertThat(s.releaseMethod()).isInstanceOf(ReleaseMethod.LeafletBomb.class);
        assertThat(s.targetId()).hasValue("old-city");
    }

    @Test
    void aPointCopiedFromALineTakesTheLinesBearing() {
        Sortie pass = mosul().sorties().get(0);
        Sortie s = AddSortieCommand.newSortie(mosul(), "s3", TrackGeometry.point(ll(43.02, 36.39)),
                Optional.of(S1), EditFixtures.DEFAULTS);

        LonLat a = pass.track().positions().get(0);
        LonLat b = pass.track().positions().get(1);
        double bearing = Geodesy.inverse(a.lonDeg(), a.latDeg(), b.lonDeg(), b.latDeg()).bearingDeg();
        assertThat(bearing).isBetween(30.0, 50.0);
        assertThat(s.headingDeg()).isEqualTo(OptionalDouble.of(bearing));
        assertThat(s.releaseMethod()).isEqualTo(new ReleaseMethod.FreeFall());
        assertThat(s.leafletType()).isEqualTo("newspaper-4p");
        assertThat(s.leafletCount()).isEqualTo(OptionalLong.of(40000));
    }

    @Test
    void aPlanWithoutSortiesGetsTheDefaultsWithItsOwnLeafletTypeFirst() {
        Plan empty = mosul().withSorties(List.of());
        TrackGeometry track = TrackGeometry.line(List.of(ll(43.02, 36.39), ll(43.03, 36.38)));

        Sortie own = AddSortieCommand.newSortie(empty, "s1", track, Optional.empty(), EditFixtures.DEFAULTS);
        Plan noTypes = new Plan(empty.version(), empty.name(), empty.notes(), empty.groundElevationMslM(),
                empty.targets(), empty.exclusions(), List.of(), empty.weather(), List.of(), empty.simulation(),
                empty.extras());
        Sortie catalog = AddSortieCommand.newSortie(noTypes, "s1", track, Optional.empty(), EditFixtures.DEFAULTS);

        assertThat(own.leafletType()).isEqualTo("newspaper-4p");
        assertThat(catalog.leafletType()).isEqualTo("6x3-20lb");
        assertThat(own.releaseMethod()).isEqualTo(new ReleaseMethod.FreeFall());
        assertThat(own.altitudeAglM()).isEqualTo(1200);
        assertThat(own.groundSpeedMps()).isEqualTo(OptionalDouble.of(Sortie.DEFAULT_GROUND_SPEED_MPS));
        assertThat(own.leafletCount()).isEqualTo(OptionalLong.of(SortieDefaults.DEFAULT_LEAFLET_COUNT));
        assertThat(own.targetId()).isEmpty();
        Plan added = AddSortieCommand.newTrack("s1", track, Optional.empty(), EditFixtures.DEFAULTS).applyTo(noTypes);
        assertThat(EditFixtures.errorsAfterRoundTrip(added)).isEmpty();
    }

    @Test
    void aNewSortieWithATakenIdOrRepeatedPositionsIsRefused() {
        Sortie copy = mosul().sorties().get(0);
        assertThatThrownBy(() -> AddSortieCommand.of(copy).applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("Cannot add the sortie: the id s1 is taken");
        TrackGeometry stutter = new TrackGeometry(List.of(ll(43.02, 36.39), ll(43.02, 36.39), ll(43.03, 36.38)));
        assertThatThrownBy(() -> AddSortieCommand.newTrack("s3", stutter, Optional.empty(), EditFixtures.DEFAULTS)
                .applyTo(mosul()))
                .isInstanceOf(EditRefusedException.class);
    }
}
