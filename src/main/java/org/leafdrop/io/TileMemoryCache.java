package org.leafdrop.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.leafdrop.render.RasterImage;
import org.leafdrop.render.TileId;

/**
 * The most recently used decoded tiles, a fixed number of them (a 256-pixel tile takes 256 KiB).
 * Thread-safe.
 */
final class TileMemoryCache {
    private final Map<TileId, RasterImage> tiles;

    TileMemoryCache(int capacityTiles) {
        if (capacityTiles < 1) {
            throw new IllegalArgumentException("a tile cache holds at least one tile, asked for " + capacityTiles);
        }
        this.tiles = new LinkedHashMap<>(capacityTiles * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<TileId, RasterImage> eldest) {
                return size() > capacityTiles;
            }
        };
    }

    synchronized Optional<RasterImage> get(TileId id) {
        return Optional.ofNullable(tiles.get(id));
    }

    synchronized void put(TileId id, RasterImage image) {
        tiles.put(id, image);
    }

    synchronized int size() {
        return tiles.size();
    }
}
