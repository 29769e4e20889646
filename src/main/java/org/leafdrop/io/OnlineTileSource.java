package org.leafdrop.io;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leafdrop.render.RasterImage;
import org.leafdrop.render.TileId;
import org.leafdrop.render.TileSource;

/**
 * Tiles from an online XYZ server, kept on disk, following the OpenStreetMap tile usage policy:
 * <ul>
 * <li>an identifying User-Agent, {@code Leafdrop/<version> (+contact)};</li>
 * <li>at most two requests at a time (two worker threads, one connection each);</li>
 * <li>only tiles the map asks for, no prefetching or bulk download; waiting requests are
 * bounded and the oldest are dropped first;</li>
 * <li>a disk cache under {@code <cacheRoot>/<host>-<hash of the template>/z/x/y.tile} in which a
 * tile stays fresh for the server's max-age or 7 days, whichever is longer; after that it is
 * revalidated with If-None-Match / If-Modified-Since (a 304 refreshes it);</li>
 * <li>when the server cannot be reached, cached tiles are shown however old, and the server is
 * left alone for a while before the next try;</li>
 * <li>a 429, or any answer with Retry-After, is not retried: the server is left alone for as long
 * as it asks (at most an hour; {@code retryAfterFailure} when it does not say).</li>
 * </ul>
 * Each request has a connect timeout and a deadline for the whole answer (a server that trickles
 * cannot hold a worker), and an answer over {@link #MAX_TILE_BYTES} is refused. Network errors and
 * 5xx answers retry with exponential backoff (capped, with jitter). Only the two worker threads
 * ever wait on the network; {@link #request} returns at once. {@link #status()} says whether the server answers
 * (ok), cannot be reached (offline) or answers with errors; listeners hear each change on a
 * worker thread. Nothing needs the network: with no server every tile is simply missing.
 * Thread-safe.
 */
public final class OnlineTileSource implements TileSource {
    /** Two connections at most, as the OpenStreetMap tile usage policy asks. */
    public static final int MAX_CONNECTIONS = 2;
    /** A missing tile (404) is not asked for again for this long. */
    static final Duration NOT_FOUND_RETRY = Duration.ofHours(1);
    /** No tile is this large (a 512 px satellite JPEG is well under 1 MB); a larger answer is not a tile. */
    public static final long MAX_TILE_BYTES = 4L * 1024 * 1024;
    /** The longest wait between retries of one tile, before jitter. */
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    /** The longest a server's Retry-After keeps Leafdrop away; the next session asks again anyway. */
    private static final Duration MAX_PAUSE = Duration.ofHours(1);
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d+)");

    /** Whether the server answers. */
    public enum State {
        OK,
        /** The server cannot be reached (no network, refused, timed out); cached tiles are shown. */
        OFFLINE,
        /** The server answers with errors (5xx, 403, not an image). */
        ERROR
    }

    /** The source's state and a message for the status bar (empty when all is well). */
    public record Status(State state, String message) {
        public Status {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Tuning; {@link #defaults()} suits the window.
     *
     * @param connectTimeout     the longest wait for a connection
     * @param requestTimeout     the longest wait for a whole tile, body included
     * @param retries            extra attempts after a failed one (network error or 5xx)
     * @param firstBackoff       the wait before the first retry; it doubles for each further one (at
     *                           most 10 s), plus up to half at random
     * @param maxPending         requests waiting at most; beyond, the oldest is dropped
     * @param memoryTiles        decoded tiles kept in memory
     * @param minFreshness       how long a tile is used without asking the server again, at least
     * @param retryAfterFailure  how long a failing tile, an unreachable server or one answering 429
     *                           without Retry-After is left alone
     * @param clock              for freshness; tests move it
     */
    public record Options(Duration connectTimeout, Duration requestTimeout, int retries, Duration firstBackoff,
                          int maxPending, int memoryTiles, Duration minFreshness, Duration retryAfterFailure,
                          Clock clock) {
        public Options {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            Objects.requireNonNull(firstBackoff, "firstBackoff");
            Objects.requireNonNull(minFreshness, "minFreshness");
            Objects.requireNonNull(retryAfterFailure, "retryAfterFailure");
            Objects.requireNonNull(clock, "clock");
            if (retries < 0 || maxPending < 1 || memoryTiles < 1) {
                throw new IllegalArgumentException("retries must be >= 0 and maxPending, memoryTiles >= 1; were "
                        + retries + ", " + maxPending + ", " + memoryTiles);
            }
        }

        public static Options defaults() {
            return new Options(Duration.ofSeconds(5), Duration.ofSeconds(15), 2, Duration.ofMillis(500), 64,
                    MbtilesReader.DEFAULT_MEMORY_TILES, Duration.ofDays(7), Duration.ofSeconds(60), Clock.systemUTC());
        }

        public Options withClock(Clock c) {
            return new Options(connectTimeout, requestTimeout, retries, firstBackoff, maxPending, memoryTiles,
                    minFreshness, retryAfterFailure, c);
        }
    }

    private final OnlineTileSettings settings;
    private final Options options;
    private final String userAgent;
    private final HttpClient client;
    private final DiskTileCache disk;
    private final TileMemoryCache memory;
    private final TileRequestQueue queue;
    /** Tiles the server said do not exist, until when. */
    private final Map<TileId, Instant> notFoundUntil = new ConcurrentHashMap<>();
    /** Tiles whose last fetch failed, left alone until when. */
    private final Map<TileId, Instant> failedUntil = new ConcurrentHashMap<>();
    private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile Status status = new Status(State.OK, "");
    private volatile boolean closed;

    /** A source with the default options. */
    public static OnlineTileSource open(OnlineTileSettings settings) {
        return new OnlineTileSource(settings, Options.defaults());
    }

    public OnlineTileSource(OnlineTileSettings settings, Options options) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.options = Objects.requireNonNull(options, "options");
        this.userAgent = userAgent(settings.contact());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.disk = new DiskTileCache(cacheDir(settings));
        this.memory = new TileMemoryCache(options.memoryTiles());
        this.queue = new TileRequestQueue("tiles-" + settings.host(), MAX_CONNECTIONS, options.maxPending(), id -> {
            try {
                return fetch(id).isPresent();
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** {@code Leafdrop/<version> (+contact)}, the version from the jar's manifest ("development" from classes). */
    static String userAgent(String contact) {
        return "Leafdrop/" + ProgramVersion.current() + (contact.isEmpty() ? "" : " (+" + contact + ")");
    }

    /** This server's cache folder: {@code <cacheRoot>/<host>-<first 12 hex digits of SHA-256 of the template>}. */
    public static Path cacheDir(OnlineTileSettings s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.urlTemplate().getBytes(StandardCharsets.UTF_8));
            return s.cacheRoot().resolve(s.host() + "-" + HexFormat.of().formatHex(hash).substring(0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The URL of a tile: the template with {z}, {x} and {y} filled in. */
    public static URI url(String template, TileId id) {
        return URI.create(template.replace("{z}", Integer.toString(id.z())).replace("{x}", Integer.toString(id.x()))
                .replace("{y}", Integer.toString(id.y())));
    }

    public OnlineTileSettings settings() {
        return settings;
    }

    public String userAgent() {
        return userAgent;
    }

    public Path cacheDir() {
        return disk.dir();
    }

    public Status status() {
        return status;
    }

    /** Hears every change of {@link #status()}, on a worker thread. */
    public void addStatusListener(Consumer<Status> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeStatusListener(Consumer<Status> listener) {
        listeners.remove(listener);
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public String attribution() {
        return settings.attribution();
    }

    @Override
    public int minZoom() {
        return settings.minZoom();
    }

    @Override
    public int maxZoom() {
        return settings.maxZoom();
    }

    @Override
    public Optional<RasterImage> cached(TileId id) {
        return memory.get(id);
    }

    @Override
    public void request(TileId id, Runnable whenLoaded) {
        if (closed || id.z() < minZoom() || id.z() > maxZoom()) {
            return;
        }
        if (memory.get(id).isPresent()) {
            whenLoaded.run();
            return;
        }
        Instant now = options.clock().instant();
        if (before(now, notFoundUntil.get(id)) || before(now, failedUntil.get(id))) {
            return;
        }
        queue.submit(id, whenLoaded);
    }

    /**
     * The tile from memory, disk or the server, now (never on the FX thread).
     *
     * @throws IOException when the tile cannot be fetched and no copy is cached; the message says why
     */
    @Override
    public Optional<RasterImage> load(TileId id) throws IOException {
        if (id.z() < minZoom() || id.z() > maxZoom()) {
            return Optional.empty();
        }
        try {
            return fetch(id);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading tile " + id, e);
        }
    }

    @Override
    public void close() {
        closed = true;
        queue.close();
    }

    private Optional<RasterImage> fetch(TileId id) throws IOException, InterruptedException {
        Optional<RasterImage> inMemory = memory.get(id);
        if (inMemory.isPresent()) {
            return inMemory;
        }
        Instant now = options.clock().instant();
        Optional<DiskTileCache.Entry> stored = disk.read(id);
        if (stored.isPresent() && now.isBefore(stored.get().meta().expires())) {
            Optional<RasterImage> fresh = decodeStored(id, stored.get());
            if (fresh.isPresent()) {
                return fresh;
            }
            stored = Optional.empty();
        }
        if (before(now, notFoundUntil.get(id))) {
            return Optional.empty();
        }
        if (now.isBefore(pausedUntil) || before(now, failedUntil.get(id))) {
            return stale(id, stored, status.message());
        }
        return download(id, stored, now);
    }

    private Optional<RasterImage> download(TileId id, Optional<DiskTileCache.Entry> stored, Instant now)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(settings.urlTemplate(), id))
                .timeout(options.requestTimeout())
                .header("User-Agent", userAgent)
                .GET();
        stored.ifPresent(e -> {
            if (!e.meta().etag().isEmpty()) {
                request.header("If-None-Match", e.meta().etag());
            }
            if (!e.meta().lastModified().isEmpty()) {
                request.header("If-Modified-Since", e.meta().lastModified());
            }
        });
        String problem = "";
        boolean unreachable = false;
        for (int attempt = 0; attempt <= options.retries(); attempt++) {
            if (attempt > 0) {
                Thread.sleep(HttpFetch.backoff(options.firstBackoff(), attempt, MAX_BACKOFF,
                        ThreadLocalRandom.current()::nextDouble).toMillis());
            }
            if (closed) {
                return Optional.empty();
            }
            HttpResponse<byte[]> response;
            try {
                response = HttpFetch.send(client, request.build(), MAX_TILE_BYTES, options.requestTimeout());
            } catch (HttpFetch.TooLargeException e) {
                unreachable = false;
                problem = "tile " + id + " from " + settings.host() + " is too large: " + e.getMessage();
                break;
            } catch (IOException e) {
                unreachable = true;
                problem = "cannot reach " + settings.host() + " (" + describe(e) + ")";
                continue;
            }
            unreachable = false;
            int code = response.statusCode();
            if (code == 200) {
                return Optional.of(store(id, response, now));
            }
            if (code == 304 && stored.isPresent()) {
                DiskTileCache.Meta old = stored.get().meta();
                DiskTileCache.Meta refreshed = new DiskTileCache.Meta(expiry(response, now),
                        header(response, "ETag").orElse(old.etag()),
                        header(response, "Last-Modified").orElse(old.lastModified()), now);
                writeQuietly(() -> disk.writeMeta(id, refreshed));
                Optional<RasterImage> image = decodeStored(id, stored.get());
                if (image.isPresent()) {
                    setStatus(State.OK, "");
                    return image;
                }
                problem = "tile " + id + " cached from " + settings.host() + " is damaged";
                break;
            }
            if (code == 404 || code == 410) {
                notFoundUntil.put(id, now.plus(NOT_FOUND_RETRY));
                disk.delete(id);
                setStatus(State.OK, "");
                return Optional.empty();
            }
            problem = "HTTP " + code + " from " + settings.host() + " for tile " + id
                    + (code == 403 ? " (the server refuses: check the contact in the preferences and the server's "
                    + "usage policy)" : "");
            Optional<Duration> asked = HttpFetch.retryAfter(response, now);
            if (code == 429 || asked.isPresent()) {
                // the server asks for fewer requests: none at all to it for a while, not retries
                Duration pause = asked.orElse(options.retryAfterFailure());
                pause = pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
                pausedUntil = now.plus(pause);
                setStatus(State.ERROR, problem + ": the server asks to slow down; trying again in "
                        + HttpFetch.seconds(Duration.ofSeconds(Math.max(1, pause.toSeconds())))
                        + ", showing cached tiles meanwhile");
                return stale(id, stored, problem);
            }
            if (code < 500) {
                break;
            }
        }
        if (unreachable) {
            pausedUntil = now.plus(options.retryAfterFailure());
            setStatus(State.OFFLINE, problem + "; showing cached tiles only");
        } else {
            failedUntil.put(id, now.plus(options.retryAfterFailure()));
            setStatus(State.ERROR, problem);
        }
        return stale(id, stored, problem);
    }

    private RasterImage store(TileId id, HttpResponse<byte[]> response, Instant now) throws IOException {
        byte[] body = response.body();
        RasterImage image;
        try {
            image = TileImages.decode(body);
        } catch (IOException e) {
            String problem = "tile " + id + " from " + settings.host() + " is " + e.getMessage()
                    + header(response, "Content-Type").map(t -> ", served as " + t).orElse("");
            failedUntil.put(id, now.plus(options.retryAfterFailure()));
            setStatus(State.ERROR, problem);
            throw new IOException(problem, e);
        }
        DiskTileCache.Meta meta = new DiskTileCache.Meta(expiry(response, now), header(response, "ETag").orElse(""),
                header(response, "Last-Modified").orElse(""), now);
        writeQuietly(() -> disk.write(id, body, meta));
        memory.put(id, image);
        failedUntil.remove(id);
        setStatus(State.OK, "");
        return image;
    }

    /** The stored copy however old, when there is one; otherwise the failure. */
    private Optional<RasterImage> stale(TileId id, Optional<DiskTileCache.Entry> stored, String problem)
            throws IOException {
        if (stored.isPresent()) {
            Optional<RasterImage> image = decodeStored(id, stored.get());
            if (image.isPresent()) {
                return image;
            }
        }
        throw new IOException(problem.isEmpty() ? "tile " + id + " is not available" : problem);
    }

    private Optional<RasterImage> decodeStored(TileId id, DiskTileCache.Entry e) {
        try {
            RasterImage image = TileImages.decode(e.bytes());
            memory.put(id, image);
            return Optional.of(image);
        } catch (IOException damaged) {
            disk.delete(id);
            return Optional.empty();
        }
    }

    /** Fresh for the server's max-age (or Expires) or {@code minFreshness}, whichever is longer. */
    private Instant expiry(HttpResponse<?> response, Instant now) {
        Instant server = now;
        Optional<String> cacheControl = header(response, "Cache-Control");
        Matcher m = MAX_AGE.matcher(cacheControl.orElse("").toLowerCase(Locale.ROOT));
        if (m.find()) {
            try {
                server = now.plusSeconds(Long.parseLong(m.group(1)));
            } catch (NumberFormatException e) {
                server = now;
            }
        } else {
            Optional<String> expires = header(response, "Expires");
            if (expires.isPresent()) {
                try {
                    server = ZonedDateTime.parse(expires.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                } catch (DateTimeParseException e) {
                    server = now;
                }
            }
        }
        Instant policy = now.plus(options.minFreshness());
        return server.isAfter(policy) ? server : policy;
    }

    private static boolean before(Instant now, Instant until) {
        return until != null && now.isBefore(until);
    }

    private static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).map(String::trim).filter(s -> !s.isEmpty());
    }

    private String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection within " + HttpFetch.seconds(options.connectTimeout());
        }
        if (e instanceof HttpTimeoutException) {
            return "timed out after " + HttpFetch.seconds(options.requestTimeout());
        }
        if (e instanceof ConnectException) {
            return "connection refused or no network";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private interface IoAction {
        void run() throws IOException;
    }

    /** A cache that cannot be written (disk full, no permission) costs downloads, not the map. */
    private static void writeQuietly(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            // the tile is still shown from memory; the next session fetches it again
        }
    }

    private void setStatus(State state, String message) {
        Status next = new Status(state, message);
        Status previous;
        synchronized (this) {
            previous = status;
            status = next;
        }
        if (!previous.equals(next)) {
            listeners.forEach(l -> l.accept(next));
        }
    }
}
