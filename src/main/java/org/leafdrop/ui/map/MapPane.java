package org.leafdrop.ui.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.leafdrop.model.LonLat;
import org.leafdrop.render.BaseMap;
import org.leafdrop.render.BaseMapPainter;
import org.leafdrop.render.MapCanvas;
import org.leafdrop.render.MapPainter;
import org.leafdrop.render.MapView;
import org.leafdrop.render.ReplayPainter;

/**
 * The map: one Canvas per layer (so each has its own visibility and opacity) and one for the
 * overlay (selection, tool handles, scale bar, north arrow), redrawn on a dirty flag at most
 * once per pulse. Drag pans, the wheel zooms around the cursor, + and - zoom around the centre.
 * The active {@link MapInteraction} gets mouse and key events first. FX thread only.
 */
public final class MapPane extends Region {
    /** Paints one layer for a view. */
    @FunctionalInterface
    public interface LayerPainter {
        void paint(MapCanvas c, MapView v, MapContent content);
    }

    /** Wheel notches of this many pixels zoom by a factor of two. */
    private static final double WHEEL_PX_PER_DOUBLING = 120;

    private final Map<MapLayer, Canvas> canvases = new EnumMap<>(MapLayer.class);
    private final Map<MapLayer, LayerPainter> painters = new EnumMap<>(MapLayer.class);
    private final Canvas overlay = new Canvas();
    private final EnumSet<MapLayer> dirty = EnumSet.allOf(MapLayer.class);
    private boolean overlayDirty = true;
    private final ObjectProperty<MapView> view = new SimpleObjectProperty<>(this, "view",
            new MapView(43.13, 36.34, 20, 800, 600));
    private final ObjectProperty<MapContent> content = new SimpleObjectProperty<>(this, "content");
    private final ReadOnlyObjectWrapper<Optional<LonLat>> cursorPosition = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObjectProperty<MapInteraction> interaction = new SimpleObjectProperty<>(MapInteraction.NONE);
    private double lastX;
    private double lastY;
    private boolean panning;
    /** Keep the plan fitted as the map gets its size, until the user pans or zooms. */
    private boolean keepFitted = true;
    private Cursor panCursorBefore = Cursor.DEFAULT;
    private long redraws;

    public MapPane(MapContent initial, LayerSettings layers) {
        Objects.requireNonNull(initial, "initial");
        getStyleClass().add("map-pane");
        setFocusTraversable(true);
        setMinSize(200, 150);
        setStyle("-fx-background-color: #f5f2ea;");
        for (MapLayer l : MapLayer.values()) {
            Canvas c = new Canvas();
            c.setMouseTransparent(true);
            c.visibleProperty().bind(layers.visibleProperty(l));
            c.opacityProperty().bind(layers.opacityProperty(l));
            canvases.put(l, c);
            getChildren().add(c);
        }
        overlay.setMouseTransparent(true);
        getChildren().add(overlay);
        defaultPainters();
        content.set(initial);
        content.addListener((o, a, b) -> markContentDirty());
        view.addListener((o, a, b) -> markAllDirty());
        interaction.addListener((o, a, b) -> markOverlayDirty());
        addEventHandler(MouseEvent.ANY, this::onMouse);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                redrawDirty();
            }
        }.start();
    }

    private void defaultPainters() {
        painters.put(MapLayer.BASE_MAP, (c, v, m) -> {
            BaseMapPainter.paint(c, v, BaseMap.bundled());
            MapPainter.paintGraticule(c, v);
        });
        painters.put(MapLayer.TILES, (c, v, m) -> {
        });
        painters.put(MapLayer.DENSITY, (c, v, m) -> m.run().ifPresent(s -> MapPainter.paintDensity(c, v, s)));
        painters.put(MapLayer.TARGETS, (c, v, m) -> MapPainter.paintTargets(c, v, m.plan(),
                m.runIsCurrent() ? m.run().flatMap(MapPainter.Scene::result) : Optional.empty()));
        painters.put(MapLayer.EXCLUSIONS, (c, v, m) -> MapPainter.paintExclusions(c, v, m.plan()));
        painters.put(MapLayer.CONTOURS, (c, v, m) -> m.run().ifPresent(s -> MapPainter.paintContours(c, v, s)));
        painters.put(MapLayer.ELLIPSES, (c, v, m) -> MapPainter.paintLandingShapes(c, v, landingMarks(m)));
        painters.put(MapLayer.TRACKS, (c, v, m) -> {
            List<double[]> placed = new ArrayList<>();
            MapPainter.paintTracks(c, v, m.plan(), placed);
            MapPainter.paintLandingLabels(c, v, landingMarks(m), placed);
            MapPainter.paintAreaLabels(c, v, m.plan(),
                    m.runIsCurrent() ? m.run().flatMap(MapPainter.Scene::result) : Optional.empty(), placed);
        });
        painters.put(MapLayer.CLOUDS, (c, v, m) -> m.replay().ifPresent(r -> ReplayPainter.paintClouds(c, v,
                r.frame(), r.plan().groundElevationMslM(), r.clouds())));
        painters.put(MapLayer.WIND_BARBS, (c, v, m) -> MapPainter.paintWindBarbs(c, v, m.plan()));
    }

    private static List<MapPainter.LandingMark> landingMarks(MapContent m) {
        return m.runIsCurrent() && m.run().isPresent() ? MapPainter.landingMarks(m.run().get()) : m.preview();
    }

    /** Replaces how a layer is painted (the base map and tile layers are set by the window). */
    public void setLayerPainter(MapLayer layer, LayerPainter painter) {
        painters.put(layer, Objects.requireNonNull(painter, "painter"));
        dirty.add(layer);
    }

    public ObjectProperty<MapView> viewProperty() {
        return view;
    }

    public MapView view() {
        return view.get();
    }

    public ObjectProperty<MapContent> contentProperty() {
        return content;
    }

    public ObjectProperty<MapInteraction> interactionProperty() {
        return interaction;
    }

    /** The position under the mouse, empty when the mouse is outside the map. */
    public ReadOnlyObjectProperty<Optional<LonLat>> cursorPositionProperty() {
        return cursorPosition.getReadOnlyProperty();
    }

    /** Redraws a layer at the next pulse (for example when a tile arrives). */
    public void markDirty(MapLayer layer) {
        dirty.add(layer);
    }

    public void markOverlayDirty() {
        overlayDirty = true;
    }

    private void markContentDirty() {
        for (MapLayer l : MapLayer.values()) {
            if (l != MapLayer.BASE_MAP && l != MapLayer.TILES) {
                dirty.add(l);
            }
        }
        overlayDirty = true;
    }

    private void markAllDirty() {
        dirty.addAll(EnumSet.allOf(MapLayer.class));
        overlayDirty = true;
    }

    /** How many layer redraws have happened (tests check that the map follows edits). */
    public long redrawCount() {
        return redraws;
    }

    /** Shows the whole plan (and its last run's ellipses) with a margin. */
    public void zoomToPlan() {
        MapContent m = content.get();
        MapPainter.Scene scene = m.run().filter(r -> m.runIsCurrent()).orElseGet(() ->
                new MapPainter.Scene(m.plan(), org.leafdrop.sim.Scenario.frameFor(m.plan()), Optional.empty(),
                        Optional.empty()));
        keepFitted = true;
        if (m.plan().targets().isEmpty() && m.plan().exclusions().isEmpty() && m.plan().sorties().isEmpty()) {
            return;
        }
        view.set(MapPainter.fit(scene, width(), height()));
    }

    public void zoomIn() {
        keepFitted = false;
        view.set(view.get().zoomedAround(2, width() / 2.0, height() / 2.0));
    }

    public void zoomOut() {
        keepFitted = false;
        view.set(view.get().zoomedAround(0.5, width() / 2.0, height() / 2.0));
    }

    private int width() {
        return Math.max(1, (int) Math.round(getWidth()));
    }

    private int height() {
        return Math.max(1, (int) Math.round(getHeight()));
    }

    @Override
    protected void layoutChildren() {
        int w = width();
        int h = height();
        for (Canvas c : canvases.values()) {
            resize(c, w, h);
        }
        resize(overlay, w, h);
        if (view.get().widthPx() != w || view.get().heightPx() != h) {
            view.set(view.get().resized(w, h));
            if (keepFitted && getWidth() > 1 && getHeight() > 1) {
                zoomToPlan();
            }
        }
    }

    private static void resize(Canvas c, int w, int h) {
        if (c.getWidth() != w || c.getHeight() != h) {
            c.setWidth(w);
            c.setHeight(h);
        }
    }

    /** Redraws what is dirty now (the pulse does this; tests call it to avoid waiting). */
    public void redrawDirty() {
        MapView v = view.get();
        MapContent m = content.get();
        if (!dirty.isEmpty()) {
            for (MapLayer l : EnumSet.copyOf(dirty)) {
                Canvas c = canvases.get(l);
                if (!c.isVisible()) {
                    continue;
                }
                c.getGraphicsContext2D().clearRect(0, 0, c.getWidth(), c.getHeight());
                painters.get(l).paint(new FxCanvas(c.getGraphicsContext2D()), v, m);
                dirty.remove(l);
                redraws++;
            }
        }
        if (overlayDirty) {
            overlayDirty = false;
            var g = overlay.getGraphicsContext2D();
            g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
            FxCanvas c = new FxCanvas(g);
            m.selection().ifPresent(sel -> MapPainter.paintHalo(c, v, m.plan(), sel[0], sel[1]));
            interaction.get().paintOverlay(c, v);
            MapPainter.paintScaleBar(c, v);
            MapPainter.paintNorthArrow(c, v);
        }
    }

    /**
     * The map as shown, drawn again with Java2D at the view's size: the visible layers at their
     * opacity, the selection, the scale bar and the north arrow (the PNG export of the map).
     */
    public java.awt.image.BufferedImage snapshotImage() {
        MapView v = view.get();
        MapContent m = content.get();
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(v.widthPx(), v.heightPx(),
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            for (MapLayer l : MapLayer.values()) {
                Canvas c = canvases.get(l);
                if (!c.isVisible()) {
                    continue;
                }
                g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER,
                        (float) Math.max(0, Math.min(1, c.getOpacity()))));
                painters.get(l).paint(new org.leafdrop.render.Java2dCanvas(g), v, m);
            }
            g.setComposite(java.awt.AlphaComposite.SrcOver);
            org.leafdrop.render.Java2dCanvas c = new org.leafdrop.render.Java2dCanvas(g);
            m.selection().ifPresent(sel -> MapPainter.paintHalo(c, v, m.plan(), sel[0], sel[1]));
            MapPainter.paintScaleBar(c, v);
            MapPainter.paintNorthArrow(c, v);
        } finally {
            g.dispose();
        }
        return img;
    }

    private void onMouse(MouseEvent e) {
        if (e.getEventType() == MouseEvent.MOUSE_EXITED) {
            cursorPosition.set(Optional.empty());
            return;
        }
        if (e.getEventType() == MouseEvent.MOUSE_MOVED || e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            double[] ll = view.get().toLonLat(e.getX(), e.getY());
            if (ll[1] >= -85 && ll[1] <= 85) {
                cursorPosition.set(Optional.of(new LonLat(ll[0], ll[1])));
            }
        }
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            requestFocus();
        }
        boolean consumed = interaction.get().mouse(e, view.get());
        markOverlayDirty();
        if (consumed) {
            e.consume();
            return;
        }
        // what the tool leaves is the map's: a drag on empty ground (or with the middle button) pans
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            panning = true;
            lastX = e.getX();
            lastY = e.getY();
        } else if (e.getEventType() == MouseEvent.MOUSE_DRAGGED && panning) {
            keepFitted = false;
            if (getCursor() != Cursor.CLOSED_HAND) {
                panCursorBefore = getCursor();
                setCursor(Cursor.CLOSED_HAND);
            }
            view.set(view.get().panned(e.getX() - lastX, e.getY() - lastY));
            lastX = e.getX();
            lastY = e.getY();
        } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED && panning) {
            panning = false;
            if (getCursor() == Cursor.CLOSED_HAND) {
                setCursor(panCursorBefore);
            }
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        keepFitted = false;
        double factor = Math.pow(2, e.getDeltaY() / WHEEL_PX_PER_DOUBLING);
        view.set(view.get().zoomedAround(factor, e.getX(), e.getY()));
        e.consume();
    }

    private void onKey(KeyEvent e) {
        if (interaction.get().key(e)) {
            markOverlayDirty();
            e.consume();
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD) {
            zoomIn();
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            zoomOut();
        } else if (k == KeyCode.LEFT || k == KeyCode.RIGHT || k == KeyCode.UP || k == KeyCode.DOWN) {
            keepFitted = false;
            panByKey(k);
        } else {
            return;
        }
        e.consume();
    }

    private void panByKey(KeyCode k) {
        if (k == KeyCode.LEFT) {
            view.set(view.get().panned(100, 0));
        } else if (k == KeyCode.RIGHT) {
            view.set(view.get().panned(-100, 0));
        } else if (k == KeyCode.UP) {
            view.set(view.get().panned(0, 100));
        } else {
            view.set(view.get().panned(0, -100));
        }
    }
}
