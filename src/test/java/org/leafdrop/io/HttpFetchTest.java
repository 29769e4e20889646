package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpFetchTest {
    @Test
    void backoffDoublesIsCappedAndJitterOnlyLengthensIt() {
        Duration first = Duration.ofMillis(500);
        Duration cap = Duration.ofSeconds(10);
        assertThat(HttpFetch.backoff(first, 1, cap, () -> 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(HttpFetch.backoff(first, 2, cap, () -> 0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(HttpFetch.backoff(first, 3, cap, () -> 0.999)).isBetween(Duration.ofMillis(2000),
                Duration.ofMillis(3000));
        assertThat(HttpFetch.backoff(first, 40, cap, () -> 0)).isEqualTo(cap);
        assertThat(HttpFetch.backoff(first, 40, cap, () -> 0.5)).isEqualTo(Duration.ofMillis(12_500));
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() throws Exception {
        Instant now = Instant.parse("2016-10-17T06:00:00Z");
        try (FaultyServer server = new FaultyServer((attempt, ex) -> FaultyServer.answer(ex, 503, "",
                "Retry-After", switch (attempt) {
                    case 0 -> "120";
                    case 1 -> "Mon, 17 Oct 2016 06:02:30 GMT";
                    case 2 -> "Mon, 17 Oct 2016 05:00:00 GMT";
                    default -> "soon";
                }))) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(server.uri("/")).build();
            Optional<Duration>[] seen = new Optional[4];
            for (int i = 0; i < 4; i++) {
                HttpResponse<byte[]> r = HttpFetch.send(client, request, 1024, Duration.ofSeconds(5));
                seen[i] = HttpFetch.retryAfter(r, now);
            }
            assertThat(seen).containsExactly(Optional.of(Duration.ofSeconds(120)),
                    Optional.of(Duration.ofSeconds(150)), Optional.of(Duration.ZERO), Optional.empty());
        }
    }

    @Test
    void durationsAndSizesReadNaturallyInMessages() {
        assertThat(HttpFetch.seconds(Duration.ofMillis(300))).isEqualTo("300 ms");
        assertThat(HttpFetch.seconds(Duration.ofSeconds(15))).isEqualTo("15 s");
        assertThat(HttpFetch.seconds(Duration.ofSeconds(120))).isEqualTo("2 min");
        assertThat(HttpFetch.seconds(Duration.ofHours(1))).isEqualTo("1 h");
        assertThat(HttpFetch.bytes(50L << 20)).isEqualTo("50 MB");
        assertThat(HttpFetch.bytes(300)).isEqualTo("300 bytes");
    }
}
