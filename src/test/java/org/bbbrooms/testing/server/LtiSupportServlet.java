package org.bbbrooms.testing.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.lti.LtiServicesWorker;
import org.bbbrooms.lti.ToolKeys;
import org.bbbrooms.lti.grades.GradingService;
import org.bbbrooms.lti.grades.Threshold;

/**
 * The LTI services' test hooks (test deployment only), all JSON:
 * <ul>
 * <li>{@code GET /api/test-support/lti-services/jwks}: the tool's public keys, until the launch's /lti/jwks exists;</li>
 * <li>{@code POST /api/test-support/lti-services/platform?issuer&clientId&deployment&auth&token&jwks}: {@code {id}};</li>
 * <li>{@code POST …/launch?platform&sub&name&roles(comma-separated)&context&title&memberships&lineitems&scopes}:
 * a launch's effect ({@link SuiteLti#arrive}, {@link SuiteLti#launched}): {@code {context, course, user, username, room}};</li>
 * <li>{@code GET …/members?course=n}: the course's enrolments;</li>
 * <li>{@code POST …/grading?room&teacher(username)&enabled&kind&value}: the teacher sets the room's grading;</li>
 * <li>{@code POST …/attend?room&username&minutes}: a stay in the room's running meeting;</li>
 * <li>{@code POST …/pass}: one pass of the background work ({@link LtiServicesWorker#runOnce}).</li>
 * </ul>
 */
@WebServlet("/api/test-support/lti-services/*")
public class LtiSupportServlet extends HttpServlet {

    @Inject
    SuiteLti lti;

    @Inject
    LtiServicesWorker worker;

    @Inject
    GradingService grading;

    @Inject
    UserService users;

    @Inject
    ToolKeys toolKeys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/members".equals(request.getPathInfo())) {
            answer(response, lti.members(Long.parseLong(request.getParameter("course"))));
        } else if ("/jwks".equals(request.getPathInfo())) {
            response.setContentType("application/json");
            response.getWriter().write(toolKeys.publicKeys().toString());
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/platform" -> answer(response, Json.createObjectBuilder().add("id", lti.platform(
                    request.getParameter("issuer"), request.getParameter("clientId"),
                    request.getParameter("deployment"), request.getParameter("auth"), request.getParameter("token"),
                    request.getParameter("jwks"))).build());
            case "/launch" -> answer(response, lti.launched(lti.arrive(Long.parseLong(request.getParameter("platform")),
                    request.getParameter("sub"), request.getParameter("name"),
                    List.of(request.getParameter("roles").split(",")), request.getParameter("context"),
                    request.getParameter("title"), request.getParameter("memberships"),
                    request.getParameter("lineitems"), request.getParameter("scopes"))));
            case "/grading" -> {
                Actor teacher = users.findByUsername(request.getParameter("teacher")).map(Actor::of).orElseThrow();
                GradingService.GradingView view = grading.save(teacher, request.getParameter("room"),
                        Boolean.parseBoolean(request.getParameter("enabled")), new Threshold(
                                Threshold.Kind.valueOf(request.getParameter("kind")),
                                Integer.parseInt(request.getParameter("value"))));
                answer(response, Json.createObjectBuilder().add("enabled", view.enabled()).build());
            }
            case "/attend" -> {
                lti.attend(request.getParameter("room"), request.getParameter("username"),
                        Integer.parseInt(request.getParameter("minutes")));
                answer(response, Json.createObjectBuilder().build());
            }
            case "/pass" -> {
                LtiServicesWorker.Pass pass = worker.runOnce();
                answer(response, Json.createObjectBuilder().add("rosters", pass.rosters()).add("scored", pass.scored())
                        .add("sent", pass.sent()).add("failed", pass.failed()).build());
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void answer(HttpServletResponse response, JsonObject json) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.toString());
    }
}
