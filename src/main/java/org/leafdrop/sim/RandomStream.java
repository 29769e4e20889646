package org.leafdrop.sim;

/**
 * One seeded random stream (a chunk's): SplitMix64 for the bits (the generator of
 * {@link java.util.SplittableRandom}), uniform doubles from the top 53 bits, and standard normal
 * draws by the 128-layer ziggurat of Marsaglia and Tsang (2000), each from 32 random bits (7 for
 * the layer, 25 for the signed abscissa, so the layer index and the value never share bits), two
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
    private static final int LAYERS = 128;
    /** Scale of the 25-bit signed abscissa. */
    private static final double M1 = 0x1.0p24;
    /** Start of the tail (Marsaglia and Tsang's r for 128 layers). */
    private static final double R = 3.442619855899;
    /** Area of each layer. */
    private static final double V = 9.91256303526217e-3;
    private static final int[] KN = new int[LAYERS];
    private static final double[] WN = new double[LAYERS];
    private static final double[] FN = new double[LAYERS];

    static {
        double dn = R;
        double tn = dn;
        double q = V / StrictMath.exp(-0.5 * dn * dn);
        KN[0] = (int) ((dn / q) * M1);
        KN[1] = 0;
        WN[0] = q / M1;
        WN[LAYERS - 1] = dn / M1;
        FN[0] = 1.0;
        FN[LAYERS - 1] = StrictMath.exp(-0.5 * dn * dn);
        for (int i = LAYERS - 2; i >= 1; i--) {
            dn = Math.sqrt(-2.0 * StrictMath.log(V / dn + StrictMath.exp(-0.5 * dn * dn)));
            KN[i + 1] = (int) ((dn / tn) * M1);
            tn = dn;
            FN[i] = StrictMath.exp(-0.5 * dn * dn);
            WN[i] = dn / M1;
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
        int hz = bits >> 7;
        if (Math.abs(hz) < KN[iz]) {
            return hz * WN[iz];
        }
        return wedgeOrTail(hz, iz);
    }

    /**
     * Fills {@code out[0..n)} with standard normal draws, two from each 64-bit draw. One call per
     * time step feeds all the particles of a chunk. The loop is branch-free: every draw takes the
     * ziggurat's fast path, and the few (about 1 in 80) that fall outside a layer's rectangle are
     * remembered and redrawn through the wedge or tail afterwards, in order. The generator state
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
            int hz = hi >> 7;
            out[i] = hz * WN[iz];
            ri[rejected] = i;
            rb[rejected] = hi;
            rejected += (KN[iz] - 1 - Math.abs(hz)) >>> 31;
            iz = lo & (LAYERS - 1);
            hz = lo >> 7;
            out[i + 1] = hz * WN[iz];
            ri[rejected] = i + 1;
            rb[rejected] = lo;
            rejected += (KN[iz] - 1 - Math.abs(hz)) >>> 31;
        }
        state = s;
        hasSpare = false;
        for (int r = 0; r < rejected; r++) {
            out[ri[r]] = wedgeOrTail(rb[r] >> 7, rb[r] & (LAYERS - 1));
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
            if (FN[iz] + nextDouble() * (FN[iz - 1] - FN[iz]) < Math.exp(-0.5 * x * x)) {
                return x;
            }
            int bits = nextBits32();
            iz = bits & (LAYERS - 1);
            hz = bits >> 7;
            if (Math.abs(hz) < KN[iz]) {
                return hz * WN[iz];
            }
        }
    }
}
