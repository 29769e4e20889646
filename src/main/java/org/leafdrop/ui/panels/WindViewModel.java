package org.leafdrop.ui.panels;

import static org.leafdrop.ui.panels.UnitSystem.Quantity.HEIGHT;
import static org.leafdrop.ui.panels.UnitSystem.Quantity.SPEED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leafdrop.model.Limits;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;
import org.leafdrop.ui.edit.EditCommand;
import org.leafdrop.ui.edit.PlanEditor;
import org.leafdrop.units.Units;

/**
 * The plan's winds as a table of levels and a hodograph, with edits of one level at a time. For
 * time-varying winds one profile is shown at a time, picked by {@link #selectedProfileProperty()}.
 * Every change is one named command; refused input leaves the plan unchanged and says why in
 * {@link #messageProperty()}. Follows the editor's plan and the unit system. Use on the FX thread.
 */
public final class WindViewModel {
    private final PlanEditor editor;
    private final ObservableValue<UnitSystem> units;
    private final ObservableList<WindRow> rows = FXCollections.observableArrayList();
    // read-only views made once: a listener added to such a view lives only as long as the view
    private final ObservableList<WindRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> profileLabels = FXCollections.observableArrayList();
    private final ObservableList<String> profileLabelsView = FXCollections.unmodifiableObservableList(profileLabels);
    private final IntegerProperty selectedProfile = new SimpleIntegerProperty(this, "selectedProfile", 0);
    private final ReadOnlyBooleanWrapper timeVarying = new ReadOnlyBooleanWrapper(this, "timeVarying");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyStringWrapper validTime = new ReadOnlyStringWrapper(this, "validTime", "");
    private final ReadOnlyStringWrapper heightUnit = new ReadOnlyStringWrapper(this, "heightUnit", "");
    private final ReadOnlyStringWrapper speedUnit = new ReadOnlyStringWrapper(this, "speedUnit", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Hodograph> hodograph = new ReadOnlyObjectWrapper<>(this, "hodograph");

    public WindViewModel(PlanEditor editor, ObservableValue<UnitSystem> units) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.units = Objects.requireNonNull(units, "units");
        editor.planProperty().addListener((o, a, b) -> update());
        units.addListener((o, a, b) -> update());
        selectedProfile.addListener((o, a, b) -> update());
        update();
    }

    /** The levels of the shown profile, lowest first. */
    public ObservableList<WindRow> rows() {
        return rowsView;
    }

    /** One label per profile ("2016-10-15T22:00:00Z"); a single "steady" entry for steady winds. */
    public ObservableList<String> profileLabels() {
        return profileLabelsView;
    }

    /** Index of the profile shown and edited; kept within the plan's profiles. */
    public IntegerProperty selectedProfileProperty() {
        return selectedProfile;
    }

    public ReadOnlyBooleanProperty timeVaryingProperty() {
        return timeVarying.getReadOnlyProperty();
    }

    /** Where the winds come from: "manual, station OKBK (Erbil)", or "not given". */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The shown profile's valid time (or the weather's), ISO UTC, or "not given". */
    public ReadOnlyStringProperty validTimeProperty() {
        return validTime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heightUnitProperty() {
        return heightUnit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedUnitProperty() {
        return speedUnit.getReadOnlyProperty();
    }

    /** Empty, or why the last edit was refused, naming the column and level. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Hodograph> hodographProperty() {
        return hodograph.getReadOnlyProperty();
    }

    public Hodograph hodograph() {
        return hodograph.get();
    }

    /** Sets the height (MSL, in ft or m) of the level in row {@code index}. */
    public boolean editHeight(int index, String typed) {
        return edit(index, "Height", typed, WindRow::height, (level, u) -> {
            double m = Inputs.quantity(typed, u, HEIGHT);
            for (WindLevel other : profile().levels()) {
                if (other != level && other.altitudeMslM() == m) {
                    throw new InvalidInputException("another level is at " + u.formatWithUnit(HEIGHT, m) + " MSL");
                }
            }
            return new Change("Change wind height at " + heightText(level), new WindLevel(m, level.fromDeg(),
                    level.speedMps()));
        });
    }

    /** Sets where the wind of the level in row {@code index} blows from, degrees true. */
    public boolean editFromDeg(int index, String typed) {
        return edit(index, "From", typed, WindRow::from, (level, u) -> {
            double deg = Inputs.number(typed);
            Inputs.requireBetween(deg, 0, 360, "0°", "360°");
            return new Change("Change wind direction at " + heightText(level),
                    new WindLevel(level.altitudeMslM(), deg, level.speedMps()));
        });
    }

    /** Sets the wind speed (kt or m/s) of the level in row {@code index}. */
    public boolean editSpeed(int index, String typed) {
        return edit(index, "Speed", typed, WindRow::speed, (level, u) -> {
            double mps = Inputs.quantity(typed, u, SPEED);
            Inputs.requireBetween(mps, 0, Limits.MAX_WIND_SPEED_MPS, "0",
                    u.formatWithUnit(SPEED, Limits.MAX_WIND_SPEED_MPS));
            return new Change("Change wind speed at " + heightText(level),
                    new WindLevel(level.altitudeMslM(), level.fromDeg(), mps));
        });
    }

    /**
     * Adds a level above the highest one (1000 ft or 500 m higher) with the same wind, as a
     * starting point the user then edits.
     */
    public void addLevel() {
        List<WindLevel> levels = profile().levels();
        WindLevel top = levels.get(levels.size() - 1);
        double stepM = units.getValue() == UnitSystem.IMPERIAL ? 1000 * Units.M_PER_FT : 500;
        WindLevel added = new WindLevel(top.altitudeMslM() + stepM, top.fromDeg(), top.speedMps());
        List<WindLevel> next = new ArrayList<>(levels);
        next.add(added);
        apply("Add wind level at " + heightText(added), next);
    }

    /** Removes the level in row {@code index}; refused for a profile's last level. */
    public boolean removeLevel(int index) {
        List<WindLevel> levels = profile().levels();
        if (index < 0 || index >= levels.size()) {
            return false;
        }
        if (levels.size() == 1) {
            message.set("A wind profile needs at least one level");
            return false;
        }
        List<WindLevel> next = new ArrayList<>(levels);
        WindLevel removed = next.remove(index);
        apply("Remove wind level at " + heightText(removed), next);
        return true;
    }

    private record Change(String name, WindLevel level) {
    }

    @FunctionalInterface
    private interface LevelEdit {
        Change make(WindLevel level, UnitSystem units) throws InvalidInputException;
    }

    /** Text equal to what the row shows changes nothing, so a rounded value is never written back. */
    private boolean edit(int index, String column, String typed, Function<WindRow, String> shown, LevelEdit e) {
        List<WindLevel> levels = profile().levels();
        if (index < 0 || index >= levels.size()) {
            return false;
        }
        if (index < rows.size() && typed.strip().equals(shown.apply(rows.get(index)))) {
            message.set("");
            return true;
        }
        WindLevel level = levels.get(index);
        Change c;
        try {
            c = e.make(level, units.getValue());
        } catch (InvalidInputException ex) {
            message.set(column + " at " + heightText(level) + ": " + ex.getMessage());
            return false;
        }
        List<WindLevel> next = new ArrayList<>(levels);
        next.set(index, c.level());
        apply(c.name(), next);
        return true;
    }

    private void apply(String name, List<WindLevel> levels) {
        int p = profileIndex(editor.plan());
        editor.apply(new EditCommand(name, plan -> {
            Weather w = plan.weather();
            List<WindProfile> profiles = new ArrayList<>(w.profiles());
            profiles.set(p, profiles.get(p).withLevels(levels));
            return plan.withWeather(w.withProfiles(profiles));
        }));
        message.set("");
    }

    private String heightText(WindLevel l) {
        return units.getValue().formatWithUnit(HEIGHT, l.altitudeMslM()) + " MSL";
    }

    private WindProfile profile() {
        Plan p = editor.plan();
        return p.weather().profiles().get(profileIndex(p));
    }

    private int profileIndex(Plan p) {
        return Math.max(0, Math.min(selectedProfile.get(), p.weather().profiles().size() - 1));
    }

    private void update() {
        Plan plan = editor.plan();
        Weather w = plan.weather();
        UnitSystem u = units.getValue();
        List<String> labels = w.timeVarying()
                ? w.profiles().stream().map(p -> p.validTimeUtc().map(Instant::toString).orElse("?")).toList()
                : List.of("steady");
        if (!profileLabels.equals(labels)) {
            profileLabels.setAll(labels);
        }
        if (selectedProfile.get() != profileIndex(plan)) {
            selectedProfile.set(profileIndex(plan));
            return;
        }
        WindProfile profile = profile();
        timeVarying.set(w.timeVarying());
        List<String> where = new ArrayList<>();
        w.source().ifPresent(where::add);
        w.station().ifPresent(s -> where.add("station " + s.id()));
        source.set(where.isEmpty() ? "not given" : String.join(", ", where));
        validTime.set(profile.validTimeUtc().or(w::validTimeUtc).map(Instant::toString).orElse("not given"));
        heightUnit.set(u.unit(HEIGHT));
        speedUnit.set(u.unit(SPEED));
        List<WindRow> now = new ArrayList<>();
        for (int i = 0; i < profile.levels().size(); i++) {
            WindLevel l = profile.levels().get(i);
            now.add(new WindRow(i, l, u.format(HEIGHT, l.altitudeMslM()), DisplayNumbers.format(l.fromDeg(), 1),
                    u.format(SPEED, l.speedMps())));
        }
        if (!rows.equals(now)) {
            rows.setAll(now);
        }
        hodograph.set(Hodograph.of(profile.levels(), u));
        message.set("");
    }
}
