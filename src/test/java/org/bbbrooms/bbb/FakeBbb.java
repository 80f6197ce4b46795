package org.bbbrooms.bbb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** A throwaway HTTP server on a random local port that answers canned bodies per path and records requests. */
final class FakeBbb implements AutoCloseable {

    static final Secret SECRET = Secret.of("639259d4-9dd8-4b25-bf01-95f9567eaf4b");

    /** One request as the server saw it: the raw, undecoded query and the body. */
    record Seen(String method, String path, String rawQuery, String contentType, String body) {
    }

    private record Answer(int status, String contentType, String body, Map<String, String> headers, boolean hang) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    FakeBbb() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    BbbServerUrl url() {
        return BbbServerUrl.parse(origin() + "/bigbluebutton");
    }

    BbbClient client() {
        return client(builder -> { });
    }

    BbbClient client(Consumer<BbbClient.Builder> settings) {
        BbbClient.Builder builder = BbbClient.builder().serverUrl(url()).secret(SECRET)
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(5));
        settings.accept(builder);
        return builder.build();
    }

    /** Answers {@code /bigbluebutton/api/<call>} with the fixture {@code bbb/<fixture>.xml}. */
    FakeBbb fixture(String call, String fixture) {
        return answer("/bigbluebutton/api/" + call, 200, "text/xml;charset=utf-8", read(fixture));
    }

    FakeBbb answer(String path, int status, String contentType, String body) {
        answers.put(path, new Answer(status, contentType, body, Map.of(), false));
        return this;
    }

    FakeBbb redirect(String path, String location) {
        answers.put(path, new Answer(302, "text/plain", "", Map.of("Location", location), false));
        return this;
    }

    /** Makes {@code path} send nothing until the server closes, like a server that hangs. */
    FakeBbb hang(String path) {
        answers.put(path, new Answer(200, "text/xml", "", Map.of(), true));
        return this;
    }

    List<Seen> seen() {
        return seen;
    }

    Seen last() {
        return seen.get(seen.size() - 1);
    }

    static String read(String fixture) {
        try (InputStream in = FakeBbb.class.getResourceAsStream("/bbb/" + fixture + ".xml")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture bbb/" + fixture + ".xml");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getRawPath();
        seen.add(new Seen(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        Answer answer = answers.getOrDefault(path, new Answer(404, "text/html",
                "<html><head><title>404 Not Found</title></head><body>nginx</body></html>", Map.of(), false));
        if (answer.hang()) {
            awaitRelease();
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void awaitRelease() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
