package org.bbbrooms.testing.server;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.lti.DeepLinkingRequest;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.LtiPlatforms;
import org.bbbrooms.lti.PlatformEndpoints;
import org.bbbrooms.lti.ToolKeys;

/**
 * What LTI browser tests ask of the server until the launch reaches the deep-linking page itself (test deployment
 * only). All answers are JSON, but the JWKS.
 * <ul>
 * <li>{@code POST /api/test-support/lti/platform?issuer&client&deployment&auth&jwks}: an active platform, as an
 * admin registers it by hand: {@code {"id": n}};</li>
 * <li>{@code GET /api/test-support/lti/platform?issuer}: the status of the issuer's latest platform;
 * {@code POST /api/test-support/lti/approve?issuer}: an admin approves it;</li>
 * <li>{@code POST /api/test-support/lti/deep-linking?platform&deployment&course&username&return[&data]}: the
 * sealed {@link DeepLinkingRequest} a deep-linking launch would hand to the page: {@code {"token": "..."}};</li>
 * <li>{@code GET /api/test-support/lti/jwks}: the tool's public keys.</li>
 * </ul>
 */
@WebServlet("/api/test-support/lti/*")
public class LtiTestSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Actor ADMIN = new Actor(0, "test-support", "Test support", PlatformRole.ADMIN);

    @Inject
    transient LtiPlatforms platforms;

    @Inject
    transient ToolKeys toolKeys;

    @Inject
    transient UserService users;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/platform" -> json(response, "{\"status\":\"" + latest(request).getStatus() + "\"}");
            case "/jwks" -> json(response, toolKeys.publicKeys().toString());
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/platform" -> json(response, "{\"id\":" + platforms.register(ADMIN, new PlatformEndpoints("Test LMS",
                    request.getParameter("issuer"), request.getParameter("client"),
                    Set.of(request.getParameter("deployment")), URI.create(request.getParameter("auth")),
                    Optional.empty(), URI.create(request.getParameter("jwks")))).getId() + "}");
            case "/approve" -> {
                platforms.activate(ADMIN, latest(request).getId());
                json(response, "{\"status\":\"" + latest(request).getStatus() + "\"}");
            }
            case "/deep-linking" -> json(response, "{\"token\":\"" + new DeepLinkingRequest(
                    Long.parseLong(request.getParameter("platform")), request.getParameter("deployment"),
                    Long.parseLong(request.getParameter("course")),
                    users.findByUsername(request.getParameter("username")).orElseThrow().getId(),
                    URI.create(request.getParameter("return")), Optional.ofNullable(request.getParameter("data")),
                    false).seal(toolKeys, clock.instant()) + "\"}");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private LtiPlatform latest(HttpServletRequest request) {
        List<LtiPlatform> all = platforms.byIssuer(request.getParameter("issuer"));
        return all.get(all.size() - 1);
    }

    private static void json(HttpServletResponse response, String json) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
