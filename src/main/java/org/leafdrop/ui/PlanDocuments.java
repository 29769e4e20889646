package org.leafdrop.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.leafdrop.io.PlanReader;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.Extras;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Problem;
import org.leafdrop.model.SimulationSettings;
import org.leafdrop.model.Turbulence;
import org.leafdrop.model.Weather;
import org.leafdrop.model.WindLevel;

/** Reading plans for the window: files, the bundled sample, a new empty plan, weather blocks. */
public final class PlanDocuments {
    /** The sample the window opens on when started without a plan (bundled in the jar). */
    public static final String SAMPLE_RESOURCE = "/org/leafdrop/samples/mosul-central-2016-10-16.leafdrop.json";

    private PlanDocuments() {
    }

    static PlanReader reader() {
        return new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled());
    }

    public static Loaded<Plan> read(Path file) {
        return reader().read(file);
    }

    /** The bundled Mosul sample (it has no file: saving asks where). */
    public static Plan sample() {
        try (InputStream in = PlanDocuments.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample is missing from the jar: " + SAMPLE_RESOURCE);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Loaded<Plan> loaded = reader().read(json, Optional.empty());
            return loaded.value().orElseThrow(() -> new IllegalStateException(
                    "the bundled sample does not read: " + loaded.problems()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled sample: " + e.getMessage(), e);
        }
    }

    /** A new plan: nothing drawn yet, calm ISA weather, the default simulation settings. */
    public static Plan empty() {
        return new Plan(Plan.CURRENT_VERSION, "Untitled plan", Optional.empty(), 0, List.of(), List.of(), List.of(),
                Weather.steady(List.of(new WindLevel(0, 0, 0)), new Turbulence.None()), List.of(),
                SimulationSettings.DEFAULTS, Extras.NONE);
    }

    /**
     * The weather of a file: a Leafdrop plan's {@code weather}, or a bare weather block (the
     * object PLAN-FORMAT.md describes under {@code weather}). Problems name the file.
     */
    public static Loaded<Weather> readWeather(Path file) {
        Loaded<Plan> asPlan = reader().read(file);
        if (asPlan.value().isPresent()) {
            return Loaded.of(asPlan.value().get().weather(), asPlan.warnings());
        }
        String text;
        try {
            text = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return asPlan.value().isPresent() ? Loaded.of(asPlan.value().get().weather(), List.of())
                    : Loaded.failed(asPlan.problems());
        }
        String trimmed = text.strip();
        if (!trimmed.startsWith("{") || trimmed.contains("\"format\"")) {
            return Loaded.failed(asPlan.problems());
        }
        // a bare weather block: read it inside a minimal plan so every weather rule applies; the
        // wrapper sits on the file's first line, so only first-line columns need shifting back
        String prefix = "{\"format\":\"leafdrop-plan\",\"version\":1,\"name\":\"weather\",\"sorties\":[],"
                + "\"groundElevationMslM\":0,\"weather\":";
        Loaded<Plan> inner = reader().read(prefix + text + "}", Optional.of(file));
        List<Problem> weatherProblems = inner.problems().stream().filter(p -> p.jsonPath().startsWith("$.weather"))
                .map(p -> p.line() == 1 ? new Problem(p.severity(), p.file(), p.jsonPath(), 1,
                        Math.max(1, p.column() - prefix.length()), p.message()) : p)
                .toList();
        if (inner.value().isEmpty()) {
            return Loaded.failed(weatherProblems.isEmpty() ? asPlan.problems() : weatherProblems);
        }
        return Loaded.of(inner.value().get().weather(), weatherProblems);
    }
}
