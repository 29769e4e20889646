package org.leafdrop.io;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Misbehaving servers on 127.0.0.1 for network fault tests: an HTTP server whose handler the test
 * writes (answer, trickle, hang, flood), a socket that accepts connections and never answers, and
 * a port where nothing listens.
 */
public final class FaultyServer implements AutoCloseable {
    /** Answers one request; {@code attempt} counts from 0. */
    public interface Handler {
        void handle(int attempt, HttpExchange ex) throws Exception;
    }

    private final HttpServer http;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "faulty-server");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger hits = new AtomicInteger();
    /** When each request arrived (System.nanoTime). */
    public final List<Long> arrivals = new CopyOnWriteArrayList<>();

    public FaultyServer(Handler handler) throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.setExecutor(executor);
        http.createContext("/", ex -> {
            arrivals.add(System.nanoTime());
            try {
                handler.handle(hits.getAndIncrement(), ex);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                // the client hung up (a deadline, a cap): nothing to answer
            } finally {
                ex.close();
            }
        });
        http.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + path);
    }

    public int hits() {
        return hits.get();
    }

    /** Sends a whole answer at once. */
    public static void answer(HttpExchange ex, int status, String body, String... headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < headers.length; i += 2) {
            ex.getResponseHeaders().add(headers[i], headers[i + 1]);
        }
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Sends the headers at once and then the body a byte at a time, {@code pauseMs} apart. */
    public static void trickle(HttpExchange ex, byte[] body, long pauseMs) throws Exception {
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            for (byte b : body) {
                out.write(b);
                out.flush();
                Thread.sleep(pauseMs);
            }
        }
    }

    /** Sends {@code totalBytes} of filler without announcing the length (chunked). */
    public static void flood(HttpExchange ex, long totalBytes) throws IOException {
        ex.sendResponseHeaders(200, 0);
        byte[] block = new byte[64 * 1024];
        java.util.Arrays.fill(block, (byte) ' ');
        try (OutputStream out = ex.getResponseBody()) {
            for (long sent = 0; sent < totalBytes; sent += block.length) {
                out.write(block);
            }
        }
    }

    /** Reads the request and never answers (until the server is closed). */
    public static void hang(HttpExchange ex) throws InterruptedException {
        Thread.sleep(60_000);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        http.stop(0);
    }

    /** A port where nothing listens: connecting is refused at once. */
    public static int closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** A server that accepts connections (the handshake succeeds) and then never says a word. */
    public static final class Silent implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();

        public Silent() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        accepted.add(socket.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-server");
            t.setDaemon(true);
            t.start();
        }

        public URI uri(String path) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
        }

        public int connections() {
            return accepted.size();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : accepted) {
                s.close();
            }
        }
    }
}
