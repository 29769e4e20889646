package org.leafdrop.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;

/**
 * What the online tile source and the forecast client share about talking to a server that may
 * be slow, gone or misbehaving: one request with a deadline for the whole answer and a size cap,
 * the waits between retries, and the server's Retry-After. Stateless; thread-safe.
 */
public final class HttpFetch {
    private HttpFetch() {
    }

    /** The answer is larger than the caller accepts. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    /**
     * Sends {@code request} and reads the whole answer. {@code HttpRequest.timeout} only bounds
     * the wait for the headers; here {@code deadline} bounds everything (connection, headers and
     * body), so a server that sends a byte now and then cannot hold the caller. An answer larger
     * than {@code maxBytes} is refused as soon as its length is announced or exceeded. Interrupting
     * the caller aborts the exchange.
     *
     * @throws HttpTimeoutException when the deadline passes
     * @throws TooLargeException    when the answer is larger than {@code maxBytes}
     * @throws IOException          when the server cannot be reached or breaks off
     */
    public static HttpResponse<byte[]> send(HttpClient client, HttpRequest request, long maxBytes, Duration deadline)
            throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, info -> new CappedBody(
                info.headers().firstValueAsLong("Content-Length").orElse(-1), maxBytes));
        try {
            return answer.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + seconds(deadline));
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            String why = cause == null || cause.getMessage() == null || cause.getMessage().isBlank()
                    ? "the request failed" : cause.getMessage();
            throw new IOException(why, cause);
        }
    }

    /**
     * The wait before retry {@code retry} (1 for the first): {@code first} doubled for each
     * further retry, at most {@code cap}, then lengthened by up to half at random so that many
     * clients that failed together do not come back together.
     *
     * @param random a number in [0, 1)
     */
    public static Duration backoff(Duration first, int retry, Duration cap, DoubleSupplier random) {
        long ms = first.toMillis() << Math.min(30, Math.max(0, retry - 1));
        ms = Math.min(ms, cap.toMillis());
        return Duration.ofMillis(ms + (long) (ms * 0.5 * random.getAsDouble()));
    }

    /** The server's Retry-After (seconds, or an HTTP date), from {@code now}; never negative. */
    public static Optional<Duration> retryAfter(HttpResponse<?> response, Instant now) {
        Optional<String> value = response.headers().firstValue("Retry-After").map(String::trim);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.get()))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** "300 ms", "15 s", "2 min", "1 h": a duration for a message. */
    public static String seconds(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 != 0) {
            return ms + " ms";
        }
        long s = ms / 1000;
        return s >= 3600 && s % 3600 == 0 ? s / 3600 + " h" : s >= 120 && s % 60 == 0 ? s / 60 + " min" : s + " s";
    }

    /** A byte size for a message: "50 MB", "512 KB", "300 bytes". */
    public static String bytes(long n) {
        return n >= 1 << 20 && n % (1 << 20) == 0 ? n / (1 << 20) + " MB"
                : n >= 1 << 10 && n % (1 << 10) == 0 ? n / (1 << 10) + " KB" : String.format(Locale.ROOT, "%d bytes", n);
    }

    /** Collects the body, giving up (and cancelling the download) past the cap. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long announced;
        private final long maxBytes;
        private Flow.Subscription subscription;

        CappedBody(long announced, long maxBytes) {
            this.announced = announced;
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (announced > maxBytes) {
                s.cancel();
                result.completeExceptionally(new TooLargeException("the answer is " + bytes(announced)
                        + " long, more than the " + bytes(maxBytes) + " accepted"));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                if (bytes.size() + (long) b.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLargeException("the answer is longer than the "
                            + bytes(maxBytes) + " accepted"));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
