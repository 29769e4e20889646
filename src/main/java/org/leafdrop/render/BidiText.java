package org.leafdrop.render;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Right-to-left text (Arabic place names) for outputs that draw glyphs one after another without
 * shaping or reordering them, such as a PDF content stream: {@link #shaped} joins Arabic letters
 * into their contextual forms (ICU4J's ArabicShaping), {@link #visual} puts a line in the order
 * it is drawn, left to right (ICU4J's Bidi, the Unicode bidirectional algorithm, with mirrored
 * brackets). Text with no right-to-left character comes back unchanged. Java2D and JavaFX shape
 * and reorder by themselves and take the logical text. Also the bundled DejaVu Sans faces, which
 * have Arabic glyphs. Thread-safe.
 */
public final class BidiText {
    /** DejaVu Sans, regular and bold, inside the jar (see fonts/LICENSE-DejaVu.txt). */
    public static final String REGULAR_FONT = "/org/leafdrop/fonts/DejaVuSans.ttf";
    public static final String BOLD_FONT = "/org/leafdrop/fonts/DejaVuSans-Bold.ttf";

    private BidiText() {
    }

    /** True when the text has a right-to-left character (Arabic, Hebrew, ...). */
    public static boolean hasRightToLeft(String text) {
        char[] chars = text.toCharArray();
        return Bidi.requiresBidi(chars, 0, chars.length);
    }

    /**
     * Arabic letters in their contextual (presentation) forms, still in logical order; other
     * text unchanged. Widths measured on it are the drawn widths, so lines can be broken on it.
     */
    public static String shaped(String logical) {
        if (!hasRightToLeft(logical)) {
            return logical;
        }
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(logical);
        } catch (ArabicShapingException e) {
            // only raised for fixed-length modes; the grow-shrink mode never fails
            return logical;
        }
    }

    /**
     * One line in drawing order (left to right): right-to-left runs reversed, brackets mirrored,
     * direction controls removed. The paragraph direction is that of the first strong character.
     */
    public static String visual(String line) {
        if (!hasRightToLeft(line)) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /** A line as drawn glyph by glyph: shaped, then in visual order. */
    public static String forGlyphs(String logical) {
        return visual(shaped(logical));
    }

    /** Opens one of the bundled fonts ({@link #REGULAR_FONT}, {@link #BOLD_FONT}). */
    public static InputStream openFont(String resource) {
        InputStream in = BidiText.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("the font " + resource + " is missing from the program"));
        }
        return in;
    }
}
