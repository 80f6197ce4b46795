package org.bbbrooms.testing.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bbbrooms.api.ApiClientService;
import org.bbbrooms.api.IssuedToken;
import org.bbbrooms.api.Scope;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.LtiPlatforms;
import org.bbbrooms.lti.PlatformEndpoints;
import org.bbbrooms.lti.web.PlatformOrigins;
import org.bbbrooms.platform.grid.DataGrid;
import org.bbbrooms.room.IssuedJoinLink;
import org.bbbrooms.room.JoinLinks;
import org.bbbrooms.room.RoomService;
import org.bbbrooms.sandbox.SandboxServer;
import org.bbbrooms.sandbox.SandboxService;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.settings.SuiteSettings;

/**
 * What browser tests, which run outside the server, ask of it before and during a test (test deployment only,
 * below the public {@code /api}). All answers are JSON.
 * <ul>
 * <li>{@code POST /api/test-support/course?title=…[&teacher=username]}: a course of the test's own
 * ({@link SuiteData#course});</li>
 * <li>{@code POST /api/test-support/user?role=ADMIN&name=…}: a user of the test's own;</li>
 * <li>{@code POST /api/test-support/address-throttle?address=127.0.0.2&blockedFor=PT30S}: the sign-in backoff of
 * a client address ({@code PT0S} lifts it);</li>
 * <li>{@code POST /api/test-support/clock?advance=PT6S}: moves the application's clock ({@link SuiteClock}) and
 * lets the sandbox act on the new time (expiries, recording processing) at once;</li>
 * <li>{@code GET /api/test-support/clock}: the application's time now;</li>
 * <li>{@code GET /api/test-support/grid}: this node and the data grid's members as it sees them,
 * {@code {node, members: [...]}};</li>
 * <li>{@code POST /api/test-support/settings?BBB_MAX_PARTICIPANTS=30}: the platform settings back to their
 * defaults, but for the given ones ({@link SuiteSettings});</li>
 * <li>{@code POST /api/test-support/join-link?username=…&course=<id>}: a join link of the user to the course's room
 * ({@link JoinLinks}): {@code {url, expiresAt}};</li>
 * <li>{@code POST /api/test-support/api-client?scopes=read,provision[&rateLimit=n][&expiresIn=PT1M]}: a new API
 * client, with its token; {@code POST /api/test-support/api-client/revoke?id=n} revokes one;</li>
 * <li>{@code POST /api/test-support/history?course=n&meetings=7}: past meetings of the course room, with attendance
 * and recordings ({@link SuiteHistory#meetings}); {@code POST /api/test-support/course-room?course=n&action=start}
 * (or {@code end}): its meeting started or ended by its teacher; {@code POST
 * /api/test-support/course-external-id?course=n&id=…}: the course's id in a host portal; {@code POST
 * /api/test-support/guest-stay?meeting=n&name=…&minutes=m}: a guest's stay in a past meeting; {@code POST
 * /api/test-support/audit?course=CODE&action=…}: the details of the course's audit entries of that action;</li>
 * <li>{@code POST /api/test-support/lti-platform?name=…&issuer=…&clientId=…&deployment=…&auth=…&token=…&jwks=…}:
 * an LTI platform registered by an admin, active: {@code {id}}; {@code POST /api/test-support/lti-platform/disable?id=n}
 * disables it.</li>
 * </ul>
 */
@WebServlet("/api/test-support/*")
public class TestSupportServlet extends HttpServlet {

    private static final Actor ADMIN = new Actor(0, "test-support", "Test support", PlatformRole.ADMIN);

    @Inject
    SuiteData data;

    @Inject
    SuiteClock clock;

    @Inject
    SandboxService sandbox;

    @Inject
    SuiteSettings settings;

    @Inject
    JoinLinks joinLinks;

    @Inject
    RoomService rooms;

    @Inject
    UserService users;

    @Inject
    ApiClientService apiClients;

    @Inject
    SuiteHistory history;

    @Inject
    LtiPlatforms ltiPlatforms;

    @Inject
    PlatformOrigins platformOrigins;

    @Inject
    DataGrid grid;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/clock".equals(request.getPathInfo())) {
            answer(response, now());
        } else if ("/grid".equals(request.getPathInfo())) {
            answer(response, Json.createObjectBuilder().add("node", grid.node())
                    .add("members", Json.createArrayBuilder(grid.members())).build());
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String title = Optional.ofNullable(request.getParameter("title")).orElse("Course");
        String name = Optional.ofNullable(request.getParameter("name")).orElse("Test User");
        switch (String.valueOf(request.getPathInfo())) {
            case "/course" -> answer(response, data.course(title, Optional.ofNullable(request.getParameter("teacher"))));
            case "/user" -> answer(response, data.user(PlatformRole.valueOf(request.getParameter("role")), name));
            case "/address-throttle" -> {
                data.throttleAddress(request.getParameter("address"), clock.instant(),
                        Duration.parse(request.getParameter("blockedFor")));
                answer(response, now());
            }
            case "/settings" -> {
                settings.reset(Arrays.stream(Setting.values()).filter(s -> request.getParameter(s.key()) != null)
                        .collect(Collectors.toMap(s -> s, s -> request.getParameter(s.key()))));
                settings.reload();
                answer(response, now());
            }
            case "/clock" -> {
                clock.advance(Duration.parse(request.getParameter("advance")));
                sandbox.server().ifPresent(SandboxServer::sweep);
                answer(response, now());
            }
            case "/join-link" -> answer(response, joinLink(request.getParameter("username"),
                    Long.parseLong(request.getParameter("course"))));
            case "/api-client" -> answer(response, apiClient(request));
            case "/api-client/revoke" -> {
                apiClients.revoke(ADMIN, Long.parseLong(request.getParameter("id")));
                answer(response, now());
            }
            case "/history" -> answer(response, history.meetings(Long.parseLong(request.getParameter("course")),
                    Integer.parseInt(request.getParameter("meetings"))));
            case "/course-room" -> answer(response, history.courseRoom(Long.parseLong(request.getParameter("course")),
                    "start".equals(request.getParameter("action"))));
            case "/audit" -> answer(response, history.audit(request.getParameter("course"),
                    AuditAction.valueOf(request.getParameter("action"))));
            case "/guest-stay" -> {
                history.guestStay(Long.parseLong(request.getParameter("meeting")), request.getParameter("name"),
                        Integer.parseInt(request.getParameter("minutes")));
                answer(response, now());
            }
            case "/course-external-id" -> {
                history.externalId(Long.parseLong(request.getParameter("course")), request.getParameter("id"));
                answer(response, now());
            }
            case "/lti-platform" -> answer(response, ltiPlatform(request));
            case "/lti-platform/disable" -> {
                ltiPlatforms.disable(ADMIN, Long.parseLong(request.getParameter("id")));
                platformOrigins.forget();
                answer(response, now());
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private JsonObject ltiPlatform(HttpServletRequest request) {
        LtiPlatform platform = ltiPlatforms.register(ADMIN, new PlatformEndpoints(request.getParameter("name"),
                request.getParameter("issuer"), request.getParameter("clientId"),
                Set.of(request.getParameter("deployment")), URI.create(request.getParameter("auth")),
                Optional.of(URI.create(request.getParameter("token"))), URI.create(request.getParameter("jwks"))));
        platformOrigins.forget();
        return Json.createObjectBuilder().add("id", platform.getId()).build();
    }

    private JsonObject joinLink(String username, long courseId) {
        Actor actor = users.findByUsername(username).map(Actor::of).orElseThrow();
        IssuedJoinLink link = joinLinks.issue(actor.userId(), rooms.courseRoom(actor, courseId).publicId());
        return Json.createObjectBuilder().add("url", link.url().toString())
                .add("expiresAt", link.expiresAt().toString()).build();
    }

    private JsonObject apiClient(HttpServletRequest request) {
        Set<Scope> scopes = Scope.parse(Optional.ofNullable(request.getParameter("scopes")).orElse(""));
        Instant expiresAt = Optional.ofNullable(request.getParameter("expiresIn"))
                .map(d -> clock.instant().plus(Duration.parse(d))).orElse(null);
        Integer rateLimit = Optional.ofNullable(request.getParameter("rateLimit")).map(Integer::valueOf).orElse(null);
        IssuedToken issued = apiClients.create(ADMIN, "Test client " + UUID.randomUUID().toString().substring(0, 8),
                scopes, expiresAt, rateLimit);
        return Json.createObjectBuilder().add("id", issued.client().getId()).add("name", issued.client().getName())
                .add("token", issued.token()).build();
    }

    private JsonObject now() {
        return Json.createObjectBuilder().add("now", clock.instant().toString()).build();
    }

    private static void answer(HttpServletResponse response, JsonObject json) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.toString());
    }
}
