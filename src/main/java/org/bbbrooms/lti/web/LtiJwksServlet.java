package org.bbbrooms.lti.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bbbrooms.lti.ToolKeys;
import org.bbbrooms.lti.ToolUrls;

/**
 * {@code GET /lti/jwks}: the tool's public keys ({@link ToolKeys#publicKeys()}: the signing key and those retired
 * within the overlap), which platforms fetch to verify deep-linking answers and service-call assertions. Public
 * halves only; platforms may keep it five minutes.
 */
@WebServlet(ToolUrls.JWKS)
public class LtiJwksServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ToolKeys toolKeys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getWriter().write(toolKeys.publicKeys().toPublicJWKSet().toString());
    }
}
