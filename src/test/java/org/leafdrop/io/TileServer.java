package org.leafdrop.io;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tile server on the loopback interface for tests: answers /tiles/z/x/y.png with whatever the
 * test's {@link Behaviour} says, and records every request and how many run at once.
 */
final class TileServer implements AutoCloseable {
    record Request(String path, String userAgent, String ifNoneMatch, String ifModifiedSince) {
    }

    record Response(int status, Map<String, String> headers, byte[] body) {
    }

    interface Behaviour {
        Response answer(Request r) throws Exception;
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    volatile Behaviour behaviour;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);

    TileServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/tiles/", this::handle);
        server.start();
    }

    String template() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tiles/{z}/{x}/{y}.png";
    }

    int hits() {
        return requests.size();
    }

    private void handle(HttpExchange ex) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        Response answer;
        try {
            Request r = new Request(ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("User-Agent"),
                    ex.getRequestHeaders().getFirst("If-None-Match"),
                    ex.getRequestHeaders().getFirst("If-Modified-Since"));
            requests.add(r);
            answer = behaviour.answer(r);
        } catch (Exception e) {
            answer = new Response(500, Map.of(), new byte[0]);
        } finally {
            // counted out before answering: the client cannot start its next request any earlier
            inFlight.decrementAndGet();
        }
        try {
            answer.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            boolean empty = answer.body().length == 0 || answer.status() == 304;
            ex.sendResponseHeaders(answer.status(), empty ? -1 : answer.body().length);
            if (!empty) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
