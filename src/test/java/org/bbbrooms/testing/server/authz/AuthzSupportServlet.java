package org.bbbrooms.testing.server.authz;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.bbbrooms.identity.security.ActiveUser;

/**
 * What the authorization matrix (AuthorizationMatrixIT, outside the server) asks of it (test deployment only). All
 * answers are JSON.
 * <ul>
 * <li>{@code POST /api/test-support/authz/fixture}: builds the matrix's world ({@link AuthzFixture}):
 * {@link Fixture#json()};</li>
 * <li>{@code POST /api/test-support/authz/probe?fixture=…&act=START[&room=GROUP]}, in the session of a signed-in
 * persona: one cell, tried as that user ({@link AuthzProbe}): {@code {"outcome": "DENIED", "detail": "…"}};</li>
 * <li>{@code POST /api/test-support/authz/tear-down?fixture=…}: no meeting left running
 * ({@link AuthzFixture#tearDown}).</li>
 * </ul>
 */
@WebServlet("/api/test-support/authz/*")
public class AuthzSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuthzFixture fixtures;

    @Inject
    transient AuthzProbe probe;

    @Inject
    transient ActiveUser activeUser;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/fixture" -> answer(response, fixtures.build().json());
            case "/probe" -> answer(response, probe(request));
            case "/tear-down" -> {
                fixtures.tearDown(request.getParameter("fixture"));
                answer(response, Json.createObjectBuilder().build());
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private JsonObject probe(HttpServletRequest request) {
        Fixture fixture = fixtures.find(request.getParameter("fixture"))
                .orElseThrow(() -> new IllegalArgumentException("no fixture " + request.getParameter("fixture")));
        AuthzProbe.Result result = probe.act(fixture, Optional.ofNullable(request.getParameter("room"))
                .map(RoomKind::valueOf), Act.valueOf(request.getParameter("act")), activeUser.actor());
        return Json.createObjectBuilder().add("outcome", result.outcome().name()).add("detail", result.detail())
                .build();
    }

    private static void answer(HttpServletResponse response, JsonObject json) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.toString());
    }
}
