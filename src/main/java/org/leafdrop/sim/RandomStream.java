package org.leafdrop.sim;

/**
 * One seeded random stream (a chunk's): SplitMix64 for the bits (the generator of
 * {@link java.util.SplittableRandom}), uniform doubles from the top 53 bits, and standard normal
 * draws by the 256-layer ziggurat of Marsaglia and Tsang (2000), each from 32 random bits (8 for
 * the layer, 24 for the signed abscissa, so the layer index and the value never share bits), two
 * normals per 64-bit draw. Normal draws dominate the cost of a turbulent particle step. The
 * fast path (about 98 % of draws) is pure integer and IEEE arithmetic, so a seed gives the same
 * numbers on every machine and Java version; the rare wedge and tail tests use Math.exp and
 * Math.log, whose last bit may differ between platforms, which could flip one accept decision in
 * about 10^16 (StrictMath, a native call on Java 17, made every draw three times slower).
 * Not thread-safe: one stream per chunk.
 */
public final class RandomStream {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static final int LAYERS = 256;
    private static final int INDEX_BITS = 8;
    /** Scale of the 24-bit signed abscissa. */
    private static final double M1 = 0x1.0p23;
    /** Start of the tail (Marsaglia and Tsang's r for 256 layers). */
    private static final double R = 3.6541528853610088;
    /** Area of each layer. */
    private static final double V = 0.00492867323399;
    /** Layer edges: X[0] = V / f(R) (the base layer's equivalent width), X[1] = R, ..., X[256] = 0. */
    private static final double[] X = new double[LAYERS + 1];
    /** f(X[i]) with f(x) = exp(-x^2/2). */
    private static final double[] F = new double[LAYERS + 1];
    /** |hz| below KN[i] lies inside layer i's rectangle core: X[i+1] / X[i] scaled to the abscissa. */
    private static final int[] KN = new int[LAYERS];
    /** X[i] / M1: the abscissa's scale in layer i. */
    private static final double[] WN = new double[LAYERS];

    static {
        X[0] = V / StrictMath.exp(-0.5 * R * R);
        X[1] = R;
        for (int i = 2; i < LAYERS; i++) {
            X[i] = Math.sqrt(-2.0 * StrictMath.log(StrictMath.exp(-0.5 * X[i - 1] * X[i - 1]) + V / X[i - 1]));
        }
        X[LAYERS] = 0;
        for (int i = 0; i <= LAYERS; i++) {
            F[i] = StrictMath.exp(-0.5 * X[i] * X[i]);
        }
        for (int i = 0; i < LAYERS; i++) {
            KN[i] = (int) Math.floor(X[i + 1] / X[i] * M1);
            WN[i] = X[i] / M1;
        }
    }

    private long state;
    private int spare;
    private boolean hasSpare;
    private int[] rejectIndex = new int[0];
    private int[] rejectBits = new int[0];

    public RandomStream(long seed) {
        this.state = seed;
    }

    /** 64 random bits (SplitMix64). */
    public long nextLong() {
        long z = (state += GOLDEN_GAMMA);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform in (0, 1), for logarithms. */
    private double nextOpenDouble() {
        return ((nextLong() >>> 12) + 0.5) * 0x1.0p-52;
    }

    /** 32 random bits: half of a 64-bit draw, the other half kept for the next call. */
    private int nextBits32() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        long b = nextLong();
        spare = (int) b;
        hasSpare = true;
        return (int) (b >>> 32);
    }

    /** A standard normal draw (mean 0, SD 1). */
    public double nextGaussian() {
        int bits = nextBits32();
        int iz = bits & (LAYERS - 1);
        int hz = bits >> INDEX_BITS;
        if (Math.abs(hz) < KN[iz]) {
            return hz * WN[iz];
        }
        return wedgeOrTail(hz, iz);
    }

    /**
     * Fills {@code out[0..n)} with standard normal draws, two from each 64-bit draw. One call per
     * time step feeds all the particles of a chunk. Every draw takes the ziggurat's fast path, and
     * the few (about 1.5 %) that fall outside their layer's rectangle are remembered and finished
     * through the wedge or tail afterwards, in order, keeping the main loop short and predictable. The generator state
     * stays in a register for the whole loop. Deterministic, but not the same numbers as n calls
     * of {@link #nextGaussian()}.
     */
    public void fillGaussian(double[] out, int n) {
        if (rejectIndex.length < n) {
            rejectIndex = new int[n];
            rejectBits = new int[n];
        }
        int[] ri = rejectIndex;
        int[] rb = rejectBits;
        int rejected = 0;
        long s = state;
        int pairs = n / 2;
        for (int p = 0; p < pairs; p++) {
            long z = (s += GOLDEN_GAMMA);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z = z ^ (z >>> 31);
            int hi = (int) (z >>> 32);
            int lo = (int) z;
            int i = 2 * p;
            int iz = hi & (LAYERS - 1);
            int hz = hi >> INDEX_BITS;
            out[i] = hz * WN[iz];
            if (Math.abs(hz) >= KN[iz]) {
                ri[rejected] = i;
                rb[rejected++] = hi;
            }
            iz = lo & (LAYERS - 1);
            hz = lo >> INDEX_BITS;
            out[i + 1] = hz * WN[iz];
            if (Math.abs(hz) >= KN[iz]) {
                ri[rejected] = i + 1;
                rb[rejected++] = lo;
            }
        }
        state = s;
        hasSpare = false;
        for (int r = 0; r < rejected; r++) {
            out[ri[r]] = wedgeOrTail(rb[r] >> INDEX_BITS, rb[r] & (LAYERS - 1));
        }
        if ((n & 1) == 1) {
            out[n - 1] = nextGaussian();
        }
    }

    /** The rare cases of the ziggurat: outside a layer's rectangle core, or in the base layer. */
    private double wedgeOrTail(int hz, int iz) {
        while (true) {
            double x = hz * WN[iz];
            if (iz == 0) {
                double t;
                double y;
                do {
                    t = -Math.log(nextOpenDouble()) / R;
                    y = -Math.log(nextOpenDouble());
                } while (y + y < t * t);
                return hz >= 0 ? R + t : -R - t;
            }
            if (F[iz + 1] + nextDouble() * (F[iz] - F[iz + 1]) < Math.exp(-0.5 * x * x)) {
                return x;
            }
            int bits = nextBits32();
            iz = bits & (LAYERS - 1);
            hz = bits >> INDEX_BITS;
            if (Math.abs(hz) < KN[iz]) {
                return hz * WN[iz];
            }
        }
    }
}
