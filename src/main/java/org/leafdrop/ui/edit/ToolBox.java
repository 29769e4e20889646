package org.leafdrop.ui.edit;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.leafdrop.render.MapCanvas;
import org.leafdrop.render.MapView;

/**
 * The map tools of one plan editor and which one is active: the one object the window talks to.
 * The window forwards every map mouse event to {@link #handle} (and pans the map itself on
 * PRESS/DRAG/RELEASE when it returns false), the tool keys to {@link #key}, paints
 * {@link #paintOverlay} above the plan layers whenever {@link #overlayRevisionProperty()} changes,
 * and shows {@link #hintProperty()}, {@link #messageProperty()} and {@link #cursorProperty()}.
 *
 * <p>Escape in a drawing tool abandons the drawing and returns to the select tool; in the
 * measure tool a first Escape clears the measurement and a second returns to select. Use on the
 * FX thread; not thread-safe.
 */
public final class ToolBox {
    private final PlanEditor editor;
    private final Map<ToolKind, MapTool> tools = new EnumMap<>(ToolKind.class);
    private final ReadOnlyObjectWrapper<ToolKind> active = new ReadOnlyObjectWrapper<>(this, "active", ToolKind.SELECT);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<CursorKind> cursor = new ReadOnlyObjectWrapper<>(this, "cursor", CursorKind.DEFAULT);
    private final ReadOnlyLongWrapper overlayRevision = new ReadOnlyLongWrapper(this, "overlayRevision", 0);

    /** @param defaults release settings for a new sortie when the plan has none to copy */
    public ToolBox(PlanEditor editor, SortieDefaults defaults) {
        this.editor = Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(defaults, "defaults");
        tools.put(ToolKind.SELECT, new SelectTool(editor));
        tools.put(ToolKind.DRAW_TARGET, new DrawAreaTool(editor, PlanElement.Kind.TARGET));
        tools.put(ToolKind.DRAW_EXCLUSION, new DrawAreaTool(editor, PlanElement.Kind.EXCLUSION));
        tools.put(ToolKind.DRAW_TRACK, new DrawTrackTool(editor, defaults));
        tools.put(ToolKind.MEASURE, new MeasureTool(editor));
        // handles, drafts and the hint follow the plan, the draft and the selection, whoever changes them
        editor.displayedPlanProperty().addListener((o, was, now) -> refresh());
        editor.selectionProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    public ToolKind activeKind() {
        return active.get();
    }

    public ReadOnlyObjectProperty<ToolKind> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public MapTool activeTool() {
        return tools.get(active.get());
    }

    /** The tool of a kind (the same object for the life of the tool box). */
    public MapTool tool(ToolKind kind) {
        return tools.get(kind);
    }

    /** Switches tools; the old tool's gesture or unfinished drawing is abandoned. */
    public void activate(ToolKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (kind == active.get()) {
            return;
        }
        activeTool().cancel();
        active.set(kind);
        refresh();
    }

    /** Abandons the active tool's gesture; call it before undo, redo, open or new. */
    public void cancel() {
        activeTool().cancel();
        refresh();
    }

    /** Offers a mouse event to the active tool; false means the window may pan the map. */
    public boolean handle(MapInput in, MapView view) {
        boolean used = activeTool().handle(in, view);
        refresh();
        return used;
    }

    /** Offers a key to the active tool; Escape may also return to the select tool. */
    public boolean key(EditKey k) {
        ToolKind kind = active.get();
        boolean used = activeTool().key(k);
        if (k == EditKey.ESCAPE && (kind.isDrawing() || (kind == ToolKind.MEASURE && !used))) {
            activate(ToolKind.SELECT);
            used = true;
        }
        refresh();
        return used;
    }

    public void paintOverlay(MapCanvas c, MapView v) {
        activeTool().paintOverlay(c, v);
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** The active tool's last refusal or result; empty text when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CursorKind> cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    /** Counts changes of what the overlay shows; repaint the overlay when it changes. */
    public ReadOnlyLongProperty overlayRevisionProperty() {
        return overlayRevision.getReadOnlyProperty();
    }

    private void refresh() {
        MapTool t = activeTool();
        hint.set(t.hint());
        message.set(t.message().orElse(""));
        cursor.set(t.cursor());
        overlayRevision.set(overlayRevision.get() + 1);
    }
}
