package org.leafdrop.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.leafdrop.model.Plan;
import org.leafdrop.planning.CampaignReplay;
import org.leafdrop.render.ReplayPainter;

/**
 * Replay mode of the window: runs the campaign once in the background (progress, cancel), then
 * plays it: a campaign clock that advances {@link #speedProperty()} campaign seconds per second
 * while playing, jumping over stretches where nothing is in the air; step, seek, pause. The
 * moment on screen (clouds, density so far, counts) is {@link #momentProperty()}. FX thread only;
 * {@link #advance} is what the animation timer calls, so tests can drive the clock.
 */
public final class ReplayController {
    /** Speeds offered: campaign seconds per second of playback. */
    public static final List<Double> SPEEDS = List.of(10.0, 30.0, 60.0, 120.0, 300.0, 600.0);
    /** The moment on screen changes at most this often while playing (s). */
    static final double MIN_REDRAW_S = 0.05;

    private final TaskRunner runner;
    private final int threads;
    private final ReadOnlyObjectWrapper<Optional<CampaignReplay>> replay = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyIntegerWrapper frame = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyDoubleWrapper timeS = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Optional<ReplayPainter.Moment>> moment =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(120);
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final AnimationTimer timer;
    private TaskRunner.Job job;
    private TaskRunner.Job momentJob;
    private double sinceRedrawS;

    public ReplayController(TaskRunner runner, int threads) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.threads = Math.max(1, threads);
        timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) {
                    advance((now - last) / 1e9);
                }
                last = now;
            }

            @Override
            public void stop() {
                super.stop();
                last = -1;
            }
        };
        playing.addListener((o, a, b) -> {
            if (b && replay.get().isEmpty()) {
                playing.set(false);
            } else if (b) {
                if (frame.get() >= lastFrame()) {
                    seekFrame(0);
                }
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    /**
     * Replays a plan: runs it in the background with the plan's particles and seed, then shows
     * the first moment (paused). A replay already on screen or being prepared is dropped.
     *
     * @param onReady called (FX thread) when the replay is ready
     * @param onError called (FX thread) with a message when the plan cannot be replayed
     */
    public void start(Plan plan, Runnable onReady, java.util.function.Consumer<String> onError) {
        stop();
        Optional<String> why = CampaignReplay.whyNotReplayable(plan);
        if (why.isPresent()) {
            onError.accept(capitalised(why.get()) + ". Release times are set in the Properties panel of each sortie.");
            return;
        }
        preparing.set(true);
        progress.set(0);
        status.set("Preparing the replay\u2026");
        job = runner.run("Preparing the replay", monitor -> CampaignReplay.ofPlan(plan, threads, monitor), r -> {
                    job = null;
                    preparing.set(false);
                    replay.set(Optional.of(r));
                    status.set(String.format(Locale.ROOT, "Replay: %d sorties, %,d frames", r.timeline().size(),
                            r.activeFrameCount()));
                    seekFrame(0);
                    onReady.run();
                }, error -> {
                    job = null;
                    preparing.set(false);
                    status.set("");
                    onError.accept(PlannerWindow.describe(error));
                }, new TaskRunner.Listener() {
                    @Override
                    public void progress(String task, double fraction) {
                        progress.set(fraction);
                    }

                    @Override
                    public void ended() {
                        preparing.set(false);
                    }
                });
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Leaves replay mode: stops playing, drops the replay (or cancels its preparation). */
    public void stop() {
        playing.set(false);
        if (job != null) {
            job.cancel();
            job = null;
        }
        if (momentJob != null) {
            momentJob.cancel();
            momentJob = null;
        }
        preparing.set(false);
        replay.set(Optional.empty());
        moment.set(Optional.empty());
        status.set("");
    }

    /** Moves the clock on by {@code realSeconds} of playback; at the end it stops playing. */
    public void advance(double realSeconds) {
        Optional<CampaignReplay> r = replay.get();
        if (r.isEmpty() || !playing.get()) {
            return;
        }
        CampaignReplay c = r.get();
        double t = timeS.get() + realSeconds * speed.get();
        int k = c.activeFrameAtOrBefore(t);
        if (k + 1 < c.activeFrameCount() && t > c.activeFrameTimeS(k) + c.clock().stepS()) {
            // nothing in the air between these frames: jump to the next one
            k++;
            t = c.activeFrameTimeS(k);
        }
        timeS.set(t);
        sinceRedrawS += realSeconds;
        if (k >= lastFrame()) {
            showFrame(lastFrame());
            playing.set(false);
        } else if (k != frame.get() && sinceRedrawS >= MIN_REDRAW_S) {
            showFrame(k);
        }
    }

    /** Shows active frame k (clamped) and sets the clock to it. */
    public void seekFrame(int k) {
        Optional<CampaignReplay> r = replay.get();
        if (r.isEmpty()) {
            return;
        }
        int clamped = Math.max(0, Math.min(lastFrame(), k));
        timeS.set(r.get().activeFrameTimeS(clamped));
        showFrame(clamped);
    }

    /** One frame forward or back (pauses). */
    public void step(int frames) {
        playing.set(false);
        seekFrame(frame.get() + frames);
    }

    /**
     * Shows active frame k: the frame index at once, its moment (the density landed so far is a
     * grid to build) from a worker; a newer frame cancels an older one's, and a moment that comes
     * back for a frame no longer shown is dropped.
     */
    private void showFrame(int k) {
        sinceRedrawS = 0;
        frame.set(k);
        CampaignReplay r = replay.get().orElseThrow();
        if (momentJob != null) {
            momentJob.cancel();
        }
        momentJob = runner.run("Replay frame", monitor -> r.moment(k), m -> {
            if (replay.get().orElse(null) == r && frame.get() == k) {
                moment.set(Optional.of(m));
            }
        }, error -> status.set("Replay frame not drawn: " + PlannerWindow.describe(error)));
    }

    private int lastFrame() {
        return replay.get().map(r -> r.activeFrameCount() - 1).orElse(0);
    }

    /** Worker threads a replay's run uses (the window's setting). */
    int threads() {
        return threads;
    }

    public ReadOnlyObjectProperty<Optional<CampaignReplay>> replayProperty() {
        return replay.getReadOnlyProperty();
    }

    public Optional<CampaignReplay> replay() {
        return replay.get();
    }

    public boolean isActive() {
        return replay.get().isPresent() || preparing.get();
    }

    /** The active frame on screen (index into the replay's active frames). */
    public ReadOnlyIntegerProperty frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** The campaign clock (absolute s). */
    public ReadOnlyDoubleProperty timeProperty() {
        return timeS.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<ReplayPainter.Moment>> momentProperty() {
        return moment.getReadOnlyProperty();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Campaign seconds per second of playback. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
