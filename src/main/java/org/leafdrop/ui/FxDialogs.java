package org.leafdrop.ui;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.leafdrop.model.Problem;

/** Real JavaFX dialogs, owned by the main window. */
public final class FxDialogs implements Dialogs {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public ChangedOnDiskChoice askChangedOnDisk(Path file) {
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
        ButtonType saveAs = new ButtonType("Save As\u2026", ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.WARNING, "", overwrite, saveAs, cancel);
        a.initOwner(owner);
        a.setTitle("File changed on disk");
        a.setHeaderText("\u201c" + file.getFileName() + "\u201d was changed by another program or window since you "
                + "opened or saved it here.");
        a.setContentText("Overwrite replaces those changes with this plan; Save As keeps both.\n" + file);
        // Enter must not throw away someone else's work: Save As is the default button
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(overwrite)).setDefaultButton(false);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(saveAs)).setDefaultButton(true);
        ButtonType answer = a.showAndWait().orElse(cancel);
        return answer == overwrite ? ChangedOnDiskChoice.OVERWRITE
                : answer == saveAs ? ChangedOnDiskChoice.SAVE_AS : ChangedOnDiskChoice.CANCEL;
    }

    @Override
    public UnsavedChoice askUnsaved(String planName, String action) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        a.initOwner(owner);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save the changes to \u201c" + planName + "\u201d before you " + action + "?");
        a.setContentText("If you don't save, your changes since the last save are lost.");
        ButtonType answer = a.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean askRecover(Autosave.Recoverable r) {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", recover, discard);
        a.initOwner(owner);
        a.setTitle("Recover unsaved work");
        a.setHeaderText("Leafdrop did not close properly last time.");
        a.setContentText("Unsaved changes to \u201c" + r.planName() + "\u201d"
                + r.originalFile().map(f -> " (" + f + ")").orElse("") + " were autosaved at "
                + TIME.format(r.savedAt()) + ".\nRecover them? They open as an unsaved plan; your file is unchanged.");
        return a.showAndWait().orElse(discard) == recover;
    }

    @Override
    public Optional<Path> chooseOpen(FileKind kind, Optional<Path> near) {
        FileChooser fc = chooser(kind, near);
        fc.setTitle("Open " + kind.description());
        return Optional.ofNullable(fc.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(FileKind kind, Optional<Path> near, String suggestedName) {
        FileChooser fc = chooser(kind, near);
        fc.setTitle("Save " + kind.description());
        fc.setInitialFileName(suggestedName);
        return Optional.ofNullable(fc.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Optional<Path> near) {
        javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
        dc.setTitle(title);
        near.map(p -> p.toAbsolutePath().getParent()).filter(p -> p.toFile().isDirectory())
                .ifPresent(d -> dc.setInitialDirectory(d.toFile()));
        return Optional.ofNullable(dc.showDialog(owner)).map(java.io.File::toPath);
    }

    private static FileChooser chooser(FileKind kind, Optional<Path> near) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        near.map(p -> p.toAbsolutePath().getParent()).filter(p -> p.toFile().isDirectory())
                .ifPresent(d -> fc.setInitialDirectory(d.toFile()));
        return fc;
    }

    @Override
    public Optional<String> askChoice(String title, String prompt, List<String> choices, boolean editable) {
        javafx.scene.control.Dialog<ButtonType> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        javafx.scene.control.ComboBox<String> box = new javafx.scene.control.ComboBox<>();
        box.getItems().addAll(choices);
        box.setEditable(editable);
        box.getSelectionModel().select(0);
        box.setPrefWidth(editable ? 460 : 240);
        d.getDialogPane().setContent(new VBox(8, new Label(prompt), box));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return d.showAndWait().filter(b -> b == ButtonType.OK)
                .map(b -> editable ? box.getEditor().getText() : box.getValue())
                .filter(v -> v != null && !v.isBlank());
    }

    @Override
    public void showProblems(Path file, List<Problem> problems) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.initModality(Modality.NONE);
        a.setTitle("Problems in " + file.getFileName());
        long errors = problems.stream().filter(Problem::isError).count();
        a.setHeaderText(errors > 0
                ? String.format(Locale.ROOT, "%s cannot be opened: %d error%s. Nothing was changed.", file.getFileName(),
                        errors, errors == 1 ? "" : "s")
                : String.format(Locale.ROOT, "%s opened with %d warning%s.", file.getFileName(), problems.size(),
                        problems.size() == 1 ? "" : "s"));
        ListView<String> list = new ListView<>();
        list.setId("problem-list");
        problems.forEach(p -> list.getItems().add(p.format()));
        list.setPrefSize(760, Math.min(400, 40 + 26 * problems.size()));
        VBox box = new VBox(8, new Label(file.toAbsolutePath().toString()), list);
        a.getDialogPane().setContent(box);
        a.setResizable(true);
        a.show();
    }

    @Override
    public void showError(String title, String message) {
        message(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        message(Alert.AlertType.INFORMATION, title, message);
    }

    private void message(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.showAndWait();
    }

    @Override
    public Optional<String[]> askOnlineTiles(String template, String contact) {
        javafx.scene.control.Dialog<ButtonType> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner);
        d.setTitle("Online map tiles");
        d.setHeaderText("Show an online XYZ tile layer under the plan (optional).\n"
                + "Leafdrop works fully offline; tiles you have seen are kept on disk for at least 7 days.");
        javafx.scene.control.TextField url = new javafx.scene.control.TextField(template);
        url.setPromptText("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        url.setPrefColumnCount(44);
        javafx.scene.control.TextField who = new javafx.scene.control.TextField(contact);
        who.setPromptText("e-mail address or web page (sent to the tile server)");
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label("URL template"), url);
        g.addRow(1, new Label("Your contact"), who);
        g.add(new Label("Leave the template empty to turn online tiles off. Tile servers such as OpenStreetMap's "
                + "ask for a contact\nand forbid bulk downloads: Leafdrop fetches only the tiles on screen, two at a time."),
                0, 2, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return d.showAndWait().filter(b -> b == ButtonType.OK)
                .map(b -> new String[] {url.getText().strip(), who.getText().strip()});
    }
}
