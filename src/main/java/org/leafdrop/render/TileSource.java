package org.leafdrop.render;

import java.io.IOException;
import java.util.Optional;

/**
 * Where map tiles come from: an MBTiles file, an online XYZ server with a disk cache, or a test
 * double. Tiles are 256-pixel XYZ tiles ({@link TileId}), decoded to {@link RasterImage}s.
 * <p>
 * The map asks {@link #cached} while painting (it must return at once, never touching the
 * network), and {@link #request}s what was missing; when a requested tile arrives the callback
 * asks for a repaint, which then finds it in {@link #cached}. Implementations are thread-safe.
 */
public interface TileSource extends AutoCloseable {
    /** A short name for the layer list. */
    String name();

    /** The credit the map must show while these tiles are visible (for example the tile licence). */
    String attribution();

    int minZoom();

    int maxZoom();

    /** The tile if it is in memory now; never blocks on disk or network for long. */
    Optional<RasterImage> cached(TileId id);

    /**
     * Loads the tile in the background if it can. {@code whenLoaded} runs (on any thread, at most
     * once per call) when the tile is in {@link #cached}; it does not run when the tile does not
     * exist or cannot be loaded. Repeated requests for a tile already on its way are merged.
     */
    void request(TileId id, Runnable whenLoaded);

    /**
     * The tile, loading it now on the calling thread if needed (for exports and tests; never call
     * it on the FX thread). Empty when the source has no such tile.
     *
     * @throws IOException when the tile exists but cannot be read or decoded, or cannot be fetched
     */
    Optional<RasterImage> load(TileId id) throws IOException;

    /** Stops background work and releases files; later requests are ignored. */
    @Override
    void close();
}
