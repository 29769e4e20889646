package org.leafdrop.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The one place text meets the PDF's fonts. The briefing uses the Standard 14 Helvetica faces,
 * which encode only WinAnsi (Latin-1 and a few typographic signs), so every string goes through
 * {@link #safe(String)}: signs with a plain spelling are spelled out (σ becomes "sigma"), line
 * breaks and tabs become spaces, and anything else the font cannot encode becomes "?". Arabic
 * names therefore print as question marks: shaping and bidi need an embedded font, a later step.
 * Thread-safe.
 */
public final class PdfText {
    /** Helvetica, regular and bold; Standard 14 fonts need no embedding. */
    public static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    public static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private static final Map<Integer, String> SPELLED = Map.ofEntries(
            Map.entry((int) 'σ', "sigma"), Map.entry((int) '≥', ">="), Map.entry((int) '≤', "<="),
            Map.entry((int) '≈', "~"), Map.entry((int) '−', "-"), Map.entry((int) '→', "->"),
            Map.entry((int) '←', "<-"), Map.entry((int) '³', "3"), Map.entry((int) '\u2009', " "),
            Map.entry((int) '\u202F', " "), Map.entry((int) '\u00A0', " "));
    private static final Map<Integer, Boolean> ENCODABLE = new ConcurrentHashMap<>();

    private PdfText() {
    }

    /** The text with every character Helvetica (WinAnsi) cannot encode replaced; never null. */
    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
            } else if (SPELLED.containsKey(cp)) {
                out.append(SPELLED.get(cp));
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // zero-width and direction marks carry nothing printable
                return;
            } else if (ENCODABLE.computeIfAbsent(cp, PdfText::encodable)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Width in points of already safe text. */
    static float widthPt(PDFont font, float sizePt, String safeText) {
        try {
            return font.getStringWidth(safeText) / 1000f * sizePt;
        } catch (java.io.IOException | IllegalArgumentException e) {
            // a safe string always measures; keep a conservative estimate if the font disagrees
            return safeText.length() * sizePt * 0.6f;
        }
    }

    private static boolean encodable(int cp) {
        try {
            REGULAR.encode(new String(Character.toChars(cp)));
            BOLD.encode(new String(Character.toChars(cp)));
            return true;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
