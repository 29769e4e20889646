package org.leafdrop.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.io.ProgramVersion;
import org.leafdrop.model.Plan;
import org.leafdrop.planning.LandingPreview;
import org.leafdrop.planning.PlanSimulator;
import org.leafdrop.render.MapPainter;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.ui.edit.PlanEditor;
import org.leafdrop.ui.panels.SortieShares;

/**
 * Keeps the prediction in step with the plan (DESIGN.md "The window"): on every change of the
 * plan on screen (a drag included) the fast-path preview is recomputed at once; on every
 * committed change the full Monte Carlo run starts in the background, cancelling the one before.
 * A result computed for an older revision is dropped. FX thread only.
 */
public final class SimulationController {
    /** A full run and the plan it was computed for. */
    public record Run(Plan plan, PlanSimulator.Simulated simulated, DensityGrid density, SortieShares shares) {
        public MapPainter.Scene scene() {
            return new MapPainter.Scene(plan, simulated.run().frame(), Optional.of(simulated.result()),
                    Optional.of(density));
        }

        public PlanResult result() {
            return simulated.result();
        }

        /** Simulates a plan with its own settings, as the window shows it (worker thread). */
        public static Run compute(Plan plan, int threads, org.leafdrop.sim.ProgressMonitor monitor) {
            PlanSimulator.Simulated s = PlanSimulator.simulate(plan, plan.simulation().particlesPerSortie(),
                    plan.simulation().seed(), threads, List.of(), ProgramVersion.current(), monitor);
            return new Run(plan, s, DensityGrid.of(s.run(), plan.simulation().gridCellM()), SortieShares.of(plan, s.run()));
        }
    }

    private final PlanEditor editor;
    private final TaskRunner runner;
    private final int threads;
    private final ReadOnlyObjectWrapper<Optional<Run>> lastRun = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<List<LandingPreview.SortiePreview>> preview =
            new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty autoRun = new SimpleBooleanProperty(true);
    private TaskRunner.Job job;
    /** Identifies the newest job: callbacks of older ones change nothing. */
    private Object currentToken;

    public SimulationController(PlanEditor editor, TaskRunner runner, int threads) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.threads = Math.max(1, threads);
        editor.displayedPlanProperty().addListener((o, a, b) -> updatePreview());
        editor.planProperty().addListener((o, a, b) -> {
            if (autoRun.get()) {
                runNow();
            } else {
                cancel();
            }
        });
        updatePreview();
    }

    /** The last full run (possibly of an older plan: see {@link #isCurrent}). */
    public ReadOnlyObjectProperty<Optional<Run>> lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    public Optional<Run> lastRun() {
        return lastRun.get();
    }

    /** True when the last full run is of the plan on screen. */
    public boolean isCurrent() {
        return lastRun.get().map(r -> r.plan().equals(editor.displayedPlan())).orElse(false);
    }

    public ReadOnlyObjectProperty<List<LandingPreview.SortiePreview>> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction done of the running job, negative when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One line for the status bar: what runs, what finished, what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Run the full simulation after every edit (on by default). */
    public BooleanProperty autoRunProperty() {
        return autoRun;
    }

    private void updatePreview() {
        Plan p = editor.displayedPlan();
        if (p.sorties().isEmpty()) {
            preview.set(List.of());
            return;
        }
        try {
            preview.set(LandingPreview.compute(p, lastRun.get().map(Run::result)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            preview.set(List.of());
            status.set("Preview not possible: " + e.getMessage());
        }
    }

    /** Starts the full run of the current plan, cancelling a running one. */
    public void runNow() {
        cancelQuietly();
        Plan plan = editor.plan();
        long revision = editor.revision();
        if (plan.sorties().isEmpty()) {
            status.set("Nothing to simulate: draw a release track (Track tool) to add a sortie.");
            return;
        }
        int particles = plan.simulation().particlesPerSortie();
        if (!ParticleEngine.fitsInOneRun(plan.sorties().size(), particles)) {
            status.set(String.format(Locale.ROOT, "Too many particles: %,d per sortie x %d sorties; lower the "
                    + "particles per sortie in Simulation settings.", particles, plan.sorties().size()));
            return;
        }
        long needed = ParticleEngine.bytesNeeded(plan.sorties().size(), particles);
        if (needed > Runtime.getRuntime().maxMemory() * 0.8) {
            status.set(String.format(Locale.ROOT, "Not enough memory for %,d particles per sortie (about %.1f GB); "
                    + "lower the particles per sortie.", particles, needed / 1e9));
            return;
        }
        Object token = new Object();
        currentToken = token;
        running.set(true);
        progress.set(0);
        status.set(String.format(Locale.ROOT, "Simulating %d sorties x %,d particles...", plan.sorties().size(), particles));
        long t0 = System.nanoTime();
        job = runner.run("Simulating", monitor -> Run.compute(plan, threads, monitor), run -> {
            if (currentToken != token || (editor.revision() != revision && !editor.plan().equals(run.plan()))) {
                return;
            }
            lastRun.set(Optional.of(run));
            running.set(false);
            status.set(String.format(Locale.ROOT, "Simulated %d sorties x %,d particles in %.1f s (seed %d).",
                    plan.sorties().size(), particles, (System.nanoTime() - t0) / 1e9, plan.simulation().seed()));
            updatePreview();
        }, error -> {
            if (currentToken != token) {
                return;
            }
            running.set(false);
            status.set("Simulation failed: " + (error instanceof OutOfMemoryError
                    ? "out of memory; lower the particles per sortie" : String.valueOf(error.getMessage())));
        }, new TaskRunner.Listener() {
            @Override
            public void progress(String task, double fraction) {
                if (currentToken == token) {
                    progress.set(fraction);
                }
            }

            @Override
            public void ended() {
                if (currentToken == token) {
                    running.set(false);
                }
            }
        });
    }

    /** Stops the running simulation; the last result stays. */
    public void cancel() {
        if (job != null && !job.isDone()) {
            cancelQuietly();
            status.set("Simulation cancelled.");
        }
    }

    private void cancelQuietly() {
        currentToken = null;
        if (job != null) {
            job.cancel();
            job = null;
        }
        running.set(false);
    }
}
