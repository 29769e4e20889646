package org.leafdrop.io.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.io.FaultyServer;
import org.leafdrop.io.weather.OpenMeteoClient.Options;
import org.leafdrop.io.weather.OpenMeteoClient.Request;

/**
 * The forecast client against servers that misbehave, all on 127.0.0.1: silent, trickling,
 * overloaded, flooding or answering nonsense. Each failure comes quickly and says what happened;
 * nothing is saved from a failed fetch.
 */
class OpenMeteoFaultsTest {
    private static final Request MOSUL = new Request(36.34, 43.13,
            Instant.parse("2016-10-16T06:00:00Z"), Instant.parse("2016-10-17T18:00:00Z"));
    private static final String FORECAST = "{\"hourly\": {\"time\": []}}";

    private FaultyServer server;
    private FaultyServer.Silent silent;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (silent != null) {
            silent.close();
        }
    }

    private static OpenMeteoClient client(URI base, Duration requestTimeout, int retries) {
        return new OpenMeteoClient(new Options(base, Duration.ofSeconds(1), requestTimeout, retries,
                Duration.ofMillis(20)));
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Test
    void aServerThatAcceptsButNeverAnswersTimesOutAndIsRetried() throws Exception {
        silent = new FaultyServer.Silent();
        long start = System.nanoTime();

        assertThatThrownBy(() -> client(silent.uri("/v1/forecast"), Duration.ofMillis(300), 1).fetch(MOSUL))
                .isInstanceOf(OpenMeteoFetchException.class)
                .hasMessage("cannot reach 127.0.0.1: no answer within 300 ms (tried 2 times)");
        assertThat(millisSince(start)).isBetween(600L, 3_000L);
        assertThat(silent.connections()).isEqualTo(2);
    }

    @Test
    void aServerThatTricklesIsCutOffAtTheDeadlineNotWhenItFinishes() throws Exception {
        // headers at once, then a byte every 50 ms: the whole answer would take some 1.2 s
        server = new FaultyServer((attempt, ex) -> FaultyServer.trickle(ex,
                FORECAST.getBytes(StandardCharsets.UTF_8), 50));
        long start = System.nanoTime();

        assertThatThrownBy(() -> client(server.uri("/v1/forecast"), Duration.ofMillis(300), 0).fetch(MOSUL))
                .hasMessage("cannot reach 127.0.0.1: no answer within 300 ms");
        assertThat(millisSince(start)).isLessThan(900L);
    }

    @Test
    void nothingListeningFailsAtOnceWithoutRetries() throws Exception {
        long start = System.nanoTime();

        assertThatThrownBy(() -> client(URI.create("http://127.0.0.1:" + FaultyServer.closedPort() + "/v1/forecast"),
                Duration.ofSeconds(5), 2).fetch(MOSUL))
                .hasMessage("cannot reach 127.0.0.1: connection refused or no network");
        assertThat(millisSince(start)).isLessThan(1_000L);
    }

    @Test
    void a429WithRetryAfterIsWaitedForThenTheAnswerIsTaken() throws Exception {
        server = new FaultyServer((attempt, ex) -> {
            if (attempt == 0) {
                FaultyServer.answer(ex, 429, "{\"error\": true, \"reason\": \"Too many requests\"}", "Retry-After", "1");
            } else {
                FaultyServer.answer(ex, 200, FORECAST);
            }
        });

        String json = client(server.uri("/v1/forecast"), Duration.ofSeconds(5), 2).fetch(MOSUL);

        assertThat(json).isEqualTo(FORECAST);
        assertThat(server.hits()).isEqualTo(2);
        // the second request came no sooner than the server asked (1 s), not after the 20 ms backoff
        assertThat(server.arrivals.get(1) - server.arrivals.get(0)).isGreaterThanOrEqualTo(
                TimeUnit.MILLISECONDS.toNanos(950));
    }

    @Test
    void aServerAskingToWaitLongerThanIsReasonableIsReportedNotWaitedFor() throws Exception {
        server = new FaultyServer((attempt, ex) -> FaultyServer.answer(ex, 503, "", "Retry-After", "3600"));
        long start = System.nanoTime();

        assertThatThrownBy(() -> client(server.uri("/v1/forecast"), Duration.ofSeconds(5), 2).fetch(MOSUL))
                .hasMessage("127.0.0.1 answered HTTP 503; it asks to wait 1 h: try again later");
        assertThat(server.hits()).isEqualTo(1);
        assertThat(millisSince(start)).isLessThan(1_000L);
    }

    @Test
    void aServerErrorThenSuccessGivesTheForecast() throws Exception {
        server = new FaultyServer((attempt, ex) -> FaultyServer.answer(ex, attempt == 0 ? 500 : 200,
                attempt == 0 ? "" : FORECAST));

        assertThat(client(server.uri("/v1/forecast"), Duration.ofSeconds(5), 2).fetch(MOSUL)).isEqualTo(FORECAST);
        assertThat(server.hits()).isEqualTo(2);
    }

    @Test
    void anAnswerThatIsNotAForecastIsAFailureAndIsNotSaved(@TempDir Path dir) throws Exception {
        server = new FaultyServer((attempt, ex) -> FaultyServer.answer(ex, 200, attempt == 0
                ? "<html><body>Please log in to the proxy</body></html>" : "{\"latitude\": 36.3}"));
        Path target = dir.resolve("forecast.json");
        OpenMeteoClient client = client(server.uri("/v1/forecast"), Duration.ofSeconds(5), 2);

        assertThatThrownBy(() -> client.fetchTo(MOSUL, target))
                .hasMessage("127.0.0.1 answered with something that is not JSON (\"<html><body>Please log in to the "
                        + "proxy</...\"): not an Open-Meteo forecast (is the address right?)");
        assertThatThrownBy(() -> client.fetchTo(MOSUL, target))
                .hasMessage("127.0.0.1 answered without hourly data: not an Open-Meteo forecast (is the address right?)");
        assertThat(server.hits()).as("nonsense is not retried").isEqualTo(2);
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void aHugeAnswerIsRefusedWithoutReadingItAll() throws Exception {
        server = new FaultyServer((attempt, ex) -> FaultyServer.flood(ex, 64L * 1024 * 1024));
        OpenMeteoClient small = new OpenMeteoClient(new Options(server.uri("/v1/forecast"), Duration.ofSeconds(1),
                Duration.ofSeconds(10), 2, Duration.ofMillis(20), 1024 * 1024));
        long start = System.nanoTime();

        assertThatThrownBy(() -> small.fetch(MOSUL)).hasMessage("127.0.0.1 sent too much: the answer is longer than "
                + "the 1 MB accepted; a forecast is far smaller (is the address right?)");
        assertThat(server.hits()).isEqualTo(1);
        assertThat(millisSince(start)).isLessThan(3_000L);
    }

    @Test
    void anAnnouncedHugeAnswerIsRefusedBeforeItsBody() throws Exception {
        server = new FaultyServer((attempt, ex) -> {
            ex.sendResponseHeaders(200, 200L * 1024 * 1024);
            FaultyServer.hang(ex);
        });

        assertThatThrownBy(() -> client(server.uri("/v1/forecast"), Duration.ofSeconds(5), 2).fetch(MOSUL))
                .hasMessageContaining("the answer is 200 MB long, more than the 50 MB accepted");
    }

    @Test
    void interruptingTheFetchingThreadEndsTheFetchAtOnce() throws Exception {
        server = new FaultyServer((attempt, ex) -> FaultyServer.hang(ex));
        OpenMeteoClient client = client(server.uri("/v1/forecast"), Duration.ofSeconds(30), 2);
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                client.fetch(MOSUL);
                failure.complete(null);
            } catch (Throwable e) {
                failure.complete(e);
            }
        });
        t.start();
        while (server.hits() == 0) {
            Thread.sleep(5);
        }
        long start = System.nanoTime();
        t.interrupt();

        assertThat(failure.get(5, TimeUnit.SECONDS)).isInstanceOf(OpenMeteoFetchException.class)
                .hasMessage("interrupted while fetching the forecast from 127.0.0.1");
        assertThat(millisSince(start)).isLessThan(1_000L);
    }
}
