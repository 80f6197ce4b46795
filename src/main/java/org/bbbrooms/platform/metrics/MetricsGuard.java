package org.bbbrooms.platform.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps {@code /metrics} for the scraper alone. Payara serves MicroProfile Metrics at the server's root, so with the
 * portal deployed at {@code /} its endpoint lives in the portal's context, where web.xml leaves it public (a scraper
 * has no session) and this filter asks for {@code Authorization: Bearer <BBB_METRICS_TOKEN>}: the figures (meetings,
 * participants, sign-ins) are not for everyone. No token configured: 404, metrics are not published. A wrong or
 * missing token: 401. (Deployed under another context root, the portal does not see {@code /metrics}; see the
 * README's Metrics section.)
 */
@WebFilter({"/metrics", "/metrics/*"})
public class MetricsGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BEARER = "Bearer ";

    @Inject
    @ConfigProperty(name = "BBB_METRICS_TOKEN")
    transient Optional<String> token;

    /** What a request for the metrics gets. */
    enum Access {
        ALLOWED, UNAUTHORIZED, NOT_PUBLISHED
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        switch (access(token, request.getHeader("Authorization"))) {
            case ALLOWED -> chain.doFilter(request, response);
            case UNAUTHORIZED -> {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "A bearer token (BBB_METRICS_TOKEN) is needed.");
            }
            case NOT_PUBLISHED -> refuse(response, HttpServletResponse.SC_NOT_FOUND, "Not found.");
        }
    }

    /** A plain answer rather than the error pages, which are Faces views and would open a session. */
    private static void refuse(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(text + "\n");
    }

    static Access access(Optional<String> configured, String authorization) {
        Optional<String> expected = configured.map(String::strip).filter(t -> !t.isEmpty());
        if (expected.isEmpty()) {
            return Access.NOT_PUBLISHED;
        }
        boolean matches = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.UTF_8),
                        authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
        return matches ? Access.ALLOWED : Access.UNAUTHORIZED;
    }
}
