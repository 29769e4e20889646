package org.leafdrop.io;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;

/** Shared fixtures for the io tests: the reader over the bundled catalogs and small plans as text. */
final class TestPlans {
    static final PlanReader READER = new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled());

    /** A small valid plan; {@code %SORTIE%} is replaced by the fields of its only sortie. */
    private static final String TEMPLATE = """
            {
              "format": "leafdrop-plan",
              "version": 1,
              "groundElevationMslM": 223,
              "targets": [
                { "id": "t1", "geometry": { "type": "Polygon",
                  "coordinates": [[[43.1, 36.3], [43.2, 36.3], [43.2, 36.4], [43.1, 36.4], [43.1, 36.3]]] } }
              ],
              "weather": { "winds": [{ "altitudeMslM": 300, "fromDeg": 320, "speedMps": 3 }] },
              "sorties": [
                { %SORTIE% }
              ]
            }
            """;
    /** The fields of a valid sortie. */
    static final String SORTIE = "\"id\": \"s1\", \"targetId\": \"t1\", "
            + "\"track\": { \"type\": \"LineString\", \"coordinates\": [[43.0, 36.3], [43.05, 36.32]] }, "
            + "\"altitudeAglM\": 1200, \"leafletType\": \"6x3-20lb\", \"leafletCount\": 1000";

    private TestPlans() {
    }

    /** The minimal plan with its sortie's fields replaced. */
    static String withSortie(String sortieFields) {
        return TEMPLATE.replace("%SORTIE%", sortieFields);
    }

    static String minimal() {
        return withSortie(SORTIE);
    }

    static Loaded<Plan> read(String json) {
        return READER.read(json, Optional.of(Path.of("test.leafdrop.json")));
    }

    static Path resource(String name) {
        try {
            return Path.of(TestPlans.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
