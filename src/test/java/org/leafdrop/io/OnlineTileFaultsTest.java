package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.io.OnlineTileSource.State;
import org.leafdrop.render.TileId;

/**
 * The online tile source against tile servers that misbehave, on 127.0.0.1: a worker is never
 * held by a silent or trickling server, a server that asks to slow down is left alone rather than
 * retried, an oversized answer is refused, and the map's requests never wait on the network.
 */
class OnlineTileFaultsTest {
    private static final byte[] RED = TileFixtures.image(0xFF0000, "png");
    private static final TileId TILE = new TileId(12, 2538, 1601);

    @TempDir
    Path cacheRoot;
    private final OnlineTileSourceTest.MutableClock clock =
            new OnlineTileSourceTest.MutableClock(Instant.parse("2016-10-17T06:00:00Z"));
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private OnlineTileSource source(String template, Duration requestTimeout, int retries) {
        OnlineTileSource s = new OnlineTileSource(OnlineTileSettings.of(template, "", cacheRoot),
                new OnlineTileSource.Options(Duration.ofSeconds(1), requestTimeout, retries, Duration.ofMillis(10), 64,
                        64, Duration.ofDays(7), Duration.ofSeconds(60), clock));
        toClose.add(s);
        return s;
    }

    private FaultyServer server(FaultyServer.Handler h) throws Exception {
        FaultyServer s = new FaultyServer(h);
        toClose.add(s);
        return s;
    }

    private static String template(java.net.URI base) {
        return base + "{z}/{x}/{y}.png";
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Test
    void aSilentServerTimesOutTheStatusSaysSoAndTheServerIsLeftAlone() throws Exception {
        FaultyServer.Silent silent = new FaultyServer.Silent();
        toClose.add(silent);
        OnlineTileSource s = source(template(silent.uri("/tiles/")), Duration.ofMillis(300), 1);
        long start = System.nanoTime();

        assertThatThrownBy(() -> s.load(TILE)).hasMessage("cannot reach 127.0.0.1 (timed out after 300 ms)");
        assertThat(millisSince(start)).isLessThan(2_000L);
        assertThat(s.status().state()).isEqualTo(State.OFFLINE);
        assertThat(s.status().message()).isEqualTo(
                "cannot reach 127.0.0.1 (timed out after 300 ms); showing cached tiles only");
        int tries = silent.connections();
        assertThatThrownBy(() -> s.load(new TileId(12, 1, 1))).hasMessageContaining("cannot reach");
        assertThat(silent.connections()).as("no request while the server is left alone").isEqualTo(tries);
    }

    @Test
    void aTricklingServerDoesNotHoldAWorker() throws Exception {
        FaultyServer server = server((attempt, ex) -> FaultyServer.trickle(ex, RED, 20));
        OnlineTileSource s = source(template(server.uri("/tiles/")), Duration.ofMillis(300), 0);
        long start = System.nanoTime();

        assertThatThrownBy(() -> s.load(TILE)).hasMessageContaining("timed out after 300 ms");
        assertThat(millisSince(start)).isLessThan(900L);
    }

    @Test
    void tooManyRequestsPausesTheWholeServerForAsLongAsItAsks() throws Exception {
        FaultyServer server = server((attempt, ex) -> {
            if (attempt == 0) {
                FaultyServer.answer(ex, 429, "slow down", "Retry-After", "120");
            } else {
                ex.getResponseHeaders().add("Content-Type", "image/png");
                ex.sendResponseHeaders(200, RED.length);
                ex.getResponseBody().write(RED);
            }
        });
        OnlineTileSource s = source(template(server.uri("/tiles/")), Duration.ofSeconds(2), 2);

        assertThatThrownBy(() -> s.load(TILE)).hasMessageContaining("HTTP 429");
        assertThat(server.hits()).as("a 429 is not retried").isEqualTo(1);
        assertThat(s.status().state()).isEqualTo(State.ERROR);
        assertThat(s.status().message()).isEqualTo("HTTP 429 from 127.0.0.1 for tile 12/2538/1601: the server asks "
                + "to slow down; trying again in 2 min, showing cached tiles meanwhile");
        assertThatThrownBy(() -> s.load(new TileId(12, 1, 1))).isInstanceOf(java.io.IOException.class);
        assertThat(server.hits()).as("other tiles wait too").isEqualTo(1);

        clock.advance(Duration.ofMinutes(3));
        assertThat(s.load(TILE)).isPresent();
        assertThat(s.status().state()).isEqualTo(State.OK);
    }

    @Test
    void anOversizedAnswerIsRefusedAndNotCached() throws Exception {
        FaultyServer server = server((attempt, ex) -> FaultyServer.flood(ex, 32L * 1024 * 1024));
        OnlineTileSource s = source(template(server.uri("/tiles/")), Duration.ofSeconds(5), 2);

        assertThatThrownBy(() -> s.load(TILE)).hasMessage("tile 12/2538/1601 from 127.0.0.1 is too large: the answer "
                + "is longer than the 4 MB accepted");
        assertThat(server.hits()).isEqualTo(1);
        assertThat(s.status().state()).isEqualTo(State.ERROR);
        assertThat(java.nio.file.Files.exists(s.cacheDir().resolve("12/2538/1601.tile"))).isFalse();
    }

    @Test
    void requestsReturnAtOnceWhileTheServerHangs() throws Exception {
        FaultyServer server = server((attempt, ex) -> FaultyServer.hang(ex));
        OnlineTileSource s = source(template(server.uri("/tiles/")), Duration.ofSeconds(30), 2);
        CountDownLatch loaded = new CountDownLatch(1);
        long start = System.nanoTime();

        for (int x = 0; x < 200; x++) {
            s.request(new TileId(12, x, 7), loaded::countDown);
        }

        // what the map's paint does on the FX thread: queue and go on
        assertThat(millisSince(start)).isLessThan(200L);
        assertThat(loaded.getCount()).isEqualTo(1);
        Thread.sleep(100);
        assertThat(server.hits()).as("two connections at most, however many tiles wait").isLessThanOrEqualTo(2);
    }
}
