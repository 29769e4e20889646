package org.leafdrop.io.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.io.weather.OpenMeteoClient.Options;
import org.leafdrop.io.weather.OpenMeteoClient.Request;
import org.leafdrop.model.Loaded;

/** The client against a server on the loopback interface; nothing here needs the internet. */
class OpenMeteoClientTest {
    private static final Request MOSUL = new Request(36.34, 43.13,
            Instant.parse("2016-10-16T06:00:00Z"), Instant.parse("2016-10-17T18:00:00Z"));
    /** Short waits keep the retry tests fast; the doubling is what matters. */
    private static final Duration BACKOFF = Duration.ofMillis(40);

    private Server server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private OpenMeteoClient client(Duration requestTimeout, int retries) {
        return new OpenMeteoClient(new Options(server.baseUrl(), Duration.ofSeconds(2), requestTimeout, retries,
                BACKOFF));
    }

    @Test
    void theRequestNamesThePointTheUtcDaysTheLevelsAndTheUnits() {
        URI uri = new OpenMeteoClient().requestUri(MOSUL);

        assertThat(uri.toString()).startsWith("https://api.open-meteo.com/v1/forecast?");
        Map<String, String> query = query(uri);
        assertThat(query).containsEntry("latitude", "36.34").containsEntry("longitude", "43.13")
                .containsEntry("wind_speed_unit", "ms").containsEntry("timezone", "GMT")
                .containsEntry("start_date", "2016-10-16").containsEntry("end_date", "2016-10-17");
        List<String> hourly = Arrays.asList(query.get("hourly").split(","));
        assertThat(hourly).hasSize(2 + 4 * 14).doesNotHaveDuplicates()
                .contains("wind_speed_10m", "wind_direction_10m", "wind_speed_1000hPa", "wind_direction_850hPa",
                        "geopotential_height_200hPa", "temperature_500hPa")
                .doesNotContain("wind_speed_150hPa");
        // every name is one the reader uses
        assertThat(hourly).allSatisfy(v -> assertThat(OpenMeteoVariable.parse(v)).as(v).isPresent());
    }

    @Test
    void theEnsembleEndpointAndAKeyInTheBaseUrlKeepTheSameParameters() {
        URI ensemble = new OpenMeteoClient(Options.defaults().withBaseUrl(OpenMeteoClient.ENSEMBLE_URL))
                .requestUri(MOSUL);
        URI keyed = new OpenMeteoClient(Options.defaults()
                .withBaseUrl(URI.create("https://customer-api.open-meteo.com/v1/forecast?apikey=abc")))
                .requestUri(MOSUL);

        assertThat(ensemble.toString()).startsWith("https://ensemble-api.open-meteo.com/v1/ensemble?latitude=36.34&");
        assertThat(keyed.toString()).startsWith("https://customer-api.open-meteo.com/v1/forecast?apikey=abc&latitude=");
        assertThat(query(keyed)).containsEntry("wind_speed_unit", "ms");
    }

    @Test
    void fetchesTheForecastWithALeafdropUserAgent() throws Exception {
        String body = OpenMeteoReaderTest.text("mosul-forecast.json");
        server = new Server(attempt -> new Answer(200, body, Duration.ZERO));

        String json = client(Duration.ofSeconds(5), 2).fetch(MOSUL);

        assertThat(json).isEqualTo(body);
        assertThat(server.requests).singleElement().satisfies(r -> {
            assertThat(r.userAgent()).startsWith("Leafdrop/");
            assertThat(r.uri().getPath()).isEqualTo("/v1/forecast");
            assertThat(query(r.uri())).containsEntry("wind_speed_unit", "ms").containsEntry("latitude", "36.34");
        });
        Loaded<WeatherReading> read = new OpenMeteoReader().read(json, Optional.empty(), Optional.empty());
        assertThat(read.value()).isPresent();
    }

    @Test
    void retriesAServerErrorWithGrowingWaitsThenSucceeds() throws Exception {
        server = new Server(attempt -> attempt < 2 ? new Answer(503, "busy", Duration.ZERO)
                : new Answer(200, "{\"hourly\": {}}", Duration.ZERO));
        long start = System.nanoTime();

        String json = client(Duration.ofSeconds(5), 2).fetch(MOSUL);

        assertThat(json).isEqualTo("{\"hourly\": {}}");
        assertThat(server.requests).hasSize(3);
        // waits of 40 ms, then 80 ms
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(BACKOFF.multipliedBy(3));
    }

    @Test
    void givesUpAfterTwoRetriesNamingTheStatusAndTheReason() throws IOException {
        server = new Server(attempt -> new Answer(503, "{\"error\": true, \"reason\": \"Too many concurrent requests\"}",
                Duration.ZERO));

        assertThatThrownBy(() -> client(Duration.ofSeconds(5), 2).fetch(MOSUL))
                .isInstanceOf(OpenMeteoFetchException.class)
                .hasMessage("127.0.0.1 answered HTTP 503: Too many concurrent requests (tried 3 times)");
        assertThat(server.requests).hasSize(3);
    }

    @Test
    void aRefusedRequestIsNotRetried() throws IOException {
        server = new Server(attempt -> new Answer(400,
                "{\"error\": true, \"reason\": \"Parameter 'start_date' is out of allowed range\"}", Duration.ZERO));

        assertThatThrownBy(() -> client(Duration.ofSeconds(5), 2).fetch(MOSUL))
                .isInstanceOf(OpenMeteoFetchException.class)
                .hasMessage("127.0.0.1 answered HTTP 400: Parameter 'start_date' is out of allowed range");
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsRetriedThenReported() throws IOException {
        server = new Server(attempt -> new Answer(200, "{}", Duration.ofSeconds(10)));

        assertThatThrownBy(() -> client(Duration.ofMillis(300), 1).fetch(MOSUL))
                .isInstanceOf(OpenMeteoFetchException.class)
                .hasMessage("cannot reach 127.0.0.1: no answer within 300 ms (tried 2 times)");
        assertThat(server.requests).hasSize(2);
    }

    @Test
    void nothingListeningGivesAClearMessageAtOnce() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        OpenMeteoClient offline = new OpenMeteoClient(Options.defaults()
                .withBaseUrl(URI.create("http://127.0.0.1:" + port + "/v1/forecast")));

        assertThatThrownBy(() -> offline.fetch(MOSUL))
                .isInstanceOf(OpenMeteoFetchException.class)
                .hasMessage("cannot reach 127.0.0.1: connection refused or no network");
    }

    @Test
    void savesTheAnswerAndLeavesTheOldFileWhenTheFetchFails(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("mosul.json");
        AtomicInteger status = new AtomicInteger(200);
        server = new Server(attempt -> new Answer(status.get(), "{\"hourly\": {\"time\": []}}", Duration.ZERO));

        String json = client(Duration.ofSeconds(5), 0).fetchTo(MOSUL, target);
        status.set(500);

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(json)
                .isEqualTo("{\"hourly\": {\"time\": []}}");
        assertThatThrownBy(() -> client(Duration.ofSeconds(5), 0).fetchTo(MOSUL, target))
                .isInstanceOf(OpenMeteoFetchException.class).hasMessage("127.0.0.1 answered HTTP 500");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(json);
        assertThat(dir.toFile().list()).containsExactly("mosul.json");
    }

    @Test
    void optionsAndRequestsRejectWhatCannotBeSent() {
        assertThatThrownBy(() -> new Options(OpenMeteoClient.FORECAST_URL, Duration.ofSeconds(1), Duration.ofSeconds(1),
                3, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retries");
        assertThatThrownBy(() -> Options.defaults().withBaseUrl(URI.create("ftp://example.org/forecast")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Request(91, 0, Instant.EPOCH, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latDeg");
        assertThatThrownBy(() -> new Request(0, 0, Instant.EPOCH.plusSeconds(1), Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    private record Answer(int status, String body, Duration delay) {
    }

    private interface Behaviour {
        Answer answer(int attempt);
    }

    private record Seen(URI uri, String userAgent) {
    }

    /** An Open-Meteo stand-in on 127.0.0.1 that answers each request as the test says. */
    private static final class Server implements AutoCloseable {
        final List<Seen> requests = new CopyOnWriteArrayList<>();
        private final HttpServer http;
        private final ExecutorService executor = Executors.newCachedThreadPool();
        private final Behaviour behaviour;

        Server(Behaviour behaviour) throws IOException {
            this.behaviour = behaviour;
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.setExecutor(executor);
            http.createContext("/v1/forecast", this::handle);
            http.start();
        }

        URI baseUrl() {
            return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/v1/forecast");
        }

        private void handle(HttpExchange ex) throws IOException {
            int attempt = requests.size();
            requests.add(new Seen(ex.getRequestURI(), ex.getRequestHeaders().getFirst("User-Agent")));
            Answer a = behaviour.answer(attempt);
            try {
                Thread.sleep(a.delay().toMillis());
                byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                ex.sendResponseHeaders(a.status(), bytes.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ex.close();
            }
        }

        @Override
        public void close() {
            http.stop(0);
            executor.shutdownNow();
        }
    }
}
