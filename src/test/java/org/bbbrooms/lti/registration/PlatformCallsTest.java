package org.bbbrooms.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a platform answers is read with care: no redirect followed, no more than 64 KiB, JSON only. */
class PlatformCallsTest {

    private HttpServer server;
    private PlatformCalls calls;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        answer("/redirect", 302, "", "Location", "https://elsewhere.example.org/");
        answer("/large", 200, "{\"a\":\"" + "x".repeat(PlatformCalls.MAX_BYTES) + "\"}", "X", "");
        answer("/html", 200, "<html>hello</html>", "X", "");
        answer("/error", 500, "{}", "X", "");
        answer("/json", 200, "{\"issuer\":\"x\"}", "X", "");
        server.start();
        RegistrationSettings settings = new RegistrationSettings();
        settings.allowHttp = true;
        calls = new PlatformCalls();
        calls.settings = settings;
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aJsonObjectIsRead() {
        assertEquals(Map.of("issuer", "x"), calls.get(url("/json")));
    }

    @Test
    void aRedirectIsNotFollowed() {
        assertEquals(RegistrationRefusal.UNREACHABLE, refusal("/redirect"));
    }

    @Test
    void anAnswerOverTheCapIsRefused() {
        assertEquals(RegistrationRefusal.BAD_CONFIGURATION, refusal("/large"));
    }

    @Test
    void anAnswerThatIsNotJsonIsRefused() {
        assertEquals(RegistrationRefusal.BAD_CONFIGURATION, refusal("/html"));
    }

    @Test
    void anErrorIsRefusedAndARefusedRegistrationSaysSo() {
        assertEquals(RegistrationRefusal.UNREACHABLE, refusal("/error"));
        assertEquals(RegistrationRefusal.PLATFORM_REFUSED, assertThrows(RegistrationRefusedException.class,
                () -> calls.post(url("/error"), Optional.of("token"), Map.of())).refusal());
    }

    private RegistrationRefusal refusal(String path) {
        return assertThrows(RegistrationRefusedException.class, () -> calls.get(url(path))).refusal();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void answer(String path, int status, String body, String header, String value) {
        server.createContext(path, exchange -> {
            try (exchange) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add(header, value);
                exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    exchange.getResponseBody().write(bytes);
                }
            }
        });
    }
}
