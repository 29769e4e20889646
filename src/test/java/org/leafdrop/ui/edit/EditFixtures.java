package org.leafdrop.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leafdrop.io.PlanReader;
import org.leafdrop.io.PlanWriter;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Problem;
import org.leafdrop.render.MapView;

/** The Mosul sample, a fixed view over it and small helpers shared by the edit tests. */
final class EditFixtures {
    static final PlanReader READER = new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled());
    static final Path SAMPLE = Path.of("samples/mosul-central-2016-10-16.leafdrop.json");
    /** 8 m per pixel over 1200 x 900 px centred near the Old City: about 9.6 km x 7.2 km. */
    static final MapView VIEW = new MapView(43.11, 36.355, 8, 1200, 900);
    static final SortieDefaults DEFAULTS = SortieDefaults.fromCatalog(LeafletCatalog.bundled());
    private static final Plan MOSUL = read(SAMPLE);

    private EditFixtures() {
    }

    /** Targets old-city and west-mosul, exclusion tigris, sorties s1 (line) and s2 (leaflet bomb on a point). */
    static Plan mosul() {
        return MOSUL;
    }

    static PlanEditor editor() {
        return new PlanEditor(MOSUL, Optional.of(SAMPLE));
    }

    static Plan read(Path file) {
        Loaded<Plan> loaded = READER.read(file);
        assertThat(loaded.errors()).isEmpty();
        return loaded.value().orElseThrow();
    }

    /** The errors the plan reader finds in the plan written to JSON: none for a plan edits may make. */
    static List<Problem> errorsAfterRoundTrip(Plan plan) {
        return READER.read(new PlanWriter().toJson(plan), Optional.empty()).errors();
    }

    static double[] px(LonLat p) {
        return VIEW.toPixel(p.lonDeg(), p.latDeg());
    }

    static LonLat at(double x, double y) {
        double[] ll = VIEW.toLonLat(x, y);
        return new LonLat(ll[0], ll[1]);
    }

    static LonLat ll(double lon, double lat) {
        return new LonLat(lon, lat);
    }

    /** A single-polygon area from its distinct vertices (closed here). */
    static AreaGeometry area(LonLat... vertices) {
        List<LonLat> ring = new ArrayList<>(List.of(vertices));
        ring.add(vertices[0]);
        return AreaGeometry.polygon(ring);
    }

    static List<LonLat> outerRing(Plan plan, String targetId) {
        return plan.target(targetId).orElseThrow().geometry().firstOuterRing();
    }

    /** Pixel distance from (x, y) to the nearest vertex of the plan, to place clicks away from snapping. */
    static double nearestVertexPx(Plan plan, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (PlanElement e : PlanShapes.elements(plan)) {
            for (PlanShapes.Vertex v : PlanShapes.vertices(plan, e)) {
                double[] p = px(v.at());
                best = Math.min(best, Math.hypot(p[0] - x, p[1] - y));
            }
        }
        return best;
    }
}
