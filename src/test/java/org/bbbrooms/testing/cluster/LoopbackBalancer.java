package org.bbbrooms.testing.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;

/**
 * A load balancer for tests, on loopback and without sticky sessions: each new connection, HTTP or websocket, goes
 * to the node it is told to use now, and connections to a node that dies break, as a real balancer's would.
 * <p>Use: {@code try (LoopbackBalancer lb = LoopbackBalancer.to(a.base().getPort())) { ... lb.sendTo(b); }}
 */
public final class LoopbackBalancer implements AutoCloseable {

    private final ServerSocket listener;
    private volatile int target;

    private LoopbackBalancer(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept);
    }

    public static LoopbackBalancer to(int port) {
        try {
            return new LoopbackBalancer(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where new connections go from now on. */
    public void sendTo(int port) {
        target = port;
    }

    public URL url() {
        try {
            return new URL("http://127.0.0.1:" + listener.getLocalPort() + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException closed) {
                return;
            }
            try {
                Socket node = new Socket(InetAddress.getLoopbackAddress(), target);
                pipe(client, node);
                pipe(node, client);
            } catch (IOException refused) {
                close(client);
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        daemon(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side went away
            } finally {
                close(from);
                close(to);
            }
        });
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "loopback-balancer");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        close(listener);
    }

    private static void close(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
