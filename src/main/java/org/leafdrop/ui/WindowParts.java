package org.leafdrop.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;

/** Builds the window's side panels, tools and extra menu items. */
final class WindowParts {
    private WindowParts() {
    }

    static List<MenuItem> editMenuItems(PlannerWindow w) {
        return List.of();
    }

    static List<MenuItem> viewMenuItems(PlannerWindow w) {
        return List.of();
    }

    static Node leftSide(PlannerWindow w) {
        return new Label("layers");
    }

    static Node rightSide(PlannerWindow w) {
        return new Label("panels");
    }

    static boolean openMbtiles(PlannerWindow w, Path file) {
        return false;
    }
}
