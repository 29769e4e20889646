package org.leafdrop.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.leafdrop.render.BidiText;

/**
 * The one place text meets a PDF's fonts. The briefing embeds DejaVu Sans (regular and bold,
 * subsets of the glyphs used), which covers Latin, Greek, Cyrillic, Arabic and Hebrew, so place
 * names print in their own script. PDFBox draws glyphs in the order given and does no shaping, so
 * text is prepared in two steps: {@link #safe(String)} makes a logical string the fonts can draw
 * (line breaks and tabs become spaces, direction and zero-width controls are dropped, Arabic
 * letters take their joined forms, a character neither face has becomes "?"); lines are broken on
 * that, and each line is put in drawing order with {@link #visual(String)} just before it is
 * shown. One instance per document (its fonts belong to the document). Thread-safe.
 */
public final class PdfText {
    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> encodable = new ConcurrentHashMap<>();

    private PdfText(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The fonts embedded in a document (as subsets, written when the document is saved). */
    public static PdfText embeddedIn(PDDocument document) throws IOException {
        try (InputStream r = BidiText.openFont(BidiText.REGULAR_FONT);
             InputStream b = BidiText.openFont(BidiText.BOLD_FONT)) {
            return new PdfText(PDType0Font.load(document, r, true), PDType0Font.load(document, b, true));
        }
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /**
     * The text as the fonts can draw it, in logical order (see above); never null. Measure and
     * break lines on this, then show each line through {@link #visual(String)}.
     */
    public String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // zero-width and direction marks carry nothing printable
                return;
            } else if (Character.isSpaceChar(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        String shaped = BidiText.shaped(out.toString());
        StringBuilder drawable = new StringBuilder(shaped.length());
        shaped.codePoints().forEach(cp -> {
            if (encodable.computeIfAbsent(cp, this::encodable)) {
                drawable.appendCodePoint(cp);
            } else {
                drawable.append('?');
            }
        });
        return drawable.toString();
    }

    /** A safe line in drawing order, left to right. */
    public static String visual(String safeLine) {
        return BidiText.visual(safeLine);
    }

    /** Width in points of already safe text. */
    static float widthPt(PDFont font, float sizePt, String safeText) {
        try {
            return font.getStringWidth(safeText) / 1000f * sizePt;
        } catch (IOException | IllegalArgumentException e) {
            // a safe string always measures; keep a conservative estimate if the font disagrees
            return safeText.length() * sizePt * 0.6f;
        }
    }

    private boolean encodable(int cp) {
        String s = new String(Character.toChars(cp));
        try {
            regular.encode(s);
            bold.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
