package org.leafdrop.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leafdrop.model.Plan;
import org.leafdrop.ui.edit.PlanEditor;
import org.leafdrop.ui.edit.PlanElement;
import org.leafdrop.ui.panels.PlanTreeViewModel.Entry;
import org.leafdrop.ui.panels.PlanTreeViewModel.Group;

class PlanTreeViewModelTest {
    private final PlanEditor editor = PanelFixtures.editor();
    private final PlanTreeViewModel vm = new PlanTreeViewModel(editor);

    @Test
    void listsTargetsExclusionsAndSortiesByIdAndName() {
        assertThat(vm.groups()).extracting(Group::title)
                .containsExactly("Targets (2)", "Exclusions (1)", "Sorties (2)");
        assertThat(vm.groups().get(0).entries()).extracting(Entry::label).containsExactly(
                "old-city — Old City, west bank (approximate)", "west-mosul — West Mosul / Right Bank (approximate)");
        assertThat(vm.groups().get(2).entries()).extracting(Entry::element)
                .containsExactly(PlanElement.sortie("s1"), PlanElement.sortie("s2"));
    }

    @Test
    void selectionIsTheEditors() {
        vm.select(Optional.of(PlanElement.exclusion("tigris")));
        assertThat(editor.selection()).contains(PlanElement.exclusion("tigris"));

        editor.select(Optional.of(PlanElement.sortie("s2")));
        assertThat(vm.selectionProperty().get()).contains(PlanElement.sortie("s2"));
    }

    @Test
    void deletingATargetIsOneCommandThatAlsoClearsItsSortiesTarget() {
        Plan before = editor.plan();
        editor.select(Optional.of(PlanElement.target("old-city")));

        assertThat(vm.delete(PlanElement.target("old-city"))).isTrue();

        assertThat(editor.plan().target("old-city")).isEmpty();
        assertThat(editor.plan().sorties().get(0).targetId()).isEmpty();
        assertThat(editor.plan().sorties().get(1).targetId()).contains("west-mosul");
        assertThat(editor.undoNameProperty().get()).isEqualTo("Delete target old-city");
        assertThat(editor.selection()).isEmpty();
        assertThat(vm.groups().get(0).title()).isEqualTo("Targets (1)");

        editor.undo();
        assertThat(editor.plan()).isEqualTo(before);
        assertThat(vm.groups().get(0).entries()).hasSize(2);
    }

    @Test
    void deletesSortiesAndExclusions() {
        vm.delete(PlanElement.sortie("s1"));
        vm.delete(PlanElement.exclusion("tigris"));

        assertThat(editor.plan().sorties()).extracting(s -> s.id()).containsExactly("s2");
        assertThat(editor.plan().exclusions()).isEmpty();
        assertThat(editor.undoNameProperty().get()).isEqualTo("Delete exclusion tigris");
        assertThat(vm.delete(PlanElement.sortie("nope"))).isFalse();
    }
}
