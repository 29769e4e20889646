package org.leafdrop.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Flows text, images and tables down the pages of a document, top to bottom, starting a new page
 * when the next block does not fit. Tables repeat their header row on every page they reach. The
 * marking line and the page number go on every page in {@link #finish()}. All strings are passed
 * through {@link PdfText#safe(String)} here (and shown in drawing order), so callers may hand in anything. Not thread-safe:
 * one writer per document.
 */
final class PdfPages {
    static final float MARGIN_PT = 40;
    private static final float MARKING_SIZE_PT = 9;
    private static final float CELL_PAD_PT = 2.5f;
    private static final float LEADING = 1.25f;

    private final PDDocument document;
    private final PDRectangle paper;
    private final PdfText fonts;
    private final String marking;
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument document, PDRectangle paper, PdfText text, String marking) {
        this.document = document;
        this.paper = paper;
        this.fonts = text;
        this.marking = fonts.safe(marking);
    }

    /** The document's regular face. */
    PDFont regular() {
        return fonts.regular();
    }

    /** The document's bold face. */
    PDFont bold() {
        return fonts.bold();
    }

    /** Width available between the margins, points. */
    float widthPt() {
        return paper.getWidth() - 2 * MARGIN_PT;
    }

    private float top() {
        return paper.getHeight() - MARGIN_PT - 14;
    }

    private float bottom() {
        return MARGIN_PT + 14;
    }

    void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(paper);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = top();
    }

    private void ensure(float heightPt) throws IOException {
        if (content == null || y - heightPt < bottom()) {
            newPage();
        }
    }

    /** Vertical space, points (nothing at the top of a page). */
    void gap(float pt) {
        if (content != null && y < top()) {
            y -= pt;
        }
    }

    void heading(String text, float sizePt) throws IOException {
        ensure(sizePt * LEADING * 3);
        gap(sizePt * 0.6f);
        paragraph(text, fonts.bold(), sizePt);
    }

    /** Text wrapped to the page width. */
    void paragraph(String text, PDFont font, float sizePt) throws IOException {
        for (String line : wrap(fonts.safe(text), font, sizePt, widthPt())) {
            ensure(sizePt * LEADING);
            y -= sizePt * LEADING;
            show(line, font, sizePt, MARGIN_PT, y + sizePt * 0.25f);
        }
    }

    /** A bulleted item with a hanging indent. */
    void bullet(String text, float sizePt) throws IOException {
        float indent = 10;
        boolean first = true;
        for (String line : wrap(fonts.safe(text), fonts.regular(), sizePt, widthPt() - indent)) {
            ensure(sizePt * LEADING);
            y -= sizePt * LEADING;
            if (first) {
                show("-", fonts.regular(), sizePt, MARGIN_PT + 2, y + sizePt * 0.25f);
                first = false;
            }
            show(line, fonts.regular(), sizePt, MARGIN_PT + indent, y + sizePt * 0.25f);
        }
    }

    /** An image as wide as {@code widthPt}, its aspect ratio kept, centred. */
    void image(PDImageXObject image, float widthPt) throws IOException {
        float h = widthPt * image.getHeight() / image.getWidth();
        ensure(h);
        y -= h;
        content.drawImage(image, MARGIN_PT + (widthPt() - widthPt) / 2, y, widthPt, h);
    }

    /**
     * A table: a bold header row, then the rows, each cell wrapped within its column; a row never
     * splits, and a new page starts with the header again.
     *
     * @param weights relative column widths
     */
    void table(List<String> header, float[] weights, List<List<String>> rows, float sizePt) throws IOException {
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = widthPt() * weights[i] / total;
        }
        List<List<String>> headerCells = cells(header, widths, fonts.bold(), sizePt);
        float headerH = rowHeight(headerCells, sizePt);
        ensure(headerH + sizePt * LEADING * 2);
        drawRow(headerCells, widths, fonts.bold(), sizePt, true);
        for (List<String> row : rows) {
            List<List<String>> c = cells(row, widths, fonts.regular(), sizePt);
            float h = rowHeight(c, sizePt);
            if (y - h < bottom()) {
                newPage();
                drawRow(headerCells, widths, fonts.bold(), sizePt, true);
            }
            drawRow(c, widths, fonts.regular(), sizePt, false);
        }
    }

    private List<List<String>> cells(List<String> row, float[] widths, PDFont font, float sizePt) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String text = i < row.size() ? row.get(i) : "";
            out.add(wrap(fonts.safe(text), font, sizePt, widths[i] - 2 * CELL_PAD_PT));
        }
        return out;
    }

    private static float rowHeight(List<List<String>> cells, float sizePt) {
        int lines = 1;
        for (List<String> c : cells) {
            lines = Math.max(lines, c.size());
        }
        return lines * sizePt * LEADING + 2 * CELL_PAD_PT;
    }

    private void drawRow(List<List<String>> cells, float[] widths, PDFont font, float sizePt, boolean header)
            throws IOException {
        float h = rowHeight(cells, sizePt);
        float rowTop = y;
        y -= h;
        if (header) {
            content.setNonStrokingColor(0.88f, 0.88f, 0.88f);
            content.addRect(MARGIN_PT, y, widthPt(), h);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        content.setStrokingColor(0.6f, 0.6f, 0.6f);
        content.setLineWidth(0.4f);
        content.moveTo(MARGIN_PT, y);
        content.lineTo(MARGIN_PT + widthPt(), y);
        content.stroke();
        float x = MARGIN_PT;
        for (int i = 0; i < widths.length; i++) {
            float lineY = rowTop - CELL_PAD_PT - sizePt;
            for (String line : cells.get(i)) {
                show(line, font, sizePt, x + CELL_PAD_PT, lineY);
                lineY -= sizePt * LEADING;
            }
            x += widths[i];
        }
    }

    private void show(String safeText, PDFont font, float sizePt, float x, float baseline) throws IOException {
        if (safeText.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, sizePt);
        content.newLineAtOffset(x, baseline);
        content.showText(PdfText.visual(safeText));
        content.endText();
    }

    /** Greedy word wrap; a word longer than the width is cut. Always at least one line. */
    static List<String> wrap(String safeText, PDFont font, float sizePt, float widthPt) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safeText.split(" ", -1)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (PdfText.widthPt(font, sizePt, candidate) <= widthPt) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (PdfText.widthPt(font, sizePt, rest) > widthPt && rest.length() > 1) {
                int n = rest.length() - 1;
                while (n > 1 && PdfText.widthPt(font, sizePt, rest.substring(0, n)) > widthPt) {
                    n--;
                }
                lines.add(rest.substring(0, n));
                rest = rest.substring(n);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Closes the last page and writes the marking (top and bottom) and "Page i of n" on every page. */
    void finish() throws IOException {
        closeContent();
        int n = document.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream c = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = c;
                float w = PdfText.widthPt(fonts.bold(), MARKING_SIZE_PT, marking);
                float cx = (paper.getWidth() - w) / 2;
                show(marking, fonts.bold(), MARKING_SIZE_PT, cx, paper.getHeight() - MARGIN_PT + 8);
                show(marking, fonts.bold(), MARKING_SIZE_PT, cx, MARGIN_PT - 16);
                String number = "Page " + (i + 1) + " of " + n;
                show(number, fonts.regular(), 8, paper.getWidth() - MARGIN_PT
                        - PdfText.widthPt(fonts.regular(), 8, number), MARGIN_PT - 16);
            } finally {
                content = null;
            }
        }
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
