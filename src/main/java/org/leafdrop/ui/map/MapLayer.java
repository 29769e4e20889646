package org.leafdrop.ui.map;

/** The map's layers, bottom to top, with the names the layer list shows. */
public enum MapLayer {
    BASE_MAP("Base map (offline)"),
    TILES("Raster tiles"),
    DENSITY("Density heat map"),
    TARGETS("Targets"),
    EXCLUSIONS("Exclusions"),
    CONTOURS("Density contours"),
    ELLIPSES("Landing ellipses"),
    TRACKS("Release tracks"),
    CLOUDS("Leaflet clouds (replay)"),
    WIND_BARBS("Wind barbs");

    private final String label;

    MapLayer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
