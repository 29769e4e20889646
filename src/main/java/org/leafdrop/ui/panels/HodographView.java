package org.leafdrop.ui.panels;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link Hodograph} on a canvas, north up: speed rings with their speeds, a thin vector
 * from the centre to each level's tip, the tips joined in height order (the lowest hollow) and
 * labelled with their heights where the labels do not overlap. A change only marks the drawing dirty; it is redrawn once, in the
 * next layout pass.
 */
public final class HodographView extends Region {
    private static final double MARGIN = 22;
    private static final Color BACKGROUND = Color.web("#fbfbfb");
    private static final Color RING = Color.web("#c9c9c9");
    private static final Color AXIS = Color.web("#e0e0e0");
    private static final Color VECTOR = Color.web("#9db8d6");
    private static final Color PATH = Color.web("#1f5fa8");
    private static final Color TEXT = Color.web("#444444");
    private static final Font SMALL = Font.font("System", 10);
    private static final Font NORTH = Font.font("System", FontWeight.BOLD, 11);

    private final Canvas canvas = new Canvas();
    private Hodograph data;
    private boolean dirty = true;

    public HodographView(ObservableValue<Hodograph> source) {
        getStyleClass().add("hodograph");
        getChildren().add(canvas);
        data = source.getValue();
        source.addListener((o, a, b) -> {
            data = b;
            dirty = true;
            requestLayout();
        });
        setMinSize(140, 140);
        setPrefSize(240, 240);
    }

    /** Where a point of the shown hodograph is drawn, in this view's coordinates. */
    Point2D position(Hodograph.Point p) {
        double scale = radius() / data.maxSpeed();
        return new Point2D(centreX() + p.east() * scale, centreY() - p.north() * scale);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty) {
            draw();
            dirty = false;
        }
    }

    private double centreX() {
        return getWidth() / 2;
    }

    private double centreY() {
        return getHeight() / 2;
    }

    private double radius() {
        return Math.max(10, Math.min(getWidth(), getHeight()) / 2 - MARGIN);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        if (data == null) {
            return;
        }
        double cx = centreX();
        double cy = centreY();
        double r = radius();
        double scale = r / data.maxSpeed();

        g.setLineWidth(1);
        g.setStroke(AXIS);
        g.strokeLine(cx - r, cy, cx + r, cy);
        g.strokeLine(cx, cy - r, cx, cy + r);
        g.setFont(SMALL);
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = 1; i <= data.rings(); i++) {
            double ri = i * data.ringStep() * scale;
            g.setStroke(RING);
            g.strokeOval(cx - ri, cy - ri, 2 * ri, 2 * ri);
            g.setFill(TEXT);
            double a = Math.toRadians(45);
            g.fillText(DisplayNumbers.format(i * data.ringStep(), 1) + (i == data.rings() ? " " + data.speedUnit() : ""),
                    cx + ri * Math.cos(a) + 2, cy - ri * Math.sin(a));
        }
        g.setFont(NORTH);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFill(TEXT);
        g.fillText("N", cx, cy - r - 4);

        g.setStroke(VECTOR);
        for (Hodograph.Point p : data.points()) {
            Point2D at = position(p);
            g.strokeLine(cx, cy, at.getX(), at.getY());
        }
        g.setStroke(PATH);
        g.setLineWidth(2);
        for (int i = 1; i < data.points().size(); i++) {
            Point2D a = position(data.points().get(i - 1));
            Point2D b = position(data.points().get(i));
            g.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
        }
        List<Bounds> taken = new ArrayList<>();
        for (int i = 0; i < data.points().size(); i++) {
            Point2D at = position(data.points().get(i));
            g.setFill(i == 0 ? BACKGROUND : PATH);
            g.fillOval(at.getX() - 3.5, at.getY() - 3.5, 7, 7);
            g.setStroke(PATH);
            g.setLineWidth(1.5);
            g.strokeOval(at.getX() - 3.5, at.getY() - 3.5, 7, 7);
            taken.add(new BoundingBox(at.getX() - 3.5, at.getY() - 3.5, 7, 7));
        }
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(TEXT);
        for (Hodograph.Point p : data.points()) {
            Point2D at = position(p);
            Text measure = new Text(p.heightLabel());
            measure.setFont(SMALL);
            double tw = measure.getLayoutBounds().getWidth();
            double th = measure.getLayoutBounds().getHeight();
            // beside the dot: above right, below right, above left, below left; left out where all are taken
            double[][] offsets = {{5, -th - 3}, {5, 3}, {-5 - tw, -th - 3}, {-5 - tw, 3}};
            for (double[] o : offsets) {
                Bounds box = new BoundingBox(at.getX() + o[0], at.getY() + o[1], tw, th);
                if (taken.stream().noneMatch(box::intersects)) {
                    g.fillText(p.heightLabel(), box.getMinX(), box.getMinY());
                    taken.add(box);
                    break;
                }
            }
        }
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("air motion; heights in " + data.heightUnit() + " MSL", 4, h - 2);
    }
}
