package org.leafdrop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.render.ReferenceImages;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.geo.Coordinates;
import org.leafdrop.io.PlanReader;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.planning.PlanSimulator;
import org.leafdrop.sim.ProgressMonitor;

/** The briefing of the Mosul sample, parsed back with PDFBox. */
class BriefingPdfTest {
    /** A fixed clock: the briefing prints its generation time, and the reference image must not move. */
    private static final Instant GENERATED = Instant.parse("2016-10-15T12:00:00Z");
    private static Plan plan;
    private static BriefingPdf.Input input;
    private static byte[] a4;

    @TempDir
    Path tmp;

    @BeforeAll
    static void simulateTheSample() throws IOException {
        plan = new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled())
                .read(Path.of("samples/mosul-central-2016-10-16.leafdrop.json")).value().orElseThrow();
        input = inputFor(plan);
        a4 = BriefingPdf.toBytes(input, options(BriefingPdf.Paper.A4));
    }

    private static BriefingPdf.Input inputFor(Plan p) {
        // few particles and a fixed seed: the same landings on any machine and thread count
        PlanSimulator.Simulated s = PlanSimulator.simulate(p, 2000, 20161016, 2, List.of(), "test",
                ProgressMonitor.NONE);
        return new BriefingPdf.Input(s.scenario(), s.result(),
                Optional.of(DensityGrid.of(s.run(), p.simulation().gridCellM())));
    }

    private static BriefingPdf.Options options(BriefingPdf.Paper paper) {
        return new BriefingPdf.Options(paper, BriefingPdf.DEFAULT_MARKING, GENERATED);
    }

    private static List<String> pageTexts(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    @Test
    void theTextNamesEverySortieWithItsAltitudeCountAndTrackStartAndCarriesTheMarkingOnEveryPage()
            throws IOException {
        try (PDDocument pdf = Loader.loadPDF(a4)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            List<String> pages = pageTexts(pdf);
            String all = String.join("\n", pages);
            assertThat(pages.get(0)).contains(plan.name()).contains("Briefing generated 2016-10-15 12:00Z")
                    .contains("Release date: 2016-10-15");
            for (String page : pages) {
                // top and bottom
                assertThat(page.split(BriefingPdf.DEFAULT_MARKING, -1)).hasSize(3);
            }
            assertThat(all).contains("Sortie s1").contains("Sortie s2")
                    .contains("3,937 ft / 1,200 m").contains("10,000 ft / 3,048 m")
                    .contains("40,000").contains("60,000")
                    .contains("1 bomb (M129").contains("Winds").contains("Expected coverage")
                    .contains("Warnings").contains("Assumed parameters");
            for (Sortie s : plan.sorties()) {
                LonLat start = s.track().positions().get(0);
                assertThat(all).contains(Coordinates.mgrs(start.lonDeg(), start.latDeg()));
            }
        }
    }

    @Test
    void pageOneEmbedsTheMapAtPrintResolution() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(a4)) {
            PDPage first = pdf.getPage(0);
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : first.getResources().getXObjectNames()) {
                PDXObject x = first.getResources().getXObject(name);
                if (x instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).hasSize(1);
            assertThat(images.get(0).getWidth()).isEqualTo(BriefingPdf.MAP_WIDTH_PX);
            assertThat(images.get(0).getHeight()).isEqualTo(BriefingPdf.MAP_HEIGHT_PX);
            // lossless: Flate, not DCT (JPEG)
            assertThat(images.get(0).getSuffix()).isEqualTo("png");
        }
    }

    @Test
    void a4AndLetterHaveTheirMediaBoxes() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(a4)) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.27f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.5f));
        }
        try (PDDocument pdf = Loader.loadPDF(BriefingPdf.toBytes(input, options(BriefingPdf.Paper.LETTER)))) {
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(612f);
                assertThat(page.getMediaBox().getHeight()).isEqualTo(792f);
            }
        }
    }

    @Test
    void arabicNamesAndSignsPrintInTheirOwnScriptWithAnEmbeddedFont() throws IOException {
        Plan odd = new Plan(plan.version(), "Mosul — 12°C σ test الموصل", plan.notes(),
                plan.groundElevationMslM(), plan.targets().stream().map(t -> t.id().equals("old-city")
                        ? new org.leafdrop.model.Target(t.id(), Optional.of("المدينة القديمة (Old City)"),
                        t.population(), t.desiredDensityPerKm2(), t.geometry(), t.extras()) : t).toList(),
                plan.exclusions(), plan.leafletTypes(), plan.weather(), plan.sorties(), plan.simulation(), plan.extras());
        byte[] bytes = BriefingPdf.toBytes(inputFor(odd),
                new BriefingPdf.Options(BriefingPdf.Paper.A4, "مقيد — σ", GENERATED));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            // the fonts are embedded subsets of DejaVu Sans, which has the Arabic glyphs
            List<String> fonts = new java.util.ArrayList<>();
            for (org.apache.pdfbox.cos.COSName name : pdf.getPage(0).getResources().getFontNames()) {
                org.apache.pdfbox.pdmodel.font.PDFont f = pdf.getPage(0).getResources().getFont(name);
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                fonts.add(f.getName());
            }
            assertThat(fonts).anyMatch(n -> n.contains("DejaVuSans")).anyMatch(n -> n.contains("DejaVuSans-Bold"));
            assertThat(pdf.getDocumentInformation().getTitle()).endsWith("الموصل");
            // the text layer reads back as the words (PDFBox undoes the shaping and the drawing order)
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(pdf),
                    java.text.Normalizer.Form.NFKC);
            assertThat(text).contains("Mosul — 12°C σ test").contains("الموصل")
                    .contains("مقيد").doesNotContain("?????");
        }
    }

    @Test
    void arabicIsShapedAndDrawnRightToLeftAndWhatNoFontHasBecomesAQuestionMark() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfText fonts = PdfText.embeddedIn(doc);
            assertThat(fonts.safe("Mosul — 12°C, café")).isEqualTo("Mosul — 12°C, café");
            assertThat(fonts.safe("1σ ≥ 2\ttab\nline‏")).isEqualTo("1σ ≥ 2 tab line");
            assertThat(fonts.safe(null)).isEmpty();
            String baghdad = fonts.safe("بغداد 北京");
            // five letters in their joined (presentation) forms, then the two CJK signs no face has
            assertThat(baghdad).endsWith(" ??").hasSize(8);
            assertThat(baghdad.substring(0, 5).chars()).allMatch(c -> c >= 0xFE70 && c <= 0xFEFF);
            assertThat(baghdad.charAt(0)).isEqualTo('ﺑ'); // beh, initial form
            // drawn left to right: the Latin text first, the Arabic run reversed; digits after
            // Arabic letters belong to the right-to-left run (Unicode bidi rule W2), read first
            String line = fonts.safe("Mosul \u0627\u0644\u0645\u0648\u0635\u0644 2016");
            String arabic = line.substring(6, line.indexOf(' ', 6));
            assertThat(PdfText.visual(line)).isEqualTo("Mosul 2016 " + new StringBuilder(arabic).reverse());
            assertThat(PdfText.visual(fonts.safe("Old City (\u0627\u0644\u0645\u062f\u064a\u0646\u0629)")))
                    .startsWith("Old City (").endsWith(")");
        }
    }

    @Test
    void everyAssumedParameterIsListedOnce() {
        List<String> assumed = BriefingPdf.assumedParameters(input);
        assertThat(assumed).containsAll(input.scenario().assumptions()).doesNotHaveDuplicates()
                .contains("sortie s2: aircraft fighter (assumed)")
                .anyMatch(a -> a.startsWith("winds: assumed"));
        assertThat(input.result().warnings()).filteredOn(w -> w.contains("assumed")).isSubsetOf(assumed);
    }

    @Test
    void writeReplacesTheFileAtomically() throws IOException {
        Path out = tmp.resolve("brief.pdf");
        Files.writeString(out, "old");
        BriefingPdf.write(input, options(BriefingPdf.Paper.A4), out);
        assertThat(new String(Files.readAllBytes(out), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void pageOneLooksAsItDid() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(a4)) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 40);
            // text is where machines differ most (font rendering); 3 % of the pixels may differ
            ReferenceImages.assertMatches(page, "briefing-page1-a4-40dpi", 0.03);
        }
    }
}
