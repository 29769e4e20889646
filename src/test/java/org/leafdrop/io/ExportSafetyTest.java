package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * User text that is hostile to each output format (XML and CDATA terminators, quotes, backslashes,
 * line breaks, direction overrides, Arabic, an emoji, a spreadsheet formula) goes through the
 * command line's exports and comes out as the same text: never as extra KML placemarks, broken
 * JSON, a formula or a failed PDF.
 */
class ExportSafetyTest {
    static final String TARGET_NAME = "Old City </name></Placemark><Placemark><name>INJECTED</name> & \"q\" 'a' ]]> "
            + "<![CDATA[x]]> back\\slash\nnew line \u202Eoverride\u202C \u0627\u0644\u0645\u062f\u064a\u0646\u0629 \u0627\u0644\u0642\u062f\u064a\u0645\u0629 \uD83D\uDDFA";
    static final String PLAN_NAME = "Plan \"X\" <b>bold</b> & </Document> \u0627\u0644\u0645\u0648\u0635\u0644";
    static final String SORTIE_ID = "=HYPERLINK(\"http://example.invalid\",\"s1\")";

    @TempDir
    static Path tmp;
    static Path plan;

    @BeforeAll
    static void hostilePlan() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode p = (ObjectNode) json.readTree(Path.of("samples/mosul-central-2016-10-16.leafdrop.json").toFile());
        p.put("name", PLAN_NAME);
        p.put("notes", "notes with </kml> and ]]> and \u0000 a NUL");
        ((ObjectNode) p.withArray("targets").get(0)).put("name", TARGET_NAME);
        ((ObjectNode) p.withArray("sorties").get(0)).put("id", SORTIE_ID);
        ObjectNode sim = (ObjectNode) p.get("simulation");
        sim.put("particlesPerSortie", 500);
        plan = tmp.resolve("hostile.leafdrop.json");
        Files.writeString(plan, json.writerWithDefaultPrettyPrinter().writeValueAsString(p));
    }

    private static Path export(String format) {
        Path out = tmp.resolve("out." + format);
        int code = org.leafdrop.cli.LeafdropCli.run(new String[] {"export", plan.toString(), "--to", format, "-o",
            out.toString()}, new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), org.leafdrop.cli.WindowOpener.UNAVAILABLE);
        assertThat(code).as("export --to " + format).isZero();
        return out;
    }

    @Test
    void geoJsonKeepsTheTextExactly() throws Exception {
        JsonNode fc = new ObjectMapper().readTree(export("geojson").toFile());
        assertThat(fc.path("name").asText()).isEqualTo(PLAN_NAME);
        List<String> names = new ArrayList<>();
        List<String> sorties = new ArrayList<>();
        fc.path("features").forEach(f -> {
            names.add(f.path("properties").path("name").asText());
            sorties.add(f.path("properties").path("sortieId").asText());
        });
        assertThat(names).contains(TARGET_NAME);
        assertThat(sorties).contains(SORTIE_ID);
    }

    @Test
    void kmlHasNoInjectedPlacemarkAndTheNamesReadBack() throws Exception {
        Path kml = export("kml");
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(kml)));
        JsonNode fc = new ObjectMapper().readTree(export("geojson").toFile());
        NodeList placemarks = doc.getElementsByTagNameNS(KmlExport.NAMESPACE, "Placemark");
        assertThat(placemarks.getLength()).as("one placemark per feature").isEqualTo(fc.path("features").size());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < placemarks.getLength(); i++) {
            names.add(((Element) placemarks.item(i)).getElementsByTagNameNS(KmlExport.NAMESPACE, "name").item(0)
                    .getTextContent());
        }
        assertThat(names).contains(TARGET_NAME).doesNotContain("INJECTED");
        Element document = (Element) doc.getElementsByTagNameNS(KmlExport.NAMESPACE, "Document").item(0);
        assertThat(document.getElementsByTagNameNS(KmlExport.NAMESPACE, "name").item(0).getTextContent())
                .isEqualTo(PLAN_NAME);
    }

    @Test
    void csvQuotesTheIdAndDefusesTheFormula() throws Exception {
        List<String> lines = Files.readAllLines(export("csv"));
        String row = lines.get(1);
        // RFC 4180: quoted because of the commas and quotes, inner quotes doubled; the apostrophe
        // keeps a spreadsheet from running it
        String quoted = "\"'" + SORTIE_ID.replace("\"", "\"\"") + "\"";
        assertThat(row).startsWith(quoted + ",");
        assertThat(row.substring(quoted.length() + 1).split(",")).hasSize(3);
        assertThat(LandingsCsv.field("-2")).isEqualTo("'-2");
        assertThat(LandingsCsv.field("s-2")).isEqualTo("s-2");
    }

    @Test
    void thePdfPrintsTheNamesInTheirScripts() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export("pdf").toFile())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC);
            assertThat(text).contains("Plan \"X\" <b>bold</b> & </Document>").contains("\u0627\u0644\u0645\u0648\u0635\u0644")
                    .contains("INJECTED").contains("\u0627\u0644\u0642\u062f\u064a\u0645\u0629");
        }
    }
}
