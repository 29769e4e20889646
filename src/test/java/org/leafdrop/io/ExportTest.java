package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leafdrop.coverage.CoverageFixtures;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Plan;
import org.leafdrop.sim.DoctrinalDrift;
import org.leafdrop.sim.DoctrinalMethod;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.PreparedSortie;
import org.leafdrop.sim.ProgressMonitor;
import org.leafdrop.sim.Scenario;
import org.leafdrop.sim.SimulationRun;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportTest {
    private static Plan plan;
    private static SimulationRun run;
    private static List<MapFeature> features;

    @BeforeAll
    static void simulateTheSample() {
        Plan sample = new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled())
                .read(java.nio.file.Path.of("samples/mosul-central-2016-10-16.leafdrop.json")).value().orElseThrow();
        // a name with every XML special character and Arabic, to check escaping and encoding
        plan = new Plan(sample.version(), "Mosul <old city> & \"west\" 'bank' \u0627\u0644\u0645\u0648\u0635\u0644",
                sample.notes(), sample.groundElevationMslM(), sample.targets(), sample.exclusions(),
                sample.leafletTypes(), sample.weather(), sample.sorties(), sample.simulation(), sample.extras());
        Scenario sc = Scenario.prepare(plan);
        run = new ParticleEngine(2).run(sc, 1000, 1, 1.0, ProgressMonitor.NONE);
        List<DoctrinalDrift> doctrinal = new ArrayList<>();
        for (PreparedSortie ps : sc.sorties()) {
            doctrinal.add(DoctrinalMethod.forSortie(sc, ps));
        }
        PlanResult result = PlanResult.build(plan, run, doctrinal, List.of(), CoverageFixtures.sampleResult().run());
        features = MapFeatures.of(plan, result, run.frame());
    }

    @Test
    void geoJsonIsAFeatureCollectionWithLongitudeFirst() throws Exception {
        JsonNode fc = new ObjectMapper().readTree(GeoJsonExport.toJson(plan.name(), features));
        assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
        List<String> kinds = new ArrayList<>();
        for (JsonNode f : fc.path("features")) {
            assertThat(f.path("type").asText()).isEqualTo("Feature");
            kinds.add(f.path("properties").path("kind").asText());
        }
        assertThat(kinds).containsExactly("target", "target", "exclusion", "track", "release", "landing", "ellipse",
                "ellipse", "track", "release", "landing", "ellipse", "ellipse");
        JsonNode landing = fc.path("features").get(5);
        assertThat(landing.path("properties").path("sortieId").asText()).isEqualTo("s1");
        // Mosul: longitude 43, latitude 36, in that order (RFC 7946)
        assertThat(landing.path("geometry").path("coordinates").get(0).asDouble()).isCloseTo(43.13, within(0.1));
        assertThat(landing.path("geometry").path("coordinates").get(1).asDouble()).isCloseTo(36.34, within(0.1));
        JsonNode ellipse2 = fc.path("features").get(7);
        assertThat(ellipse2.path("properties").path("sigma").asInt()).isEqualTo(2);
        JsonNode ring = ellipse2.path("geometry").path("coordinates").get(0);
        assertThat(ring).hasSize(MapFeatures.ELLIPSE_VERTICES + 1);
        assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
        assertThat(fc.path("features").get(0).path("properties").path("areaFractionAboveThreshold").isNumber())
                .isTrue();
        assertThat(fc.path("name").asText()).isEqualTo(plan.name());
    }

    @Test
    void kmlParsesAndEscapesUserText() throws Exception {
        String kml = KmlExport.toKml(plan.name(), features);
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(kml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(KmlExport.NAMESPACE);
        Element document = (Element) doc.getElementsByTagNameNS(KmlExport.NAMESPACE, "Document").item(0);
        assertThat(document.getElementsByTagNameNS(KmlExport.NAMESPACE, "name").item(0).getTextContent())
                .isEqualTo(plan.name());
        NodeList folders = doc.getElementsByTagNameNS(KmlExport.NAMESPACE, "Folder");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < folders.getLength(); i++) {
            names.add(((Element) folders.item(i)).getElementsByTagNameNS(KmlExport.NAMESPACE, "name").item(0)
                    .getTextContent());
        }
        assertThat(names).containsExactly("target", "exclusion", "track", "release", "landing", "ellipse");
        assertThat(doc.getElementsByTagNameNS(KmlExport.NAMESPACE, "Placemark").getLength()).isEqualTo(13);
        String firstPoint = doc.getElementsByTagNameNS(KmlExport.NAMESPACE, "Point").item(0).getTextContent().trim();
        assertThat(Double.parseDouble(firstPoint.split(",")[0])).isCloseTo(43.1, within(0.2));
    }

    @Test
    void csvListsEveryLandedParticleWithItsLeaflets() {
        String[] lines = LandingsCsv.toCsv(run).split("\n");
        assertThat(lines[0]).isEqualTo("sortie,lon,lat,leaflets");
        int landed = run.sorties().stream().mapToInt(l -> l.landedCount()).sum();
        assertThat(lines).hasSize(landed + 1);
        double leaflets = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].split(",");
            assertThat(c).hasSize(4);
            assertThat(Double.parseDouble(c[1])).isBetween(42.0, 44.0);
            assertThat(Double.parseDouble(c[2])).isBetween(35.0, 37.0);
            leaflets += Double.parseDouble(c[3]);
        }
        assertThat(leaflets).isCloseTo(100_000, within(1e-6));
        assertThat(Optional.of(lines[1]).get()).startsWith("s1,");
    }

    @Test
    void xmlEscapingCoversTheSpecialCharactersAndDropsControlCharacters() {
        assertThat(KmlExport.xml("a<b>&\"c'\u0001")).isEqualTo("a&lt;b&gt;&amp;&quot;c&apos;");
    }
}
