package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.io.OnlineTileSource.State;
import org.leafdrop.io.OnlineTileSource.Status;
import org.leafdrop.io.TileServer.Response;
import org.leafdrop.render.RasterImage;
import org.leafdrop.render.TileId;

class OnlineTileSourceTest {
    private static final byte[] RED = TileFixtures.image(0xFF0000, "png");
    private static final TileId TILE = new TileId(12, 2538, 1601);

    @TempDir
    Path cacheRoot;
    private final MutableClock clock = new MutableClock(Instant.parse("2016-10-17T06:00:00Z"));
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    /** A clock the test moves; tile freshness reads it. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private TileServer server(TileServer.Behaviour b) throws IOException {
        TileServer s = new TileServer(b);
        toClose.add(s);
        return s;
    }

    private static Response ok(byte[] body, String... headers) {
        Map<String, String> h = new java.util.LinkedHashMap<>();
        h.put("Content-Type", "image/png");
        for (int i = 0; i < headers.length; i += 2) {
            h.put(headers[i], headers[i + 1]);
        }
        return new Response(200, h, body);
    }

    private OnlineTileSource source(TileServer server, int maxPending) {
        OnlineTileSettings settings = OnlineTileSettings.of(server.template(), "mailto:ops@example.org", cacheRoot);
        OnlineTileSource.Options o = new OnlineTileSource.Options(Duration.ofSeconds(2), Duration.ofSeconds(2), 2,
                Duration.ofMillis(10), maxPending, 64, Duration.ofDays(7), Duration.ofSeconds(60), clock);
        OnlineTileSource s = new OnlineTileSource(settings, o);
        toClose.add(s);
        return s;
    }

    private OnlineTileSource source(TileServer server) {
        return source(server, 64);
    }

    /** Requests a tile and waits (up to 5 s) for the callback; true when it came. */
    private static boolean requestAndWait(OnlineTileSource s, TileId id) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        s.request(id, done::countDown);
        return done.await(5, TimeUnit.SECONDS);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 5 s for a condition").isLessThan(end);
            Thread.sleep(2);
        }
    }

    private static int centre(RasterImage image) {
        return image.argb()[image.widthPx() * 128 + 128];
    }

    @Test
    void fetchesWithAnIdentifyingUserAgentAndKeepsTheTileOnDisk() throws Exception {
        TileServer server = server(r -> ok(RED));
        OnlineTileSource s = source(server);
        assertThat(s.cached(TILE)).isEmpty();
        assertThat(requestAndWait(s, TILE)).isTrue();
        assertThat(s.cached(TILE).map(OnlineTileSourceTest::centre)).contains(0xFFFF0000);
        assertThat(server.requests).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/tiles/12/2538/1601.png");
            assertThat(r.userAgent()).matches("Leafdrop/\\S+ \\(\\+mailto:ops@example\\.org\\)");
            assertThat(r.ifNoneMatch()).isNull();
        });
        assertThat(s.cacheDir().getParent()).isEqualTo(cacheRoot);
        assertThat(s.cacheDir().getFileName().toString()).matches("127\\.0\\.0\\.1-[0-9a-f]{12}");
        assertThat(s.cacheDir().resolve("12/2538/1601.tile")).hasBinaryContent(RED);
        assertThat(s.status()).isEqualTo(new Status(State.OK, ""));
    }

    @Test
    void aLaterSessionServesTheTileFromDiskWithoutTheNetworkForSevenDays() throws Exception {
        // the server says a minute; the usage policy keeps tiles at least 7 days
        TileServer server = server(r -> ok(RED, "Cache-Control", "max-age=60"));
        assertThat(requestAndWait(source(server), TILE)).isTrue();
        assertThat(server.hits()).isEqualTo(1);

        clock.advance(Duration.ofDays(6));
        OnlineTileSource later = source(server);
        assertThat(later.cached(TILE)).as("a new session starts with an empty memory").isEmpty();
        assertThat(requestAndWait(later, TILE)).isTrue();
        assertThat(later.cached(TILE)).isPresent();
        assertThat(server.hits()).as("served from disk").isEqualTo(1);
    }

    @Test
    void aTileOlderThanItsFreshnessIsRevalidatedAndA304RefreshesIt() throws Exception {
        TileServer server = server(r -> "\"v1\"".equals(r.ifNoneMatch())
                ? new Response(304, Map.of("ETag", "\"v1\""), new byte[0])
                : ok(RED, "ETag", "\"v1\"", "Last-Modified", "Mon, 17 Oct 2016 05:00:00 GMT"));
        assertThat(requestAndWait(source(server), TILE)).isTrue();

        clock.advance(Duration.ofDays(8));
        OnlineTileSource later = source(server);
        assertThat(requestAndWait(later, TILE)).isTrue();
        assertThat(server.hits()).isEqualTo(2);
        assertThat(server.requests.get(1).ifNoneMatch()).isEqualTo("\"v1\"");
        assertThat(server.requests.get(1).ifModifiedSince()).isEqualTo("Mon, 17 Oct 2016 05:00:00 GMT");
        assertThat(later.cached(TILE).map(OnlineTileSourceTest::centre)).contains(0xFFFF0000);

        // the 304 made it fresh for another 7 days
        clock.advance(Duration.ofDays(6));
        assertThat(requestAndWait(source(server), TILE)).isTrue();
        assertThat(server.hits()).isEqualTo(2);
    }

    @Test
    void neverMoreThanTwoRequestsAreInFlight() throws Exception {
        TileServer server = server(r -> {
            Thread.sleep(30);
            return ok(RED);
        });
        OnlineTileSource s = source(server);
        CountDownLatch all = new CountDownLatch(12);
        for (int i = 0; i < 12; i++) {
            s.request(new TileId(12, 2530 + i, 1601), all::countDown);
        }
        assertThat(all.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(server.hits()).isEqualTo(12);
        assertThat(server.maxInFlight.get()).as("the usage policy allows two").isEqualTo(2);
    }

    @Test
    void whenTheQueueIsFullTheOldestWaitingRequestsAreDropped() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        TileServer server = server(r -> {
            gate.await(5, TimeUnit.SECONDS);
            return ok(RED);
        });
        OnlineTileSource s = source(server, 3);
        CountDownLatch served = new CountDownLatch(5);
        s.request(new TileId(12, 0, 0), served::countDown);
        s.request(new TileId(12, 1, 0), served::countDown);
        awaitTrue(() -> server.inFlight.get() == 2);
        for (int x = 2; x < 10; x++) {
            s.request(new TileId(12, x, 0), served::countDown);
        }
        gate.countDown();
        assertThat(served.await(5, TimeUnit.SECONDS)).isTrue();
        Set<String> paths = new HashSet<>();
        server.requests.forEach(r -> paths.add(r.path()));
        assertThat(paths).containsExactlyInAnyOrder("/tiles/12/0/0.png", "/tiles/12/1/0.png", "/tiles/12/7/0.png",
                "/tiles/12/8/0.png", "/tiles/12/9/0.png");
        assertThat(s.cached(new TileId(12, 3, 0))).isEmpty();
    }

    @Test
    void withTheServerGoneCachedTilesAreStillShownAndTheStatusSaysOffline() throws Exception {
        TileServer server = server(r -> ok(RED));
        assertThat(requestAndWait(source(server), TILE)).isTrue();
        server.close();
        clock.advance(Duration.ofDays(30));

        OnlineTileSource offline = source(server);
        List<Status> heard = new CopyOnWriteArrayList<>();
        offline.addStatusListener(heard::add);
        assertThat(requestAndWait(offline, TILE)).as("the stale copy is served").isTrue();
        assertThat(offline.cached(TILE).map(OnlineTileSourceTest::centre)).contains(0xFFFF0000);
        assertThat(offline.status().state()).isEqualTo(State.OFFLINE);
        assertThat(offline.status().message()).contains("cannot reach 127.0.0.1");
        assertThat(heard).extracting(Status::state).containsExactly(State.OFFLINE);
        // a tile never fetched cannot be shown, and says why
        assertThatThrownBy(() -> offline.load(new TileId(12, 1, 1))).hasMessageContaining("cannot reach");
        assertThat(offline.cached(new TileId(12, 1, 1))).isEmpty();
    }

    @Test
    void aMissingTileIsNotAskedForAgain() throws Exception {
        TileServer server = server(r -> new Response(404, Map.of(), new byte[0]));
        OnlineTileSource s = source(server);
        assertThat(s.load(TILE)).isEmpty();
        assertThat(server.hits()).isEqualTo(1);
        CountDownLatch called = new CountDownLatch(1);
        s.request(TILE, called::countDown);
        assertThat(s.load(TILE)).isEmpty();
        assertThat(called.getCount()).as("no callback for a tile that does not exist").isEqualTo(1);
        assertThat(server.hits()).isEqualTo(1);
        assertThat(s.status().state()).isEqualTo(State.OK);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenReported() throws Exception {
        TileServer server = server(r -> new Response(500, Map.of(), new byte[0]));
        OnlineTileSource s = source(server);
        List<Status> heard = new CopyOnWriteArrayList<>();
        s.addStatusListener(heard::add);
        assertThatThrownBy(() -> s.load(TILE)).isInstanceOf(IOException.class).hasMessageContaining("HTTP 500")
                .hasMessageContaining("12/2538/1601");
        assertThat(server.hits()).as("one try and two retries").isEqualTo(3);
        assertThat(s.status().state()).isEqualTo(State.ERROR);
        assertThat(heard).extracting(Status::message).singleElement().asString().contains("HTTP 500");

        // the failing tile is left alone for a while, then tried again
        s.request(TILE, () -> { });
        assertThat(server.hits()).isEqualTo(3);
        server.behaviour = r -> ok(RED);
        clock.advance(Duration.ofMinutes(2));
        assertThat(requestAndWait(s, TILE)).isTrue();
        assertThat(s.status()).isEqualTo(new Status(State.OK, ""));
    }

    @Test
    void aPageThatIsNotAnImageIsAnErrorAndIsNotCached() throws Exception {
        TileServer server = server(r -> new Response(200, Map.of("Content-Type", "text/html"),
                "<html>quota exceeded</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        OnlineTileSource s = source(server);
        assertThatThrownBy(() -> s.load(TILE)).hasMessageContaining("not an image").hasMessageContaining("text/html");
        assertThat(s.status().state()).isEqualTo(State.ERROR);
        assertThat(Files.exists(s.cacheDir().resolve("12/2538/1601.tile"))).isFalse();
    }

    @Test
    void badTemplatesAreRejectedWithAMessage() {
        assertThatThrownBy(() -> OnlineTileSettings.of("https://tile.example.org/{z}/{x}.png", "", cacheRoot))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs {y}");
        assertThatThrownBy(() -> OnlineTileSettings.of("ftp://tile.example.org/{z}/{x}/{y}.png", "", cacheRoot))
                .hasMessageContaining("must start with http:// or https://");
        assertThatThrownBy(() -> OnlineTileSettings.of(" ", "", cacheRoot)).hasMessageContaining("empty");
        assertThatThrownBy(() -> OnlineTileSettings.of("https:///{z}/{x}/{y}.png", "", cacheRoot))
                .hasMessageContaining("names no server");
        assertThatThrownBy(() -> OnlineTileSettings.of("https://tile.example.org/{z}/{x}/{y}.png",
                "me\r\nX-Evil: 1", cacheRoot)).hasMessageContaining("printable ASCII");
        OnlineTileSettings good = OnlineTileSettings.of("https://Tile.Example.org/{z}/{x}/{y}.png?key=k", "", cacheRoot);
        assertThat(good.host()).isEqualTo("tile.example.org");
        assertThat(OnlineTileSource.url(good.urlTemplate(), new TileId(3, 4, 5)).toString())
                .isEqualTo("https://Tile.Example.org/3/4/5.png?key=k");
        assertThat(OnlineTileSettings.defaultCacheRoot(Path.of("/home/analyst")))
                .isEqualTo(Path.of("/home/analyst/.cache/leafdrop/tiles"));
        assertThat(OnlineTileSource.userAgent("")).doesNotContain("(");
    }
}
