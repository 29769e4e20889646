package org.leafdrop.io.weather;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.leafdrop.io.AtomicFiles;
import org.leafdrop.io.HttpFetch;
import org.leafdrop.io.ProgramVersion;

/**
 * Fetches an hourly Open-Meteo forecast for one point, for {@link OpenMeteoReader} to read. Never
 * needed: a saved file reads the same way, and nothing else in Leafdrop calls the network for
 * weather. The request asks for the wind, geopotential height and temperature of the pressure
 * levels 1000 to 200 hPa and the 10 m wind, speeds in m/s, times in GMT, for the whole UTC days
 * that cover the window. The ensemble endpoint ({@link #ENSEMBLE_URL}) takes the same request.
 *
 * <p>Each request has a {@code Leafdrop/<version>} User-Agent, a connect timeout and a deadline
 * for the whole answer (so a server that trickles cannot hold the caller), and an answer larger
 * than {@code maxAnswerBytes} is refused. A server error (5xx), a 429, a timeout or a connection
 * broken off is retried at most {@link #MAX_RETRIES} times, waiting {@code firstBackoff} and then
 * twice as long (each plus up to half at random), or what the server's Retry-After asks if that is
 * longer; a Retry-After beyond {@link #MAX_RETRY_AFTER} is reported rather than waited for. No
 * server there (refused, unknown host) and other answers fail at once, as does a 200 that is not a
 * JSON forecast. Failures are {@link OpenMeteoFetchException}s whose message is for the user.
 * Immutable and thread-safe; interrupting the calling thread aborts the fetch.
 */
public final class OpenMeteoClient {
    /** Open-Meteo's forecast endpoint, the default. */
    public static final URI FORECAST_URL = URI.create("https://api.open-meteo.com/v1/forecast");
    /** Open-Meteo's ensemble endpoint: the same parameters, the members as {@code _memberNN} variables. */
    public static final URI ENSEMBLE_URL = URI.create("https://ensemble-api.open-meteo.com/v1/ensemble");
    /** The pressure levels asked for: from the ground to above any release altitude (200 hPa is near 12 km). */
    public static final List<Integer> PRESSURE_LEVELS_HPA =
            List.of(1000, 975, 950, 925, 900, 850, 800, 700, 600, 500, 400, 300, 250, 200);
    /** A free service is asked again at most twice: more would not help and would burden it. */
    public static final int MAX_RETRIES = 2;
    /** The most an answer may hold: the plan reader's limit too; a real forecast is a few MB at most. */
    public static final long MAX_ANSWER_BYTES = 50L * 1024 * 1024;
    /** A server asking to wait longer than this (Retry-After) is not waited for: the user may try later. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);
    /** The longest wait between tries, before jitter. */
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    /** Open-Meteo's error answers carry a short reason; more than this is not a reason. */
    private static final int MAX_REASON_CHARS = 300;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Options options;
    private final HttpClient http;
    private final String userAgent;

    /**
     * How to reach the service.
     *
     * @param baseUrl        the endpoint, e.g. {@link #FORECAST_URL}, {@link #ENSEMBLE_URL} or a mirror; a
     *                       query it has (an API key) is kept before the request's parameters
     * @param connectTimeout the longest wait for a connection
     * @param requestTimeout the longest wait for the whole answer of one try, body included
     * @param retries        tries after the first on a server error, 429 or timeout, 0 to {@link #MAX_RETRIES}
     * @param firstBackoff   the wait before the first retry; it doubles for the next, plus up to half at random
     * @param maxAnswerBytes the largest answer accepted; a larger one fails as soon as that is known
     */
    public record Options(URI baseUrl, Duration connectTimeout, Duration requestTimeout, int retries,
                          Duration firstBackoff, long maxAnswerBytes) {
        /** Options accepting answers up to {@link #MAX_ANSWER_BYTES}. */
        public Options(URI baseUrl, Duration connectTimeout, Duration requestTimeout, int retries,
                       Duration firstBackoff) {
            this(baseUrl, connectTimeout, requestTimeout, retries, firstBackoff, MAX_ANSWER_BYTES);
        }

        public Options {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            Objects.requireNonNull(firstBackoff, "firstBackoff");
            if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                    || !List.of("http", "https").contains(baseUrl.getScheme().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was " + baseUrl);
            }
            if (baseUrl.getRawFragment() != null) {
                throw new IllegalArgumentException("baseUrl must have no fragment, was " + baseUrl);
            }
            if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                    || requestTimeout.isZero() || firstBackoff.isNegative()) {
                throw new IllegalArgumentException("timeouts must be positive and the backoff not negative");
            }
            if (retries < 0 || retries > MAX_RETRIES) {
                throw new IllegalArgumentException("retries must be in [0, " + MAX_RETRIES + "], was " + retries);
            }
            if (maxAnswerBytes < 1) {
                throw new IllegalArgumentException("maxAnswerBytes must be positive, was " + maxAnswerBytes);
            }
        }

        /** The forecast endpoint, 10 s to connect, 30 s per answer, 2 retries after 1 s and 2 s. */
        public static Options defaults() {
            return new Options(FORECAST_URL, Duration.ofSeconds(10), Duration.ofSeconds(30), MAX_RETRIES,
                    Duration.ofSeconds(1));
        }

        public Options withBaseUrl(URI url) {
            return new Options(url, connectTimeout, requestTimeout, retries, firstBackoff, maxAnswerBytes);
        }
    }

    /**
     * What to fetch: a point and a time window (both ends included).
     *
     * @param latDeg  latitude, degrees north, in [-90, 90]
     * @param lonDeg  longitude, degrees east, in [-180, 180]
     * @param fromUtc the window's start
     * @param toUtc   the window's end, not before the start
     */
    public record Request(double latDeg, double lonDeg, Instant fromUtc, Instant toUtc) {
        public Request {
            Objects.requireNonNull(fromUtc, "fromUtc");
            Objects.requireNonNull(toUtc, "toUtc");
            if (!(latDeg >= -90 && latDeg <= 90)) {
                throw new IllegalArgumentException("latDeg must be in [-90, 90], was " + latDeg);
            }
            if (!(lonDeg >= -180 && lonDeg <= 180)) {
                throw new IllegalArgumentException("lonDeg must be in [-180, 180], was " + lonDeg);
            }
            if (toUtc.isBefore(fromUtc)) {
                throw new IllegalArgumentException("toUtc " + toUtc + " is before fromUtc " + fromUtc);
            }
        }
    }

    /** A client of the forecast endpoint with the default options. */
    public OpenMeteoClient() {
        this(Options.defaults());
    }

    public OpenMeteoClient(Options options) {
        this.options = Objects.requireNonNull(options, "options");
        this.userAgent = userAgent();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public Options options() {
        return options;
    }

    /** {@code Leafdrop/<version>}, the version from the jar's manifest ("development" from classes). */
    static String userAgent() {
        return "Leafdrop/" + ProgramVersion.current() + " (weather forecast fetch)";
    }

    /**
     * The URL of a request, e.g. {@code https://api.open-meteo.com/v1/forecast?latitude=36.34&
     * longitude=43.13&hourly=wind_speed_10m,...&wind_speed_unit=ms&timezone=GMT&start_date=2016-10-16&
     * end_date=2016-10-17}.
     */
    public URI requestUri(Request request) {
        Objects.requireNonNull(request, "request");
        List<String> hourly = new ArrayList<>(List.of("wind_speed_10m", "wind_direction_10m"));
        for (String quantity : List.of("wind_speed", "wind_direction", "geopotential_height", "temperature")) {
            PRESSURE_LEVELS_HPA.forEach(p -> hourly.add(quantity + "_" + p + "hPa"));
        }
        LocalDate first = LocalDate.ofInstant(request.fromUtc(), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(request.toUtc(), ZoneOffset.UTC);
        // the variable names and dates need no escaping; commas are allowed in a query
        String query = "latitude=" + degrees(request.latDeg())
                + "&longitude=" + degrees(request.lonDeg())
                + "&hourly=" + String.join(",", hourly)
                + "&wind_speed_unit=ms"
                + "&timezone=GMT"
                + "&start_date=" + first
                + "&end_date=" + last;
        String base = options.baseUrl().toString();
        return URI.create(base + (options.baseUrl().getRawQuery() == null ? "?" : "&") + query);
    }

    /**
     * The forecast's JSON text, as the service sent it.
     *
     * @throws OpenMeteoFetchException when the service cannot be reached, does not answer in time,
     *                                 or refuses; the message says which, for the user
     */
    public String fetch(Request request) throws OpenMeteoFetchException {
        URI uri = requestUri(request);
        String host = options.baseUrl().getHost();
        HttpRequest httpRequest = HttpRequest.newBuilder(uri)
                .timeout(options.requestTimeout())
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .GET()
                .build();
        String failure = "";
        IOException cause = null;
        Duration wait = Duration.ZERO;
        int tries = 0;
        try {
            for (int attempt = 0; attempt <= options.retries(); attempt++) {
                Thread.sleep(wait.toMillis());
                tries++;
                Duration backoff = HttpFetch.backoff(options.firstBackoff(), attempt + 1, MAX_BACKOFF,
                        ThreadLocalRandom.current()::nextDouble);
                HttpResponse<byte[]> response;
                try {
                    response = HttpFetch.send(http, httpRequest, options.maxAnswerBytes(), options.requestTimeout());
                } catch (HttpTimeoutException e) {
                    cause = e;
                    failure = "cannot reach " + host + ": " + (e instanceof HttpConnectTimeoutException
                            ? "no connection within " + HttpFetch.seconds(options.connectTimeout())
                            : "no answer within " + HttpFetch.seconds(options.requestTimeout()));
                    wait = backoff;
                    continue;
                } catch (HttpFetch.TooLargeException e) {
                    throw new OpenMeteoFetchException(host + " sent too much: " + e.getMessage()
                            + "; a forecast is far smaller (is the address right?)", e);
                } catch (IOException e) {
                    if (isUnreachable(e)) {
                        throw new OpenMeteoFetchException("cannot reach " + host + ": " + describe(e), e);
                    }
                    // a connection reset or closed half-way: worth another try
                    cause = e;
                    failure = "cannot reach " + host + ": " + describe(e);
                    wait = backoff;
                    continue;
                }
                int code = response.statusCode();
                String body = new String(response.body(), StandardCharsets.UTF_8);
                if (code == 200) {
                    return checked(body, host);
                }
                failure = host + " answered HTTP " + code + reason(body);
                cause = null;
                if (code != 429 && code < 500) {
                    throw new OpenMeteoFetchException(failure);
                }
                Optional<Duration> asked = HttpFetch.retryAfter(response, Instant.now());
                if (asked.isPresent() && asked.get().compareTo(MAX_RETRY_AFTER) > 0) {
                    throw new OpenMeteoFetchException(failure + "; it asks to wait " + HttpFetch.seconds(asked.get())
                            + ": try again later");
                }
                wait = asked.filter(a -> a.compareTo(backoff) > 0).orElse(backoff);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenMeteoFetchException("interrupted while fetching the forecast from " + host, e);
        }
        String message = failure + (tries > 1 ? " (tried " + tries + " times)" : "");
        throw cause == null ? new OpenMeteoFetchException(message) : new OpenMeteoFetchException(message, cause);
    }

    /** The answer when it is a JSON object with hourly data; a proxy's login page or a wrong URL is a failure. */
    private static String checked(String body, String host) throws OpenMeteoFetchException {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            String start = body.strip();
            start = start.length() > 40 ? start.substring(0, 40) + "..." : start;
            throw new OpenMeteoFetchException(host + " answered with something that is not JSON (\""
                    + start.replaceAll("\\s+", " ") + "\"): not an Open-Meteo forecast (is the address right?)", e);
        }
        if (root == null || !root.path("hourly").isObject()) {
            throw new OpenMeteoFetchException(host + " answered without hourly data: not an Open-Meteo forecast "
                    + "(is the address right?)");
        }
        return body;
    }

    /**
     * Fetches the forecast and saves it to {@code target} atomically (an existing file is replaced
     * only once the whole answer is there); returns the text.
     */
    public String fetchTo(Request request, Path target) throws OpenMeteoFetchException {
        Objects.requireNonNull(target, "target");
        String json = fetch(request);
        try {
            AtomicFiles.writeString(target, json);
        } catch (IOException e) {
            throw new OpenMeteoFetchException("cannot save the forecast to " + target + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        return json;
    }

    /** Degrees with at most 4 decimals (about 10 m), plain: Open-Meteo's grid is far coarser. */
    private static String degrees(double deg) {
        return BigDecimal.valueOf(deg).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** ": <reason>" from Open-Meteo's {@code {"error": true, "reason": "..."}} answer, else nothing. */
    private static String reason(String body) {
        if (body == null || body.isBlank() || body.length() > 100_000) {
            return "";
        }
        try {
            JsonNode reason = MAPPER.readTree(body).path("reason");
            if (!reason.isTextual() || reason.asText().isBlank()) {
                return "";
            }
            String r = reason.asText().replaceAll("\\s+", " ").trim();
            return ": " + (r.length() > MAX_REASON_CHARS ? r.substring(0, MAX_REASON_CHARS) + "..." : r);
        } catch (IOException e) {
            // not JSON (a proxy's HTML page): the status code says enough
            return "";
        }
    }

    /** No server there (refused, no such host): asking again at once would not help. */
    private static boolean isUnreachable(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException
                    || t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "host name not found (no network?)";
            }
        }
        if (e instanceof ConnectException) {
            return "connection refused or no network";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
