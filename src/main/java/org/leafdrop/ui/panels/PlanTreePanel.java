package org.leafdrop.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.leafdrop.ui.edit.PlanElement;
import org.leafdrop.ui.panels.PlanTreeViewModel.Entry;
import org.leafdrop.ui.panels.PlanTreeViewModel.Group;

/**
 * The plan tree: targets, exclusions and sorties with ids and names. Its selection and the
 * editor's are kept together both ways; right-click or Delete removes an element through a
 * command. A thin view over {@link PlanTreeViewModel}.
 */
public final class PlanTreePanel extends VBox {
    private final PlanTreeViewModel model;
    private final TreeView<Object> tree = new TreeView<>();
    private final List<TreeItem<Object>> groupItems = new ArrayList<>();
    private boolean updating;

    public PlanTreePanel(PlanTreeViewModel model) {
        this.model = model;
        Panels.style(this);
        TreeItem<Object> root = new TreeItem<>("Plan");
        tree.setId("plan-tree");
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        tree.setCellFactory(t -> new EntryCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        for (Group g : model.groups()) {
            TreeItem<Object> item = new TreeItem<>(g);
            item.setExpanded(true);
            groupItems.add(item);
            root.getChildren().add(item);
        }
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updating) {
                model.select(b != null && b.getValue() instanceof Entry e ? Optional.of(e.element()) : Optional.empty());
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                selectedEntry().ifPresent(entry -> model.delete(entry.element()));
                e.consume();
            }
        });
        model.groupsProperty().addListener((o, a, b) -> showGroups());
        model.selectionProperty().addListener((o, a, b) -> followSelection());
        getChildren().add(tree);
        showGroups();
    }

    public PlanTreeViewModel model() {
        return model;
    }

    private Optional<Entry> selectedEntry() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof Entry e ? Optional.of(e) : Optional.empty();
    }

    private void showGroups() {
        updating = true;
        try {
            List<Group> groups = model.groups();
            for (int i = 0; i < groups.size(); i++) {
                TreeItem<Object> item = groupItems.get(i);
                item.setValue(groups.get(i));
                List<TreeItem<Object>> children = groups.get(i).entries().stream()
                        .map(e -> new TreeItem<Object>(e)).toList();
                item.getChildren().setAll(children);
            }
        } finally {
            updating = false;
        }
        followSelection();
    }

    private void followSelection() {
        updating = true;
        try {
            Optional<PlanElement> selected = model.selectionProperty().get();
            Optional<TreeItem<Object>> item = selected.flatMap(e -> groupItems.stream()
                    .flatMap(g -> g.getChildren().stream())
                    .filter(c -> c.getValue() instanceof Entry en && en.element().equals(e))
                    .findFirst());
            if (item.isPresent()) {
                item.get().getParent().setExpanded(true);
                tree.getSelectionModel().select(item.get());
                tree.scrollTo(tree.getRow(item.get()));
            } else {
                tree.getSelectionModel().clearSelection();
            }
        } finally {
            updating = false;
        }
    }

    /** Shows an entry or a group title; an entry offers to delete it. */
    private final class EntryCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("section-title");
            if (empty || item == null) {
                setText(null);
                setContextMenu(null);
                return;
            }
            setText(item.toString());
            if (item instanceof Entry e) {
                MenuItem delete = new MenuItem(PlanTreeViewModel.deleteName(e.element()));
                delete.setOnAction(a -> model.delete(e.element()));
                setContextMenu(new ContextMenu(delete));
            } else {
                getStyleClass().add("section-title");
                setContextMenu(null);
            }
        }
    }
}
