package org.leafdrop.render;

import java.util.List;

/**
 * The small credit lines a map must show for its data (base map bottom left, tile source bottom
 * right), 10-pixel text on a pale band along the bottom edge, clear of the scale bar and legend.
 * The layer painters write their own; a window that covers them with other layers can write them
 * again last. Stateless.
 */
public final class Attribution {
    static final double SIZE_PX = 10;
    /** How far up from the bottom edge the band reaches; labels keep clear of it. */
    static final double BAND_PX = 15;
    static final int BACKDROP = 0xB3FFFFFF;
    static final int INK = 0xFF6E6862;

    private Attribution() {
    }

    public static void bottomLeft(MapCanvas c, MapView v, String text) {
        write(c, v, text, false);
    }

    public static void bottomRight(MapCanvas c, MapView v, String text) {
        write(c, v, text, true);
    }

    private static void write(MapCanvas c, MapView v, String text, boolean right) {
        if (text.isBlank()) {
            return;
        }
        double width = c.textWidth(text, SIZE_PX, false);
        double h = v.heightPx();
        double x0 = right ? v.widthPx() - width - 10 : 0;
        c.fillRings(List.<double[][]>of(new double[][] {{x0, h - BAND_PX}, {x0 + width + 10, h - BAND_PX},
            {x0 + width + 10, h}, {x0, h}}), BACKDROP);
        c.text(text, x0 + 5, h - 4, SIZE_PX, INK, false);
    }
}
