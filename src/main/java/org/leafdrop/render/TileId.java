package org.leafdrop.render;

/**
 * A slippy-map tile in the XYZ scheme used by web tile servers: zoom {@code z}, column {@code x}
 * from the antimeridian eastwards, row {@code y} from the north edge of Web Mercator southwards.
 * At zoom z there are 2^z x 2^z tiles. MBTiles files number rows from the south ({@link #tmsRow}).
 * Immutable.
 */
public record TileId(int z, int x, int y) {
    /** The deepest zoom accepted; 2^z still fits an int column index with room for arithmetic. */
    public static final int MAX_ZOOM = 24;

    public TileId {
        if (z < 0 || z > MAX_ZOOM) {
            throw new IllegalArgumentException("tile zoom must be in [0, " + MAX_ZOOM + "], was " + z);
        }
        int n = 1 << z;
        if (x < 0 || x >= n || y < 0 || y >= n) {
            throw new IllegalArgumentException("tile " + z + "/" + x + "/" + y + " is outside the " + n + " x " + n
                    + " tiles of zoom " + z);
        }
    }

    /** The tile one zoom level up that covers this one; zoom 0 has no parent. */
    public TileId parent() {
        if (z == 0) {
            throw new IllegalStateException("tile 0/0/0 has no parent");
        }
        return new TileId(z - 1, x >> 1, y >> 1);
    }

    /** The row as MBTiles (TMS) stores it: counted from the south edge. */
    public int tmsRow() {
        return (1 << z) - 1 - y;
    }

    /** The tile at zoom {@code z} that contains a position (latitudes beyond Web Mercator's ±85.05° clamp). */
    public static TileId containing(double lonDeg, double latDeg, int z) {
        int n = 1 << z;
        double fx = (lonDeg + 180) / 360 * n;
        double lat = Math.toRadians(Math.max(-85.0511, Math.min(85.0511, latDeg)));
        double fy = (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n;
        return new TileId(z, Math.floorMod((int) Math.floor(fx), n), Math.max(0, Math.min(n - 1, (int) Math.floor(fy))));
    }

    /** "z/x/y", as in tile URLs and messages. */
    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}
