package org.bbbrooms.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A local HTTP server that records the callbacks the sandbox sends it, and answers 200. */
public final class CallbackReceiver implements AutoCloseable {

    /** One request received. */
    public record Received(String method, URI uri, String contentType, String authorization, String body) {
    }

    private final HttpServer http;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    private CallbackReceiver(HttpServer http) {
        this.http = http;
    }

    public static CallbackReceiver start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        CallbackReceiver receiver = new CallbackReceiver(http);
        http.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            receiver.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        http.start();
        return receiver;
    }

    /** An absolute URL on this server. */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + pathAndQuery;
    }

    /** The next callback received, waiting for it (up to 10 s, for a slow machine). */
    public Received next() throws InterruptedException {
        Received r = received.poll(10, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("No callback arrived");
        }
        return r;
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
