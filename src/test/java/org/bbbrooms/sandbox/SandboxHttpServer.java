package org.bbbrooms.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a {@link SandboxRouter} over real HTTP from the JDK's HTTP server, at
 * {@code http://127.0.0.1:{random port}/sandbox/…}, as the servlet serves it in the WAR: several requests at once,
 * so that a call held back by a {@code hang} fault does not stall the others.
 *
 * <p>Why: the protocol client's tests and the sandbox's own tests talk to the sandbox over HTTP without a container.
 * <pre>{@code
 * try (SandboxHttpServer http = SandboxHttpServer.start(new SandboxRouter(server))) {
 *     String bbbUrl = http.contextUrl() + "/sandbox/bigbluebutton";
 * }
 * }</pre>
 */
public final class SandboxHttpServer implements AutoCloseable {

    private final HttpServer http;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    private SandboxHttpServer(HttpServer http) {
        this.http = http;
        http.setExecutor(threads);
    }

    public static SandboxHttpServer start(SandboxRouter router) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        SandboxHttpServer server = new SandboxHttpServer(http);
        http.createContext("/sandbox", exchange -> server.serve(router, exchange));
        http.start();
        return server;
    }

    /** The application root, like {@code http://127.0.0.1:40123}; the sandbox is at {@code /sandbox} below it. */
    public String contextUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    private void serve(SandboxRouter router, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath().substring("/sandbox".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            SandboxResponse answer = router.route(new SandboxRequest(exchange.getRequestMethod(), path,
                    Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse(""), body,
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")),
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst("Accept-Language")), contextUrl()));
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (!answer.contentType().isEmpty()) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }
}
