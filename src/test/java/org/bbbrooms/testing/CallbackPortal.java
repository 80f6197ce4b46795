package org.bbbrooms.testing;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The portal's BBB callback endpoints ({@code /portal/api/callbacks/meetings/...}) outside the container: a JDK
 * HTTP server on a free loopback port that hands each callback to the test's handler, which calls the resource's
 * logic as JAX-RS would. Give its {@link #url()} to a room fixture as the portal's public address.
 * <p>Use: {@code try (CallbackPortal portal = new CallbackPortal(exchange -> ...)) { ... portal.url() ... }}
 */
public final class CallbackPortal implements AutoCloseable {

    private final HttpServer server;

    public CallbackPortal(HttpHandler callbacks) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/portal/api/callbacks/meetings/", callbacks);
        server.start();
    }

    /** The portal's public address, e.g. {@code http://127.0.0.1:41234/portal}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/portal";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
