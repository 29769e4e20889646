package org.leafdrop.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.leafdrop.model.Problem;

/**
 * Dialogs with scripted answers for window tests: file choosers and questions answer from
 * queues; problem lists are shown for real (tests look at them) and recorded.
 */
final class ScriptedDialogs implements Dialogs {
    final Deque<Path> files = new ArrayDeque<>();
    final Deque<UnsavedChoice> unsaved = new ArrayDeque<>();
    final Deque<Boolean> recover = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    final List<List<Problem>> problems = new ArrayList<>();
    private final FxDialogs real;

    ScriptedDialogs(Window owner) {
        real = new FxDialogs(owner);
    }

    @Override
    public UnsavedChoice askUnsaved(String planName, String action) {
        questions.add("unsaved " + planName + " / " + action);
        return unsaved.isEmpty() ? UnsavedChoice.CANCEL : unsaved.pop();
    }

    final Deque<ChangedOnDiskChoice> changedOnDisk = new ArrayDeque<>();

    @Override
    public ChangedOnDiskChoice askChangedOnDisk(Path file) {
        questions.add("changed " + file.getFileName());
        return changedOnDisk.isEmpty() ? ChangedOnDiskChoice.CANCEL : changedOnDisk.pop();
    }

    @Override
    public boolean askRecover(Autosave.Recoverable r) {
        questions.add("recover " + r.planName());
        return !recover.isEmpty() && recover.pop();
    }

    @Override
    public Optional<Path> chooseOpen(FileKind kind, Optional<Path> near) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseSave(FileKind kind, Optional<Path> near, String suggestedName) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title, Optional<Path> near) {
        return Optional.ofNullable(files.poll());
    }

    final Deque<String> choices = new ArrayDeque<>();

    @Override
    public Optional<String> askChoice(String title, String prompt, List<String> offered, boolean editable) {
        questions.add("choose " + String.join(",", offered));
        return Optional.ofNullable(choices.poll());
    }

    @Override
    public void showProblems(Path file, List<Problem> list) {
        problems.add(list);
        real.showProblems(file, list);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        questions.add("info " + title);
    }

    final Deque<String[]> onlineTiles = new ArrayDeque<>();

    @Override
    public Optional<String[]> askOnlineTiles(String template, String contact) {
        return Optional.ofNullable(onlineTiles.poll());
    }
}
