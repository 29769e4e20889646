package org.leafdrop.ui.edit;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.leafdrop.model.Plan;

/**
 * The plan being edited: the current immutable Plan, its file, whether it has unsaved changes,
 * the undo and redo history (named actions) and the selection. Properties are observed by the
 * window; use it on the FX thread (or one test thread), it is not thread-safe.
 *
 * <p>Every change goes through {@link #apply}, which records the plan before it, so undo gives
 * back exactly that plan. A {@link #revision} number counts changes: background results computed
 * for an older revision are dropped.
 */
public final class PlanEditor {
    /** Undo keeps this many steps; plans share their unchanged parts, so steps are small. */
    public static final int HISTORY_LIMIT = 200;

    private record Step(String name, Plan before, Plan after) {
    }

    private final ReadOnlyObjectWrapper<Plan> plan;
    private final ReadOnlyObjectWrapper<Plan> displayed;
    private final ReadOnlyObjectWrapper<Optional<Path>> file = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(null);
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(null);
    private final ReadOnlyObjectWrapper<Optional<PlanElement>> selection = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Plan savedPlan;

    public PlanEditor(Plan initial, Optional<Path> initialFile) {
        plan = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(initial, "initial"));
        displayed = new ReadOnlyObjectWrapper<>(initial);
        file.set(Objects.requireNonNull(initialFile, "initialFile"));
        savedPlan = initial;
    }

    public Plan plan() {
        return plan.get();
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /**
     * The plan the map and the live preview show: the plan, or a draft while the user drags a
     * shape (a drag is one undoable step, committed on release with {@link #apply}).
     */
    public Plan displayedPlan() {
        return displayed.get();
    }

    public ReadOnlyObjectProperty<Plan> displayedPlanProperty() {
        return displayed.getReadOnlyProperty();
    }

    /** Shows a draft (a shape being dragged) without recording it. */
    public void showDraft(Plan draft) {
        displayed.set(Objects.requireNonNull(draft, "draft"));
    }

    /** Drops the draft: the map shows the plan again (Escape during a drag). */
    public void clearDraft() {
        displayed.set(plan());
    }

    public Optional<Path> file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Optional<Path>> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** True when the plan differs from what was last opened or saved. */
    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Increases by one on every change, undo and redo; never goes back. */
    public long revision() {
        return revision.get();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Name of the action Undo would undo, or null when there is none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    public Optional<PlanElement> selection() {
        return selection.get();
    }

    public ReadOnlyObjectProperty<Optional<PlanElement>> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** Selects an element (or nothing); ignored for ids the plan does not have. */
    public void select(Optional<PlanElement> element) {
        selection.set(element.filter(e -> exists(plan(), e)));
    }

    /**
     * Applies an edit. An edit that gives back an equal plan changes nothing and is not recorded.
     * An edit whose result the model rejects throws IllegalArgumentException and changes nothing.
     *
     * @return true when the plan changed
     */
    public boolean apply(EditCommand command) {
        Plan before = plan();
        Plan after = command.applyTo(before);
        if (after.equals(before)) {
            return false;
        }
        undo.push(new Step(command.name(), before, after));
        while (undo.size() > HISTORY_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        setPlan(after);
        return true;
    }

    /**
     * Applies an edit the user asked for, turning a refusal into its message for the status bar.
     *
     * @return empty when applied (or when it changed nothing), else why it was refused
     */
    public Optional<String> tryApply(EditCommand command) {
        try {
            apply(command);
            return Optional.empty();
        } catch (EditRefusedException e) {
            return Optional.of(e.userMessage());
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Step s = undo.pop();
        redo.push(s);
        setPlan(s.before());
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Step s = redo.pop();
        undo.push(s);
        setPlan(s.after());
    }

    /** Replaces the whole document (new, open, recover): clears the history and the selection. */
    public void replace(Plan newPlan, Optional<Path> newFile, boolean modified) {
        undo.clear();
        redo.clear();
        file.set(newFile);
        savedPlan = modified ? null : newPlan;
        selection.set(Optional.empty());
        setPlan(newPlan);
    }

    /** The plan was written to {@code path}: it becomes the document's file and is no longer dirty. */
    public void markSaved(Plan saved, Path path) {
        file.set(Optional.of(path));
        savedPlan = saved;
        dirty.set(!plan().equals(savedPlan));
    }

    private void setPlan(Plan p) {
        plan.set(p);
        displayed.set(p);
        revision.set(revision.get() + 1);
        dirty.set(!p.equals(savedPlan));
        undoName.set(undo.isEmpty() ? null : undo.peek().name());
        redoName.set(redo.isEmpty() ? null : redo.peek().name());
        if (selection.get().isPresent() && !exists(p, selection.get().get())) {
            selection.set(Optional.empty());
        }
    }

    private static boolean exists(Plan p, PlanElement e) {
        return switch (e.kind()) {
            case TARGET -> p.targets().stream().anyMatch(t -> t.id().equals(e.id()));
            case EXCLUSION -> p.exclusions().stream().anyMatch(x -> x.id().equals(e.id()));
            case SORTIE -> p.sorties().stream().anyMatch(s -> s.id().equals(e.id()));
        };
    }
}
