package org.leafdrop.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leafdrop.coverage.ExclusionCoverage;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.coverage.SortieResult;
import org.leafdrop.coverage.SortieStatistics;
import org.leafdrop.coverage.TargetCoverage;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.ui.edit.PlanEditor;
import org.leafdrop.ui.edit.PlanElement;

/**
 * The results as rows: per sortie (fall time, drift, R50/R90, shares in targets and exclusions)
 * and per target (leaflets, density, area at the desired density, leaflets per resident), with
 * totals and warnings. Three states: not simulated, a preview (fast-path centroids while the full
 * run goes on) and a full result. The window feeds it on the FX thread; it never simulates.
 * Names come from the editor's current plan; values are re-shown when the unit system changes.
 * Selecting a row selects its element in the editor.
 */
public final class ResultsViewModel {
    /** What the panel shows in each state. */
    public enum State { NOT_SIMULATED, PREVIEW, RESULT }

    public static final String NOT_SIMULATED_TEXT = "Not simulated yet — results appear here after a run";
    public static final String PREVIEW_TEXT = "Preview — full run in progress";

    private final PlanEditor editor;
    private final ObservableValue<UnitSystem> units;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NOT_SIMULATED);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", NOT_SIMULATED_TEXT);
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
    private final ReadOnlyStringWrapper distanceUnit = new ReadOnlyStringWrapper(this, "distanceUnit", "");
    private final ObservableList<SortieRow> sortieRows = FXCollections.observableArrayList();
    // read-only views made once: a listener added to such a view lives only as long as the view
    private final ObservableList<SortieRow> sortieRowsView = FXCollections.unmodifiableObservableList(sortieRows);
    private final ObservableList<TargetRow> targetRows = FXCollections.observableArrayList();
    private final ObservableList<TargetRow> targetRowsView = FXCollections.unmodifiableObservableList(targetRows);
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private Optional<PlanResult> result = Optional.empty();
    private SortieShares shares = SortieShares.NONE;
    private List<SortiePreview> preview = List.of();

    public ResultsViewModel(PlanEditor editor, ObservableValue<UnitSystem> units) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.units = Objects.requireNonNull(units, "units");
        editor.planProperty().addListener((o, a, b) -> show());
        units.addListener((o, a, b) -> show());
        show();
    }

    /**
     * Shows a full result, or the "not simulated" state for empty. Without per-sortie shares the
     * sortie table shows "—" in its share columns; see {@link #setResult(PlanResult, SortieShares)}.
     */
    public void setResult(Optional<PlanResult> r) {
        setResult(r, SortieShares.NONE);
    }

    /** Shows a full result with each sortie's shares in targets and exclusions. */
    public void setResult(PlanResult r, SortieShares sortieShares) {
        setResult(Optional.of(r), sortieShares);
    }

    /** Shows the fast-path preview while a full run is in progress; any earlier result is dropped. */
    public void showPreview(List<SortiePreview> p) {
        result = Optional.empty();
        shares = SortieShares.NONE;
        preview = List.copyOf(p);
        state.set(State.PREVIEW);
        show();
    }

    /** The full result shown, if any. */
    public Optional<PlanResult> result() {
        return result;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** One line about what is shown: the run's particles and seed, the preview note or the empty state. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Plan-wide leaflets, in targets and in exclusions (each exclusion named); "" unless a result is shown. */
    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** "NM" or "km", for the table headers. */
    public ReadOnlyStringProperty distanceUnitProperty() {
        return distanceUnit.getReadOnlyProperty();
    }

    public ObservableList<SortieRow> sortieRows() {
        return sortieRowsView;
    }

    public ObservableList<TargetRow> targetRows() {
        return targetRowsView;
    }

    public ObservableList<String> warnings() {
        return warningsView;
    }

    /** The editor's selection, for the view to show the selected element's row. */
    public ReadOnlyObjectProperty<Optional<PlanElement>> selectionProperty() {
        return editor.selectionProperty();
    }

    /** Selects the row's sortie in the editor (the map highlights it). */
    public void select(SortieRow row) {
        editor.select(Optional.of(PlanElement.sortie(row.id())));
    }

    public void select(TargetRow row) {
        editor.select(Optional.of(PlanElement.target(row.id())));
    }

    private void setResult(Optional<PlanResult> r, SortieShares sortieShares) {
        result = Objects.requireNonNull(r, "result");
        shares = Objects.requireNonNull(sortieShares, "sortieShares");
        preview = List.of();
        state.set(r.isPresent() ? State.RESULT : State.NOT_SIMULATED);
        show();
    }

    private void show() {
        Plan plan = editor.plan();
        UnitSystem u = units.getValue();
        distanceUnit.set(u.unit(UnitSystem.Quantity.DISTANCE));
        List<SortieRow> sorties = new ArrayList<>();
        List<TargetRow> targets = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        switch (state.get()) {
            case NOT_SIMULATED -> {
                status.set(NOT_SIMULATED_TEXT);
                totals.set("");
            }
            case PREVIEW -> {
                status.set(PREVIEW_TEXT);
                totals.set("");
                OptionalDouble none = OptionalDouble.empty();
                for (SortiePreview p : preview) {
                    sorties.add(new SortieRow(p.sortieId(), p.sortieId(), sortieName(plan, p.sortieId()),
                            OptionalDouble.of(p.fallTimeS()), OptionalDouble.of(p.driftM()),
                            OptionalDouble.of(p.driftBearingDeg()), none, none, none, none, u));
                }
            }
            case RESULT -> {
                PlanResult r = result.orElseThrow();
                status.set(String.format(Locale.ROOT, "%s particles per sortie, seed %d",
                        DisplayNumbers.format(r.particlesPerSortie()), r.seed()));
                for (SortieResult s : r.sorties()) {
                    sorties.add(sortieRow(plan, s, u));
                }
                for (TargetCoverage t : r.targets()) {
                    String name = plan.target(t.id()).flatMap(Target::name).orElse("");
                    targets.add(new TargetRow(t.id(), t.id(), name, t.leafletsInside(), t.meanDensityPerKm2(),
                            t.areaFractionAboveThreshold(), t.leafletsPerResident()));
                }
                totals.set(totalsText(plan, r));
                notes.addAll(r.warnings());
            }
            default -> throw new IllegalStateException(state.get().toString());
        }
        sortieRows.setAll(sorties);
        targetRows.setAll(targets);
        warnings.setAll(notes);
    }

    private SortieRow sortieRow(Plan plan, SortieResult s, UnitSystem u) {
        Optional<SortieStatistics> st = s.statistics();
        Optional<SortieShares.Share> share = shares.of(s.id());
        return new SortieRow(s.id(), s.id(), sortieName(plan, s.id()),
                st.map(x -> OptionalDouble.of(x.fallTime().meanS())).orElse(OptionalDouble.empty()),
                st.map(x -> OptionalDouble.of(x.driftM())).orElse(OptionalDouble.empty()),
                st.map(x -> OptionalDouble.of(x.driftBearingDeg())).orElse(OptionalDouble.empty()),
                st.map(x -> OptionalDouble.of(x.r50M())).orElse(OptionalDouble.empty()),
                st.map(x -> OptionalDouble.of(x.r90M())).orElse(OptionalDouble.empty()),
                share.map(x -> OptionalDouble.of(x.fractionInTargets())).orElse(OptionalDouble.empty()),
                share.map(x -> OptionalDouble.of(x.fractionInExclusions())).orElse(OptionalDouble.empty()), u);
    }

    private static String sortieName(Plan plan, String id) {
        return plan.sorties().stream().filter(s -> s.id().equals(id)).findFirst().flatMap(Sortie::name).orElse("");
    }

    private static String totalsText(Plan plan, PlanResult r) {
        long all = r.totals().leaflets();
        StringBuilder b = new StringBuilder();
        b.append(DisplayNumbers.format(all)).append(" leaflets: ")
                .append(DisplayNumbers.format(r.totals().leafletsInTargets())).append(" (")
                .append(DisplayNumbers.percent(r.totals().fractionInTargets())).append(" %) in targets, ")
                .append(DisplayNumbers.format(r.totals().leafletsInExclusions())).append(" (")
                .append(DisplayNumbers.percent(all > 0 ? (double) r.totals().leafletsInExclusions() / all : 0))
                .append(" %) in exclusions");
        for (ExclusionCoverage x : r.exclusions()) {
            String name = plan.exclusions().stream().filter(e -> e.id().equals(x.id())).findFirst()
                    .flatMap(Exclusion::name).orElse(x.id());
            b.append("\n").append(name).append(": ").append(DisplayNumbers.format(x.leafletsInside())).append(" leaflets");
        }
        return b.toString();
    }
}
