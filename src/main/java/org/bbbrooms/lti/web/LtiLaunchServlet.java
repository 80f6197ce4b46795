package org.bbbrooms.lti.web;

import com.nimbusds.jwt.JWTParser;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.bbbrooms.embed.EmbedRefusedException;
import org.bbbrooms.embed.web.EmbedSession;
import org.bbbrooms.lti.DeepLinkingRequest;
import org.bbbrooms.lti.LaunchRecord.Outcome;
import org.bbbrooms.lti.LtiLaunched;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.LtiPlatforms;
import org.bbbrooms.lti.ToolKeys;
import org.bbbrooms.lti.ToolUrls;
import org.bbbrooms.lti.launch.IdTokenValidator;
import org.bbbrooms.lti.launch.LaunchArrival;
import org.bbbrooms.lti.launch.LaunchArrival.Landing;
import org.bbbrooms.lti.launch.LaunchRefusal;
import org.bbbrooms.lti.launch.LaunchRefusedException;
import org.bbbrooms.lti.launch.LoginState;
import org.bbbrooms.lti.launch.LoginStates;
import org.bbbrooms.lti.launch.VerifiedLaunch;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.JoinLinks;

/**
 * {@code POST /lti/launch}: the platform's form post of {@code id_token} and {@code state}. It consumes the login
 * once ({@link LoginStates}), verifies the token ({@link IdTokenValidator}), provisions the person and course
 * ({@link LaunchArrival}), signs the person in with a session cookie that lives in the LMS's frame, and opens:
 * for a resource link, the room's embed view in the LMS's language (with a join link for a new window, should the
 * frame keep no cookie), then fires {@link LtiLaunched}; for deep linking, the teacher's choice of a room,
 * {@code /lti/deep-link.xhtml?request=<DeepLinkingRequest>}. Every refusal gets {@link LaunchRefusals}.
 */
@WebServlet(ToolUrls.LAUNCH)
public class LtiLaunchServlet extends HttpServlet {

    /** The deep-linking page, which takes the sealed {@link DeepLinkingRequest} in {@code request}. */
    public static final String DEEP_LINK_PAGE = "/lti/deep-link.xhtml";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LtiLaunchServlet.class.getName());

    @Inject
    transient LoginStates states;

    @Inject
    transient IdTokenValidator validator;

    @Inject
    transient LaunchArrival arrivals;

    @Inject
    transient EmbedSession session;

    @Inject
    transient JoinLinks joinLinks;

    @Inject
    transient LtiPlatforms platforms;

    @Inject
    transient ToolKeys toolKeys;

    @Inject
    transient LaunchRefusals refusals;

    @Inject
    transient Event<LtiLaunched> launched;

    @Inject
    transient Clock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<LoginState> login = states.consume(request.getParameter("state"));
        Optional<LtiPlatform> platform = login.map(LoginState::getPlatform);
        try {
            Optional.ofNullable(request.getParameter("error")).ifPresent(error -> {
                LOG.info(() -> "The LTI platform answered the login with the error "
                        + LaunchRefusals.printable(error.length() > 40 ? error.substring(0, 40) : error));
                throw new LaunchRefusedException(LaunchRefusal.PLATFORM_ERROR);
            });
            LoginState state = login.orElseThrow(() -> new LaunchRefusedException(LaunchRefusal.STATE_UNKNOWN));
            VerifiedLaunch launch = validator.verify(request.getParameter("id_token"), state);
            Landing landing = arrivals.arrive(launch);
            if (launch.isDeepLinking()) {
                deepLink(request, response, launch, landing);
            } else {
                open(request, response, launch, landing);
            }
        } catch (LaunchRefusedException e) {
            refusals.show(request, response, e.refusal(), platform, issuer(request.getParameter("id_token")));
        } catch (EmbedRefusedException e) {
            refusals.show(request, response, LaunchRefusal.ACCOUNT_INACTIVE, platform, Optional.empty());
        }
    }

    private void open(HttpServletRequest request, HttpServletResponse response, VerifiedLaunch launch,
            Landing landing) throws IOException {
        String room = arrivals.room(launch, landing);
        long userId = landing.actor().userId();
        session.open(request, response, userId, room, launch.language(), newWindow(userId, room));
        accepted(landing, launch);
        launched.fire(new LtiLaunched(landing.platformId(), landing.contextId(), landing.courseId(), userId, room));
    }

    private void deepLink(HttpServletRequest request, HttpServletResponse response, VerifiedLaunch launch,
            Landing landing) throws IOException {
        VerifiedLaunch.DeepLinking settings = launch.deepLinking().orElseThrow();
        String sealed = new DeepLinkingRequest(landing.platformId(), launch.deploymentId(), landing.courseId(),
                landing.actor().userId(), settings.returnUrl(), settings.data(), settings.acceptMultiple())
                .seal(toolKeys, clock.instant());
        session.signInFramed(request, response, landing.actor().userId());
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + DEEP_LINK_PAGE + "?request="
                + URLEncoder.encode(sealed, StandardCharsets.UTF_8));
        accepted(landing, launch);
    }

    /** The token of a join link to the room, for the frame that keeps no cookie; none if it cannot be had. */
    private Optional<String> newWindow(long userId, String room) {
        try {
            String url = joinLinks.issue(userId, room).url().getPath();
            return Optional.of(url.substring(url.lastIndexOf('/') + 1));
        } catch (BusinessException e) {
            LOG.info(() -> "No new-window join link for an LTI launch: " + e.key());
            return Optional.empty();
        }
    }

    private void accepted(Landing landing, VerifiedLaunch launch) {
        platforms.record(Optional.of(landing.platformId()), launch.platform().getIssuer(), Outcome.ACCEPTED, "OK",
                Optional.of(launch.messageType()), Optional.of(landing.actor().userId()));
    }

    /** The issuer an unverified token claims, for the log of a refusal only. */
    private static Optional<String> issuer(String idToken) {
        if (idToken == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JWTParser.parse(idToken).getJWTClaimsSet().getIssuer());
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
