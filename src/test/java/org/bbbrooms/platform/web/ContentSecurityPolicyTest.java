package org.bbbrooms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One policy per response: whoever writes the header decides the directives it names, and the rest stays; origins
 * and sources that could break out of a directive never get in.
 */
class ContentSecurityPolicyTest {

    @Test
    void aWrittenDirectiveReplacesOursAndNewOnesFollow() {
        ContentSecurityPolicy policy = ContentSecurityPolicy.parse("default-src 'self'; script-src 'self';"
                + " frame-ancestors 'none'")
                .with("script-src  'self'   'nonce-abc';")
                .with("Frame-Ancestors https://lms.example.org; form-action 'self' https://lms.example.org");

        assertEquals("default-src 'self'; script-src 'self' 'nonce-abc'; frame-ancestors https://lms.example.org; "
                + "form-action 'self' https://lms.example.org", policy.toString());
        assertEquals(Optional.of("'self' 'nonce-abc'"), policy.directive("script-src"));
        assertEquals("upgrade-insecure-requests; img-src data:",
                ContentSecurityPolicy.parse(";upgrade-insecure-requests ;; img-src data:").toString());
    }

    @Test
    void theResponseCarriesOneHeaderWhateverWritesItAndWhenever() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put(ContentSecurityPolicy.HEADER, new ArrayList<>(List.of("frame-ancestors http://127.0.0.1:*")));
        PolicyResponse response = new PolicyResponse(fake(headers), SecurityHeaders.POLICY);

        response.addHeader("content-security-policy", "script-src 'self' 'nonce-n1';");
        response.setHeader(ContentSecurityPolicy.HEADER, "form-action 'self' https://lms.example.org");
        response.setHeader("X-Frame-Options", "DENY");

        List<String> policies = headers.get(ContentSecurityPolicy.HEADER);
        assertEquals(1, policies.size(), policies.toString());
        ContentSecurityPolicy policy = ContentSecurityPolicy.parse(policies.get(0));
        assertEquals("http://127.0.0.1:*", policy.directive("frame-ancestors").orElseThrow(), "a filter ran first");
        assertEquals("'self' 'nonce-n1'", policy.directive("script-src").orElseThrow());
        assertEquals("'self' https://lms.example.org", policy.directive("form-action").orElseThrow());
        assertEquals("'none'", policy.directive("object-src").orElseThrow());
        assertEquals(List.of("DENY"), headers.get("X-Frame-Options"));

        response.reset();
        assertEquals(List.of(policy.toString()), headers.get(ContentSecurityPolicy.HEADER), "kept through a reset");
    }

    @Test
    void originsAreSchemeHostAndPortOfWebAddressesOnly() {
        assertEquals(Optional.of("https://lms.example.org:8443"),
                ContentSecurityPolicy.origin(URI.create("HTTPS://LMS.example.org:8443/deep/link?x=1")));
        assertEquals(Optional.of("http://[::1]"), ContentSecurityPolicy.origin(URI.create("http://user@[::1]/")));
        assertEquals(Optional.empty(), ContentSecurityPolicy.origin(URI.create("javascript:alert(1)")));
        assertEquals(Optional.empty(), ContentSecurityPolicy.origin(URI.create("/openapi")));
        assertTrue(ContentSecurityPolicy.isSource("https://*.example.org"));
        assertTrue(ContentSecurityPolicy.isSource("'self'"));
        assertFalse(ContentSecurityPolicy.isSource("https://a.org;script-src"));
        assertFalse(ContentSecurityPolicy.isSource("'unsafe-inline'"));
    }

    /** A response that only keeps its headers, as a servlet container would. */
    private static HttpServletResponse fake(Map<String, List<String>> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(ContentSecurityPolicyTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> Optional.ofNullable(headers.get((String) args[0])).map(v -> v.get(0))
                            .orElse(null);
                    case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                    case "addHeader" -> headers.computeIfAbsent((String) args[0], n -> new ArrayList<>())
                            .add((String) args[1]);
                    case "reset" -> {
                        headers.clear();
                        yield null;
                    }
                    default -> throw new AssertionError("unexpected " + method.getName());
                });
    }
}
