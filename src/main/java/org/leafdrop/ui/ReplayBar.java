package org.leafdrop.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.util.StringConverter;
import org.leafdrop.planning.CampaignReplay;
import org.leafdrop.render.ReplayPainter;

/**
 * The replay controls under the map: the timeline (one row per sortie in release order: the
 * release in dark, the leaflets falling in light, a line at the clock; click to go there), then
 * start, step back, play/pause, step forward, a slider over the frames, the clock, the speed and
 * Close. While the replay is being prepared it shows the progress and a Cancel button.
 */
final class ReplayBar extends VBox {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final double ROW_PX = 15;
    private static final double LABEL_PX = 130;
    private final ReplayController replay;
    private final Canvas timeline = new Canvas(600, 40);
    private final Slider slider = new Slider(0, 1, 0);
    private final Label clock = new Label();
    private boolean updatingSlider;

    ReplayBar(ReplayController replay, Runnable onClose) {
        this.replay = replay;
        setId("replay-bar");
        Button first = button("|\u25C0\u25C0", "replay-first", "Back to the first release");
        Button back = button("\u25C0", "replay-back", "One frame back");
        Button play = button("\u25B6", "replay-play", "Play or pause");
        Button forward = button("\u25B6|", "replay-forward", "One frame forward");
        back.setText("|\u25C0");
        first.setOnAction(e -> {
            replay.playingProperty().set(false);
            replay.seekFrame(0);
        });
        back.setOnAction(e -> replay.step(-1));
        forward.setOnAction(e -> replay.step(1));
        play.setOnAction(e -> replay.playingProperty().set(!replay.playingProperty().get()));
        play.textProperty().bind(Bindings.when(replay.playingProperty()).then("\u23F8 Pause").otherwise("\u25B6 Play"));
        play.setMinWidth(80);

        slider.setId("replay-slider");
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        slider.valueProperty().addListener((o, a, b) -> {
            if (!updatingSlider) {
                replay.playingProperty().set(false);
                replay.seekFrame((int) Math.round(b.doubleValue()));
            }
        });
        clock.setId("replay-clock");
        clock.setMinWidth(300);

        ChoiceBox<Double> speed = new ChoiceBox<>();
        speed.setId("replay-speed");
        speed.getItems().setAll(ReplayController.SPEEDS);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : speedLabel(v);
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        speed.setValue(replay.speedProperty().get());
        speed.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                replay.speedProperty().set(b);
            }
        });
        speed.setTooltip(new Tooltip("Campaign time per second of playback"));

        Button close = new Button("Close Replay");
        close.setId("replay-close");
        close.setOnAction(e -> onClose.run());

        ProgressBar progress = new ProgressBar();
        progress.setId("replay-progress");
        progress.setPrefWidth(200);
        progress.progressProperty().bind(replay.progressProperty());
        Label preparing = new Label();
        preparing.textProperty().bind(replay.statusProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("replay-cancel");
        cancel.setOnAction(e -> onClose.run());
        HBox preparingRow = new HBox(10, preparing, progress, cancel);
        preparingRow.setAlignment(Pos.CENTER_LEFT);
        preparingRow.visibleProperty().bind(replay.preparingProperty());
        preparingRow.managedProperty().bind(preparingRow.visibleProperty());

        HBox controls = new HBox(8, first, back, play, forward, slider, clock, new Label("Speed"), speed, close);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.visibleProperty().bind(replay.preparingProperty().not());
        controls.managedProperty().bind(controls.visibleProperty());

        Pane strip = new Pane(timeline);
        strip.setMinHeight(0);
        timeline.widthProperty().bind(strip.widthProperty());
        timeline.heightProperty().addListener((o, a, b) -> strip.setPrefHeight(b.doubleValue()));
        timeline.setOnMouseClicked(e -> seekAt(e.getX()));
        timeline.setOnMouseDragged(e -> seekAt(e.getX()));
        timeline.widthProperty().addListener((o, a, b) -> drawTimeline());
        strip.visibleProperty().bind(replay.preparingProperty().not());
        strip.managedProperty().bind(strip.visibleProperty());

        getChildren().addAll(preparingRow, strip, controls);
        setSpacing(4);
        setPadding(new Insets(6, 10, 6, 10));
        setStyle("-fx-background-color: #f6f6f6; -fx-border-color: #cfcfcf; -fx-border-width: 1 0 0 0;");

        replay.replayProperty().addListener((o, a, b) -> {
            updatingSlider = true;
            slider.setMax(Math.max(1, b.map(r -> r.activeFrameCount() - 1).orElse(1)));
            slider.setValue(0);
            updatingSlider = false;
            timeline.setHeight(b.map(r -> 8 + ROW_PX * r.timeline().size()).orElse(40.0));
            drawTimeline();
        });
        replay.frameProperty().addListener((o, a, b) -> {
            updatingSlider = true;
            slider.setValue(b.intValue());
            updatingSlider = false;
        });
        replay.timeProperty().addListener((o, a, b) -> {
            showClock();
            drawTimeline();
        });
        replay.momentProperty().addListener((o, a, b) -> showClock());
    }

    static String speedLabel(double campaignSecondsPerSecond) {
        return campaignSecondsPerSecond >= 60
                ? String.format(Locale.ROOT, "%.0f min/s", campaignSecondsPerSecond / 60)
                : String.format(Locale.ROOT, "%.0f s/s", campaignSecondsPerSecond);
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private void showClock() {
        Optional<CampaignReplay> r = replay.replay();
        if (r.isEmpty()) {
            clock.setText("");
            return;
        }
        double t = replay.timeProperty().get();
        double start = r.get().timeline().get(0).startS();
        clock.setText(CLOCK.format(Instant.ofEpochMilli(Math.round(t * 1000))) + "   "
                + ReplayPainter.elapsed(t - start));
    }

    /** Campaign time range the strip shows. */
    private double[] range(CampaignReplay r) {
        return new double[] {r.activeFrameTimeS(0), r.activeFrameTimeS(r.activeFrameCount() - 1)};
    }

    private void seekAt(double x) {
        replay.replay().ifPresent(r -> {
            double[] range = range(r);
            double w = timeline.getWidth() - LABEL_PX - 10;
            double t = range[0] + Math.max(0, Math.min(1, (x - LABEL_PX) / w)) * (range[1] - range[0]);
            replay.playingProperty().set(false);
            replay.seekFrame(r.activeFrameAtOrBefore(t));
        });
    }

    private void drawTimeline() {
        GraphicsContext g = timeline.getGraphicsContext2D();
        g.clearRect(0, 0, timeline.getWidth(), timeline.getHeight());
        Optional<CampaignReplay> opt = replay.replay();
        if (opt.isEmpty()) {
            return;
        }
        CampaignReplay r = opt.get();
        double[] range = range(r);
        double w = timeline.getWidth() - LABEL_PX - 10;
        double span = Math.max(1, range[1] - range[0]);
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        List<CampaignReplay.SortieSpan> spans = r.timeline();
        double now = replay.timeProperty().get();
        for (int i = 0; i < spans.size(); i++) {
            CampaignReplay.SortieSpan s = spans.get(i);
            double y = 4 + i * ROW_PX;
            g.setFill(Color.web("#333333"));
            g.fillText(s.sortieId(), 4, y + ROW_PX / 2);
            double x0 = LABEL_PX + (s.releaseStartS() - range[0]) / span * w;
            double x1 = LABEL_PX + (s.releaseEndS() - range[0]) / span * w;
            double x2 = LABEL_PX + (s.endS() - range[0]) / span * w;
            g.setFill(Color.web("#90caf9"));
            g.fillRect(x0, y + 3, Math.max(2, x2 - x0), ROW_PX - 6);
            g.setFill(Color.web("#1565c0"));
            g.fillRect(x0, y + 3, Math.max(3, x1 - x0), ROW_PX - 6);
            if (s.releaseStartS() <= now && now <= s.endS()) {
                g.setStroke(Color.web("#0d47a1"));
                g.strokeRect(x0 - 0.5, y + 2.5, Math.max(2, x2 - x0) + 1, ROW_PX - 5);
            }
        }
        double xc = LABEL_PX + (now - range[0]) / span * w;
        g.setStroke(Color.web("#d84315"));
        g.setLineWidth(2);
        g.strokeLine(xc, 0, xc, timeline.getHeight());
        g.setLineWidth(1);
    }
}
