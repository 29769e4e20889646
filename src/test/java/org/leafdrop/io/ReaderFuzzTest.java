package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.leafdrop.io.weather.WeatherBlocks;
import org.leafdrop.io.weather.WeatherFileReader;
import org.leafdrop.io.weather.WeatherFiles;
import org.leafdrop.io.weather.WeatherFormat;
import org.leafdrop.io.weather.WeatherReading;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Problem;
import org.leafdrop.model.Turbulence;

/**
 * A seeded mutation fuzzer over the plan reader and each weather reader (issue 8, Reliability).
 * Each target starts from its seed files (the sample plans and test plans; the weather fixtures
 * of its format) and reads mutants made by {@link Mutations}, in memory (the readers' byte
 * overloads, which decode and check size exactly as for a file). Every input must give a value
 * or reported problems: an error with a message free of exception text for every failed read, a
 * weather reading that turns into a weather block, a plan that writes and reads back. Any other
 * exception or error (NullPointerException, IndexOutOfBoundsException, StackOverflowError,
 * OutOfMemoryError...) fails the test, and so does an input that takes longer than the time
 * limit; the failure names the target, the seed and the input index, and the input is saved
 * under {@code target/fuzz-failures/}.
 *
 * <p>The default run (seed 20161017, 100,000 inputs: 25,000 plans, 13,000
 * University of Wyoming soundings and 15,500 of each other weather format)
 * takes about half a minute on two cores. Override with system properties for a longer run by
 * hand, for example
 * {@code mvn -B -q test -Dtest=ReaderFuzzTest -Dfuzz.seed=42 -Dfuzz.inputs=2000000}; one input
 * is reproduced with {@code -Dfuzz.seed=S -Dfuzz.only=INDEX -Dtest='ReaderFuzzTest'} (it is also
 * written to {@code target/fuzz-failures/}). Other properties: {@code fuzz.timeoutMs} (per input,
 * default 2000) and {@code fuzz.threads} (default: up to 2).
 */
class ReaderFuzzTest {
    static final long SEED = Long.getLong("fuzz.seed", 20161017L);
    static final long TOTAL = Long.getLong("fuzz.inputs", 100_000L);
    static final long TIMEOUT_MS = Long.getLong("fuzz.timeoutMs", 2_000L);
    static final int THREADS = Integer.getInteger("fuzz.threads",
            Math.min(2, Runtime.getRuntime().availableProcessors()));
    static final long ONLY = Long.getLong("fuzz.only", -1L);
    private static final Path WEATHER = Path.of("src/test/resources/weather");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2016-10-16T12:00:00Z"), ZoneOffset.UTC);
    private static final String[] STATIONS = {"BOS", "40608", "ORBM", "XYZ", "", "open-meteo"};

    /** What is fuzzed, with its share of the inputs (in thousandths). */
    enum Target {
        PLAN(250, null, "samples", "src/test/resources/plans"),
        UWYO(130, WeatherFormat.UWYO, "uwyo/*.txt", "uwyo/*.html"),
        UWYO_CSV(155, WeatherFormat.UWYO_CSV, "uwyo/*.csv"),
        FB(155, WeatherFormat.FB, "fb/*.txt"),
        CSV(155, WeatherFormat.CSV, "csv/*.csv"),
        OPEN_METEO(155, WeatherFormat.OPEN_METEO, "open-meteo/*.json");

        final int perMille;
        final WeatherFormat format;
        final String[] seeds;

        Target(int perMille, WeatherFormat format, String... seeds) {
            this.perMille = perMille;
            this.format = format;
            this.seeds = seeds;
        }

        long inputs() {
            return TOTAL * perMille / 1000;
        }
    }

    /** A failed input: which one, and what went wrong. */
    record Failure(Target target, long index, String what) {
        @Override
        public String toString() {
            return target + " input " + index + " (-Dfuzz.seed=" + SEED + " -Dfuzz.only=" + index + "): " + what;
        }
    }

    @ParameterizedTest(name = "{0}, seed " + 20161017L)
    @EnumSource(Target.class)
    void everyMutantGivesAValueOrReportedProblems(Target target) throws Exception {
        List<byte[]> seeds = seedFiles(target);
        assertThat(seeds).as("seed files of " + target).hasSizeGreaterThan(1);
        long count = ONLY >= 0 ? ONLY + 1 : target.inputs();
        long first = ONLY >= 0 ? ONLY : 0;
        ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
        AtomicLong next = new AtomicLong(first);
        AtomicLong done = new AtomicLong();
        List<Worker> workers = new ArrayList<>();
        for (int t = 0; t < (ONLY >= 0 ? 1 : THREADS); t++) {
            Worker w = new Worker(target, seeds, next, count, failures, done);
            workers.add(w);
            w.thread.start();
        }
        long started = System.nanoTime();
        for (Worker w : workers) {
            while (w.thread.isAlive()) {
                w.thread.join(50);
                long index = w.current;
                long since = w.startedNanos;
                if (index >= 0 && System.nanoTime() - since > TIMEOUT_MS * 1_000_000L && w.current == index) {
                    failures.add(new Failure(target, index, "took longer than " + TIMEOUT_MS + " ms (a hang?)"));
                    save(target, index, mutant(target, seeds, index));
                    next.set(Long.MAX_VALUE / 2); // stop handing out inputs
                    w.thread.interrupt();
                    break; // the worker is a daemon: abandon it
                }
            }
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.err.printf(Locale.ROOT, "ReaderFuzzTest %s: %,d inputs in %,d ms, seed %d%n", target, done.get(), ms,
                SEED);
        workers.forEach(w -> w.slow.forEach(s -> System.err.println("  slow input " + s)));
        assertThat(failures).as("inputs that crashed or hung (seed " + SEED + ")").isEmpty();
        if (ONLY < 0) {
            assertThat(done.get()).isEqualTo(count);
        }
    }

    /** Reads inputs until there are none left; records failures, stops after ten. */
    private static final class Worker implements Runnable {
        final Thread thread;
        final Target target;
        final List<byte[]> seeds;
        final AtomicLong next;
        final long end;
        final ConcurrentLinkedQueue<Failure> failures;
        final AtomicLong done;
        final ConcurrentLinkedQueue<String> slow = new ConcurrentLinkedQueue<>();
        volatile long current = -1;
        volatile long startedNanos;

        Worker(Target target, List<byte[]> seeds, AtomicLong next, long end, ConcurrentLinkedQueue<Failure> failures,
               AtomicLong done) {
            this.target = target;
            this.seeds = seeds;
            this.next = next;
            this.end = end;
            this.failures = failures;
            this.done = done;
            this.thread = new Thread(null, this, "fuzz-" + target, 64L * 1024 * 1024);
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            for (long i = next.getAndIncrement(); i < end && failures.size() < 10; i = next.getAndIncrement()) {
                byte[] input = null;
                try {
                    input = mutant(target, seeds, i);
                    startedNanos = System.nanoTime();
                    current = i;
                    String problem = check(target, input, i);
                    current = -1;
                    long took = System.nanoTime() - startedNanos;
                    if (took > 100_000_000L) {
                        slow.add(String.format(Locale.ROOT, "%d (%,d bytes, %,d ms)", i, input.length, took / 1_000_000));
                    }
                    if (ONLY >= 0) {
                        save(target, i, input); // to look at by hand
                    }
                    if (problem != null) {
                        failures.add(new Failure(target, i, problem));
                        save(target, i, input);
                    }
                } catch (Throwable e) { // the point: anything at all thrown is a bug
                    current = -1;
                    input = input == null ? new byte[0] : input;
                    failures.add(new Failure(target, i, stackOf(e)));
                    save(target, i, input);
                }
                done.incrementAndGet();
            }
        }
    }

    /** Input {@code index} of a target: a pure function of the seed, the target and the index. */
    static byte[] mutant(Target target, List<byte[]> seeds, long index) {
        SplittableRandom rng = new SplittableRandom(mix(SEED, target.ordinal(), index));
        byte[] seed = seeds.get(rng.nextInt(seeds.size()));
        byte[] other = seeds.get(rng.nextInt(seeds.size()));
        return Mutations.mutate(seed, other, rng);
    }

    private static long mix(long seed, int target, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index * 16 + target + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Null when the input was handled as the contract says, else what is wrong. */
    static String check(Target target, byte[] input, long index) {
        Path file = Path.of("fuzz-" + index + (target == Target.PLAN ? ".leafdrop.json" : ".txt"));
        if (target == Target.PLAN) {
            Loaded<Plan> loaded = PLAN_READER.read(input, Optional.of(file));
            String bad = badProblems(loaded, true);
            if (bad != null || loaded.value().isEmpty()) {
                return bad;
            }
            // an accepted plan can be saved, and the saved plan reads back without errors
            Loaded<Plan> again = PLAN_READER.read(new PlanWriter().toJson(loaded.value().get()), Optional.of(file));
            return again.hasErrors() ? "the accepted plan, written and read again, has errors: " + again.errors()
                    : null;
        }
        SplittableRandom rng = new SplittableRandom(index);
        Optional<WeatherFormat> format = rng.nextInt(5) == 0 ? Optional.empty() : Optional.of(target.format);
        String s = STATIONS[rng.nextInt(STATIONS.length)];
        Optional<String> station = rng.nextBoolean() || s.isEmpty() ? Optional.empty() : Optional.of(s);
        OptionalDouble ground = rng.nextBoolean() ? OptionalDouble.of(223) : OptionalDouble.empty();
        List<WeatherFileReader> readers = WeatherFiles.readers(ground, CLOCK);
        Loaded<WeatherReading> loaded = WeatherFiles.read(input, file, format, station, readers);
        String bad = badProblems(loaded, false);
        if (bad != null || loaded.value().isEmpty()) {
            return bad;
        }
        try { // what `leafdrop weather` does next
            WeatherBlocks.toWeather(loaded.value().get(), Optional.empty(), Turbulence.BoundaryLayer.assumedDefault());
        } catch (IllegalArgumentException e) {
            if (!String.valueOf(e.getMessage()).startsWith("the file has")) {
                return "the reading was accepted but makes no weather block: " + stackOf(e);
            }
        }
        return null;
    }

    private static final PlanReader PLAN_READER = new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled());

    private static String badProblems(Loaded<?> loaded, boolean plan) {
        if (loaded.value().isEmpty() && !loaded.hasErrors()) {
            return "no value and no error: " + loaded.problems();
        }
        for (Problem p : loaded.problems()) {
            String m = p.message();
            if (m.isBlank() || m.contains("Exception") || m.contains("at org.") || m.contains("at com.")
                    || m.contains("java.")) {
                return "problem message with exception text or none: " + p.format();
            }
            // weather readers name a column or a line's field where plans give a JSON path
            if (p.file().isEmpty() || p.line() < 0 || p.column() < 0 || plan && !p.jsonPath().startsWith("$")) {
                return "problem without file, line or path: " + p;
            }
        }
        return null;
    }

    private static List<byte[]> seedFiles(Target target) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String pattern : target.seeds) {
            Path dir = target == Target.PLAN ? Path.of(pattern) : WEATHER.resolve(pattern).getParent();
            String glob = target == Target.PLAN ? "*.json" : Path.of(pattern).getFileName().toString();
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileSystem().getPathMatcher("glob:" + glob).matches(f.getFileName()))
                        .sorted().forEach(f -> {
                            try {
                                out.add(Files.readAllBytes(f));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
            }
        }
        return out;
    }

    private static void save(Target target, long index, byte[] input) {
        try {
            Path dir = Files.createDirectories(Path.of("target/fuzz-failures"));
            Files.write(dir.resolve(target.name().toLowerCase(Locale.ROOT) + "-" + SEED + "-" + index + ".bin"), input);
        } catch (IOException | RuntimeException e) {
            // the failure message still names the seed and index
        }
    }

    private static String stackOf(Throwable e) {
        StringBuilder sb = new StringBuilder(e.toString());
        StackTraceElement[] trace = e.getStackTrace();
        for (int i = 0; i < Math.min(trace.length, 12); i++) {
            sb.append("\n\tat ").append(trace[i]);
        }
        return sb.toString();
    }
}
