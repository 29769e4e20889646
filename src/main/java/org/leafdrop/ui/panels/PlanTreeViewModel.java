package org.leafdrop.ui.panels;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.leafdrop.model.Plan;
import org.leafdrop.ui.edit.EditCommand;
import org.leafdrop.ui.edit.PlanEditor;
import org.leafdrop.ui.edit.PlanElement.Kind;
import org.leafdrop.ui.edit.PlanElement;

/**
 * The plan as a tree of three groups (targets, exclusions, sorties) listing each element by id
 * and name, in plan order. Selection is the editor's (the tree shows it and sets it); deleting
 * an element is one named command. Use on the FX thread.
 */
public final class PlanTreeViewModel {
    /** One element of the plan: "s1 — Pass 1". */
    public record Entry(PlanElement element, String label) {
        public Entry {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(label, "label");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The elements of one kind: "Targets (2)". */
    public record Group(Kind kind, String title, List<Entry> entries) {
        public Group {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
            entries = List.copyOf(entries);
        }

        @Override
        public String toString() {
            return title;
        }
    }

    private final PlanEditor editor;
    private final ReadOnlyObjectWrapper<List<Group>> groups = new ReadOnlyObjectWrapper<>(this, "groups", List.of());

    public PlanTreeViewModel(PlanEditor editor) {
        this.editor = Objects.requireNonNull(editor, "editor");
        editor.planProperty().addListener((o, a, b) -> groups.set(groupsOf(b)));
        groups.set(groupsOf(editor.plan()));
    }

    /** Targets, exclusions and sorties, always in that order, also when empty. */
    public ReadOnlyObjectProperty<List<Group>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    public List<Group> groups() {
        return groups.get();
    }

    /** The editor's selection. */
    public ReadOnlyObjectProperty<Optional<PlanElement>> selectionProperty() {
        return editor.selectionProperty();
    }

    public void select(Optional<PlanElement> element) {
        editor.select(element);
    }

    /** What the context menu offers: "Delete sortie s1". */
    public static String deleteName(PlanElement e) {
        return "Delete " + e.kind().name().toLowerCase(Locale.ROOT) + " " + e.id();
    }

    /**
     * Deletes an element as one command named {@link #deleteName}. Sorties aimed at a deleted
     * target lose their target in the same command, so undo brings both back.
     *
     * @return true when the plan changed
     */
    public boolean delete(PlanElement e) {
        return editor.apply(new EditCommand(deleteName(e), p -> PlanChanges.delete(p, e)));
    }

    private static List<Group> groupsOf(Plan p) {
        return List.of(
                group(Kind.TARGET, "Targets", p.targets().stream()
                        .map(t -> entry(PlanElement.target(t.id()), t.name())).toList()),
                group(Kind.EXCLUSION, "Exclusions", p.exclusions().stream()
                        .map(x -> entry(PlanElement.exclusion(x.id()), x.name())).toList()),
                group(Kind.SORTIE, "Sorties", p.sorties().stream()
                        .map(s -> entry(PlanElement.sortie(s.id()), s.name())).toList()));
    }

    private static Group group(Kind kind, String title, List<Entry> entries) {
        return new Group(kind, title + " (" + entries.size() + ")", entries);
    }

    private static Entry entry(PlanElement e, Optional<String> name) {
        return new Entry(e, e.id() + name.map(n -> " — " + n).orElse(""));
    }
}
