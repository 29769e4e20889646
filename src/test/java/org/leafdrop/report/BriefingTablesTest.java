package org.leafdrop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The briefing's page flow: long tables and long cells. */
class BriefingTablesTest {
    @Test
    void aLongTableBreaksAcrossPagesRepeatingItsHeaderAndLosingNoRow() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfPages pages = new PdfPages(doc, PDRectangle.A4, PdfText.embeddedIn(doc), "MARKING LINE");
            pages.newPage();
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                rows.add(List.of("row-" + i, "value " + i));
            }
            pages.table(List.of("HeaderOne", "HeaderTwo"), new float[] {1, 1}, rows, 9);
            pages.finish();
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                assertThat(text).contains("HeaderOne").contains("MARKING LINE")
                        .contains("Page " + p + " of " + doc.getNumberOfPages());
                all.append(text);
            }
            for (int i = 0; i < 150; i++) {
                assertThat(all.toString()).contains("row-" + i + " ");
            }
        }
    }

    @Test
    void wrapKeepsEveryCharacterAndCutsWordsLongerThanTheColumn() throws IOException {
        String text = "a " + "x".repeat(200) + " tail";
        PDDocument doc = new PDDocument();
        PdfText fonts = PdfText.embeddedIn(doc);
        List<String> lines = PdfPages.wrap(text, fonts.regular(), 9, 100);
        assertThat(lines.size()).isGreaterThan(3);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        for (String line : lines) {
            assertThat(PdfText.widthPt(fonts.regular(), 9, line)).isLessThanOrEqualTo(100f);
        }
        doc.close();
    }
}
