package org.leafdrop.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.leafdrop.render.MapCanvas;
import org.leafdrop.render.MapView;
import org.leafdrop.ui.edit.EditKey;
import org.leafdrop.ui.edit.MapInput;
import org.leafdrop.ui.edit.ToolBox;
import org.leafdrop.ui.edit.ToolKind;
import org.leafdrop.ui.map.MapInteraction;

/**
 * Feeds the map's JavaFX mouse and key events to the tool box as the tools' own input: PRESS,
 * DRAG, RELEASE for every gesture, then CLICK or DOUBLE_CLICK only when the mouse did not move.
 * Letter keys switch tools (S, T, X, R, M) when the map has the focus.
 */
final class ToolInteraction implements MapInteraction {
    private final ToolBox tools;

    ToolInteraction(ToolBox tools) {
        this.tools = tools;
    }

    @Override
    public boolean mouse(MouseEvent e, MapView view) {
        MapInput.Kind kind;
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            kind = MapInput.Kind.PRESS;
        } else if (e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            kind = MapInput.Kind.DRAG;
        } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED) {
            kind = MapInput.Kind.RELEASE;
        } else if (e.getEventType() == MouseEvent.MOUSE_MOVED) {
            kind = MapInput.Kind.MOVE;
        } else if (e.getEventType() == MouseEvent.MOUSE_CLICKED) {
            if (!e.isStillSincePress()) {
                return false;
            }
            kind = e.getClickCount() >= 2 ? MapInput.Kind.DOUBLE_CLICK : MapInput.Kind.CLICK;
        } else {
            return false;
        }
        MapInput.Button button = switch (e.getButton()) {
            case PRIMARY -> MapInput.Button.PRIMARY;
            case SECONDARY -> MapInput.Button.SECONDARY;
            case MIDDLE -> MapInput.Button.MIDDLE;
            default -> MapInput.Button.NONE;
        };
        if (kind == MapInput.Kind.MOVE) {
            button = MapInput.Button.NONE;
        }
        if (e.getButton() == MouseButton.MIDDLE) {
            return false;
        }
        return tools.handle(new MapInput(kind, e.getX(), e.getY(), button, e.isShiftDown(), e.isShortcutDown(),
                e.isAltDown()), view);
    }

    @Override
    public boolean key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        KeyCode k = e.getCode();
        EditKey key = switch (k) {
            case ESCAPE -> EditKey.ESCAPE;
            case DELETE -> EditKey.DELETE;
            case BACK_SPACE -> EditKey.BACKSPACE;
            case ENTER -> EditKey.ENTER;
            default -> null;
        };
        if (key != null) {
            return tools.key(key);
        }
        ToolKind tool = switch (k) {
            case S -> ToolKind.SELECT;
            case T -> ToolKind.DRAW_TARGET;
            case X -> ToolKind.DRAW_EXCLUSION;
            case R -> ToolKind.DRAW_TRACK;
            case M -> ToolKind.MEASURE;
            default -> null;
        };
        if (tool != null) {
            tools.activate(tool);
            return true;
        }
        return false;
    }

    @Override
    public void paintOverlay(MapCanvas c, MapView view) {
        tools.paintOverlay(c, view);
    }
}
