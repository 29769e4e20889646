package org.leafdrop.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tiles held in a map, for painter tests; requests are only recorded. */
final class MemoryTileSource implements TileSource {
    final Map<TileId, RasterImage> tiles = new HashMap<>();
    final List<TileId> requested = new ArrayList<>();
    String attribution = "";
    private final int minZoom;
    private final int maxZoom;

    MemoryTileSource(int minZoom, int maxZoom) {
        this.minZoom = minZoom;
        this.maxZoom = maxZoom;
    }

    /** A tile of one colour, made from its id so that every tile differs. */
    static int colour(TileId id) {
        return 0xFF000000 | (id.x() & 0xFF) << 16 | (id.y() & 0xFF) << 8 | (id.z() * 10 & 0xFF);
    }

    static RasterImage solid(int argb, int sizePx) {
        int[] px = new int[sizePx * sizePx];
        java.util.Arrays.fill(px, argb);
        return new RasterImage(sizePx, sizePx, px);
    }

    MemoryTileSource with(TileId id) {
        tiles.put(id, solid(colour(id), 256));
        return this;
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public String attribution() {
        return attribution;
    }

    @Override
    public int minZoom() {
        return minZoom;
    }

    @Override
    public int maxZoom() {
        return maxZoom;
    }

    @Override
    public Optional<RasterImage> cached(TileId id) {
        return Optional.ofNullable(tiles.get(id));
    }

    @Override
    public void request(TileId id, Runnable whenLoaded) {
        requested.add(id);
    }

    @Override
    public Optional<RasterImage> load(TileId id) {
        return cached(id);
    }

    @Override
    public void close() {
    }
}
