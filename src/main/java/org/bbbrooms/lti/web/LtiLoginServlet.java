package org.bbbrooms.lti.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.LtiPlatforms;
import org.bbbrooms.lti.ToolUrls;
import org.bbbrooms.lti.launch.LaunchRefusedException;
import org.bbbrooms.lti.launch.LoginRequest;
import org.bbbrooms.lti.launch.LoginState;
import org.bbbrooms.lti.launch.LoginStates;

/**
 * {@code GET|POST /lti/login}: the OIDC third-party-initiated login of LTI 1.3. It finds the active platform that the
 * issuer and client id name, begins a login (state and nonce, {@link LoginStates}) and sends the browser to the
 * platform's authorization endpoint, which answers by form post to {@code /lti/launch}. No session is needed: the
 * state lives in the database, so the launch may reach any node, in a frame that keeps no cookie.
 */
@WebServlet(ToolUrls.LOGIN)
public class LtiLoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LtiPlatforms platforms;

    @Inject
    transient LoginStates states;

    @Inject
    transient ToolUrls toolUrls;

    @Inject
    transient LaunchRefusals refusals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<String> issuer = Optional.ofNullable(request.getParameter("iss"));
        List<LtiPlatform> ofIssuer = issuer.map(platforms::byIssuer).orElse(List.of());
        try {
            LoginRequest login = LoginRequest.of(request::getParameter);
            LtiPlatform platform = login.platformAmong(ofIssuer);
            LoginState state = states.begin(platform, login.targetLinkUri());
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(login.authenticationRequest(platform, state, toolUrls.launch()).toString());
        } catch (LaunchRefusedException e) {
            refusals.show(request, response, e.refusal(),
                    LoginRequest.named(ofIssuer, Optional.ofNullable(request.getParameter("client_id"))), issuer);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        doGet(request, response);
    }
}
