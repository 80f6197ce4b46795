package org.bbbrooms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The container side: configuration, the disabled sandbox, and the servlet's own logic. */
class ContainerAdapterTest {

    private static SandboxConfig config(boolean enabled, Optional<String> secret, String algorithms) {
        return new SandboxConfig(enabled, secret, algorithms, 0, 5, 1, 10, "bbb", Optional.empty());
    }

    @Test
    void theDefaultsAreOffWithAllFourAlgorithmsAndARandomSecret() {
        SandboxConfig a = config(false, Optional.empty(), "sha1,sha256,sha384,sha512");
        SandboxConfig b = config(false, Optional.of("  "), "sha1,sha256,sha384,sha512");

        assertFalse(a.enabled());
        assertEquals("/sandbox/bigbluebutton", a.basePath());
        assertTrue(a.secret().matches("[0-9a-f]{64}"), "a generated secret");
        assertNotEquals(a.secret(), b.secret());
        assertEquals(EnumSet.allOf(ChecksumAlgorithm.class), a.settings().algorithms());
        assertEquals(Duration.ofMinutes(5), a.settings().emptyMeetingTimeout());
    }

    @Test
    void aConfiguredSecretAndAlgorithmSetAreUsed() {
        SandboxConfig c = config(true, Optional.of("s3cret"), "sha1, SHA256,sha512");

        assertTrue(c.enabled());
        assertEquals("s3cret", c.secret());
        assertEquals(EnumSet.of(ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA256, ChecksumAlgorithm.SHA512),
                c.settings().algorithms());
    }

    @Test
    void invalidSettingsAreRefusedWithTheSettingNamed() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> config(true, Optional.empty(), "sha256,md5"));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> config(true, Optional.empty(), " , "));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new SandboxConfig(true, Optional.empty(), "sha256", -1, 5, 1, 10, "bbb", Optional.empty()));

        assertTrue(unknown.getMessage().contains("BBB_SANDBOX_") && unknown.getMessage().contains("md5"),
                unknown.getMessage());
        assertTrue(empty.getMessage().contains("BBB_SANDBOX_ALGORITHMS"), empty.getMessage());
        assertTrue(negative.getMessage().contains("negative"), negative.getMessage());
    }

    @Test
    void scaleliteModeAndItsServerTagAreConfigured() {
        SandboxConfig c = new SandboxConfig(true, Optional.empty(), "sha256", 0, 5, 1, 10, " Scalelite ",
                Optional.of(" gpu "));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new SandboxConfig(true, Optional.empty(), "sha256", 0, 5, 1, 10, "greenlight", Optional.empty()));

        assertEquals(SandboxMode.SCALELITE, c.settings().mode());
        assertEquals("gpu", c.settings().serverTag());
        assertEquals(SandboxMode.BBB, config(true, Optional.empty(), "sha256").settings().mode());
        assertTrue(unknown.getMessage().contains("BBB_SANDBOX_") && unknown.getMessage().contains("scalelite"),
                unknown.getMessage());
    }

    @Test
    void theSecretNeverShowsInToString() {
        SandboxConfig c = config(true, Optional.of("top-secret-value"), "sha256");

        assertFalse(c.settings().toString().contains("top-secret-value"));
        assertFalse(c.toString().contains("top-secret-value"));
    }

    @Test
    void aDisabledSandboxHasNoRouterAndTheServletAnswers404() throws Exception {
        SandboxService service = new SandboxService(config(false, Optional.empty(), "sha256"), java.time.Clock.systemUTC());
        service.start();
        SandboxServlet servlet = new SandboxServlet();
        servlet.sandbox = service;
        AtomicInteger error = new AtomicInteger();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    throw new AssertionError("a disabled sandbox must not read the request: " + method.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendError")) {
                        error.set((Integer) args[0]);
                        return null;
                    }
                    throw new AssertionError("unexpected " + method.getName());
                });

        servlet.service(request, response);

        assertTrue(service.router().isEmpty());
        assertTrue(service.server().isEmpty());
        assertEquals(404, error.get());
    }

    @Test
    void theServletRefusesABodyOverTheLimit() throws Exception {
        byte[] small = "name=x".getBytes();
        byte[] huge = new byte[SandboxServlet.MAX_BODY_BYTES + 1];

        assertEquals("name=x", SandboxServlet.readBody(new ByteArrayInputStream(small)));
        assertNull(SandboxServlet.readBody(new ByteArrayInputStream(huge)));
    }
}
