package org.leafdrop.ui.panels;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** What every panel view shares: the stylesheet and the look of an empty state. */
final class Panels {
    private static final String STYLESHEET = Panels.class.getResource("panels.css").toExternalForm();

    private Panels() {
    }

    static void style(Region panel) {
        panel.getStylesheets().add(STYLESHEET);
        panel.getStyleClass().add("leafdrop-panel");
    }

    static Label emptyState(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("empty-state");
        l.setWrapText(true);
        return l;
    }
}
