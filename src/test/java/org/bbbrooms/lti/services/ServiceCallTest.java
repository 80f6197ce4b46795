package org.bbbrooms.lti.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bounds of every call to an LMS: retries on 5xx and connection failures only, timeouts, web URLs only. */
class ServiceCallTest {

    private HttpServer lms;
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private final AtomicInteger requests = new AtomicInteger();
    /** Holds the slow endpoint's answer until the test is over. */
    private final CountDownLatch hold = new CountDownLatch(1);
    private final ServiceCall call = new ServiceCall(Duration.ofMillis(500), Duration.ofMillis(500), 2,
            Duration.ofMillis(1));

    @BeforeEach
    void start() throws IOException {
        lms = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        lms.createContext("/", exchange -> {
            try (exchange) {
                requests.incrementAndGet();
                int status = statuses.isEmpty() ? 200 : statuses.poll();
                byte[] body = ("answer " + status).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Link", "<http://x/next>; rel=\"next\"");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        lms.start();
    }

    @AfterEach
    void stop() {
        hold.countDown();
        lms.stop(0);
    }

    private HttpRequest.Builder get() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + lms.getAddress().getPort() + "/svc?id=1"));
    }

    @Test
    void aPassingFailureIsRetriedAndTheAnswerReturned() throws ServiceCallException {
        statuses.add(503);
        statuses.add(502);
        ServiceCall.Answer answer = call.send(get());
        assertEquals(200, answer.status());
        assertEquals("answer 200", answer.body());
        assertEquals(1, answer.links().size());
        assertEquals(3, requests.get());
    }

    @Test
    void aLastingFailureStopsAfterTheRetries() {
        for (int i = 0; i < 5; i++) {
            statuses.add(500);
        }
        ServiceCallException failure = assertThrows(ServiceCallException.class, () -> call.send(get()));
        assertEquals(500, failure.status());
        assertTrue(!failure.refused());
        assertEquals(3, requests.get(), "one call and two retries");
        assertTrue(failure.getMessage().endsWith("/svc answered 500"), "no query in the message: " + failure);
    }

    @Test
    void aRefusalIsNeverRetried() {
        statuses.add(404);
        ServiceCallException failure = assertThrows(ServiceCallException.class, () -> call.send(get()));
        assertTrue(failure.refused());
        assertEquals(1, requests.get());
    }

    @Test
    void anUnreachableLmsFailsAfterTheRetries() {
        int port = lms.getAddress().getPort();
        lms.stop(0);
        ServiceCallException failure = assertThrows(ServiceCallException.class,
                () -> call.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/svc"))));
        assertEquals(0, failure.status());
    }

    @Test
    void aSlowLmsTimesOut() {
        lms.createContext("/slow", exchange -> {
            try (exchange) {
                requests.incrementAndGet();
                hold.await();
                exchange.sendResponseHeaders(204, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ServiceCall once = new ServiceCall(Duration.ofMillis(200), Duration.ofMillis(200), 0, Duration.ofMillis(1));
        ServiceCallException failure = assertThrows(ServiceCallException.class, () -> once.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + lms.getAddress().getPort() + "/slow"))));
        assertEquals(0, failure.status());
        assertTrue(failure.getMessage().contains("HttpTimeoutException"), failure.getMessage());
    }

    @Test
    void onlyWebUrlsAreCalled() {
        assertThrows(ServiceCallException.class, () -> ServiceCall.requireWeb(URI.create("file:///etc/passwd")));
        assertThrows(ServiceCallException.class, () -> ServiceCall.requireWeb(URI.create("http:/no-host")));
        assertThrows(ServiceCallException.class, () -> ServiceCall.requireWeb(URI.create("urn:x:y")));
    }

    @Test
    void theLongestCallCountsEveryAttemptAndPause() {
        ServiceCall bounded = new ServiceCall(Duration.ofSeconds(2), Duration.ofSeconds(5), 2, Duration.ofMillis(200));
        assertEquals(Duration.ofMillis(15_600), bounded.longest());
    }
}
