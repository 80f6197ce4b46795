package org.bbbrooms.testing.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bbbrooms.attendance.CompletionRule;
import org.bbbrooms.attendance.CompletionService;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.lti.LtiServicesWorker;
import org.bbbrooms.lti.grades.GradingService;

/**
 * The LTI services' test hooks (test deployment only), all JSON:
 * <ul>
 * <li>{@code GET /api/test-support/lti-services/members?room=<public id>}: the room's course and its enrolments;</li>
 * <li>{@code POST …/grading?room&teacher(username)&enabled&kind&value}: the teacher sets the room's grading;</li>
 * <li>{@code POST …/completion?room&teacher&kind&value}: the teacher sets the room's completion rule, as on
 * completion.xhtml;</li>
 * <li>{@code POST …/attend?room&username&minutes}: a stay in the room's running meeting;</li>
 * <li>{@code POST …/pass}: one pass of the background work ({@link LtiServicesWorker#runOnce}), at once rather
 * than every BBB_LTI_POLL_SECONDS.</li>
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
    CompletionService completion;

    @Inject
    UserService users;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/members".equals(request.getPathInfo())) {
            answer(response, lti.members(request.getParameter("room")));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/grading" -> {
                Actor teacher = users.findByUsername(request.getParameter("teacher")).map(Actor::of).orElseThrow();
                GradingService.GradingView view = grading.save(teacher, request.getParameter("room"),
                        Boolean.parseBoolean(request.getParameter("enabled")), rule(request));
                answer(response, Json.createObjectBuilder().add("enabled", view.enabled()).build());
            }
            case "/completion" -> {
                Actor teacher = users.findByUsername(request.getParameter("teacher")).map(Actor::of).orElseThrow();
                completion.save(teacher, request.getParameter("room"), rule(request));
                answer(response, Json.createObjectBuilder().build());
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

    private static CompletionRule rule(HttpServletRequest request) {
        return new CompletionRule(CompletionRule.Kind.valueOf(request.getParameter("kind")),
                Integer.parseInt(request.getParameter("value")));
    }

    private static void answer(HttpServletResponse response, JsonObject json) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.toString());
    }
}
