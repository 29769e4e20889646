package org.leafdrop.io;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.leafdrop.model.CampaignFacts;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.LeafletTypeDef;
import org.leafdrop.model.Plan;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.model.Weather;

/**
 * Binds the top level of a plan: format and version first (a result file or a newer version
 * stops there), then every section, collecting all problems. Not thread-safe: one per read.
 */
final class PlanBinder {
    static final String RESULT_FORMAT = "leafdrop-result";
    static final List<String> FIELDS = List.of("format", "version", "name", "notes", "groundElevationMslM",
            "targets", "exclusions", "leafletTypes", "weather", "sorties", "simulation");
    /**
     * Known fields of the format kept as extras, so that saving writes them back as read; the
     * campaign facts among them are checked by {@link CampaignFactsBinder}.
     */
    static final Set<String> KEPT_UNBOUND = Set.of(CampaignFacts.REPORTS, CampaignFacts.OBSERVATIONS);

    private final ProblemLog log;
    private final LeafletCatalog catalog;
    private final DeviceCatalog devices;

    PlanBinder(ProblemLog log, LeafletCatalog catalog, DeviceCatalog devices) {
        this.log = log;
        this.catalog = catalog;
        this.devices = devices;
    }

    Optional<Plan> bind(JsonValue root) {
        if (!(root instanceof JsonValue.JsonObject)) {
            log.error(JsonPaths.ROOT, root, "a plan must be a JSON object (got " + root.describe() + ")");
            return Optional.empty();
        }
        Fields f = Fields.of(root, JsonPaths.ROOT, log, FIELDS).orElseThrow();
        if (!formatAndVersionReadable(f)) {
            return Optional.empty();
        }
        Optional<String> name = f.string("name");
        Optional<String> notes = f.string("notes");
        double ground = groundElevation(f);
        AreaBinder areas = new AreaBinder(log);
        List<Target> targets = areas.targets(f.array("targets"), f.pathOf("targets"));
        List<Exclusion> exclusions = areas.exclusions(f.array("exclusions"), f.pathOf("exclusions"));
        LeafletTypeBinder types = new LeafletTypeBinder(log, catalog);
        List<LeafletTypeDef> leafletTypes = types.bind(f.array("leafletTypes"), f.pathOf("leafletTypes"));
        Optional<Weather> weather = f.required("weather").flatMap(w -> WeatherBinder.bind(w, f.pathOf("weather"), log));
        Optional<JsonValue.JsonArray> sortieArray = f.requiredArray("sorties");
        List<Sortie> sorties = sortieArray.map(a -> new SortieBinder(log, catalog, devices, types, areas.targetIds(),
                ground).bind(a, f.pathOf("sorties"))).orElse(List.of());
        if (sortieArray.isPresent() && sortieArray.get().items().isEmpty()) {
            log.warning(f.pathOf("sorties"), sortieArray.get(), "the plan has no sorties: nothing to simulate");
        }
        Optional<SimulationSettings> simulation = SimulationBinder.bind(f.present("simulation"),
                f.pathOf("simulation"), log);
        new CampaignFactsBinder(log, areas.targetIds()).bind(f.array(CampaignFacts.REPORTS),
                f.pathOf(CampaignFacts.REPORTS), f.array(CampaignFacts.OBSERVATIONS), f.pathOf(CampaignFacts.OBSERVATIONS));
        Extras extras = f.extras(KEPT_UNBOUND);
        return Build.record(log, 0, JsonPaths.ROOT, root, () -> new Plan(Plan.CURRENT_VERSION, name.orElse(""),
                notes, ground, targets, exclusions, leafletTypes, weather.orElseThrow(), sorties,
                simulation.orElseThrow(), extras));
    }

    /** False when the file is not a plan this version can read; the reason is logged. */
    private boolean formatAndVersionReadable(Fields f) {
        Optional<String> format = f.requiredString("format");
        if (format.isPresent() && !format.get().equals(Plan.FORMAT)) {
            JsonValue at = f.present("format").orElseThrow();
            if (format.get().equals(RESULT_FORMAT)) {
                log.error(f.pathOf("format"), at, "this is a Leafdrop result file (format \"" + RESULT_FORMAT
                        + "\"), not a plan: open the plan it was simulated from");
            } else {
                log.error(f.pathOf("format"), at, "must be \"" + Plan.FORMAT + "\" (got \"" + format.get() + "\")");
            }
            return false;
        }
        if (f.raw("version").isEmpty()) {
            f.missing("version");
            return true;
        }
        OptionalLong version = f.whole("version", 1, Long.MAX_VALUE);
        if (f.raw("version").get() instanceof JsonValue.JsonNull) {
            log.error(f.pathOf("version"), f.raw("version").get(), "must be a whole number (got null)");
        }
        if (version.isPresent() && version.getAsLong() > Plan.CURRENT_VERSION) {
            log.error(f.pathOf("version"), f.present("version").orElseThrow(), "the plan was made by a newer "
                    + "Leafdrop (format version " + version.getAsLong() + "); this version reads version "
                    + Plan.CURRENT_VERSION);
            return false;
        }
        return true;
    }

    private double groundElevation(Fields f) {
        if (f.raw("groundElevationMslM").isEmpty()) {
            log.warning(f.pathOf("groundElevationMslM"), f.node(),
                    "groundElevationMslM not given: the ground is taken at 0 m MSL");
            return 0;
        }
        OptionalDouble ground = f.number("groundElevationMslM", NumberRule.between(-500, 9000));
        return ground.orElse(0);
    }
}
