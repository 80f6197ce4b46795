package org.bbbrooms.lti.registration;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.logging.Logger;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.ToolUrls;
import org.bbbrooms.platform.web.ContentSecurityPolicy;

/**
 * {@code GET /lti/register?openid_configuration=<url>[&registration_token=<token>]}: the registration initiation
 * of LTI Dynamic Registration 1.0 (§3.3), which an LMS admin's page opens in a frame or a window. It registers the
 * tool ({@link DynamicRegistration}) and shows {@code /lti/registration.xhtml}: registered, or waiting for an
 * admin's approval, with the script that tells the platform to close the window; or why not, with a log line.
 * The platform's origin (that of its configuration URL) may frame the page.
 */
@WebServlet(ToolUrls.REGISTER)
public class RegistrationServlet extends HttpServlet {

    /** The request attribute of the page: the outcome's bundle key, {@code lti.registration.<outcome>}. */
    static final String OUTCOME = "lti.registration.outcome";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RegistrationServlet.class.getName());
    private static final String PAGE = "/lti/registration.xhtml";

    @Inject
    transient DynamicRegistration registration;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<URI> configuration = url(request.getParameter("openid_configuration"));
        configuration.flatMap(ContentSecurityPolicy::origin).ifPresent(origin ->
                response.setHeader(ContentSecurityPolicy.HEADER, "frame-ancestors " + origin));
        response.setHeader("Cache-Control", "no-store");
        String outcome;
        try {
            LtiPlatform platform = registration.register(configuration.orElseThrow(() ->
                    new RegistrationRefusedException(RegistrationRefusal.MALFORMED, "no openid_configuration URL")),
                    Optional.ofNullable(request.getParameter("registration_token")).filter(t -> !t.isBlank()));
            outcome = platform.isActive() ? "active" : "pending";
        } catch (RegistrationRefusedException e) {
            LOG.warning(() -> "LTI dynamic registration refused: " + e.getMessage());
            response.setStatus(e.refusal().status());
            outcome = e.refusal().name().toLowerCase();
        }
        request.setAttribute(OUTCOME, "lti.registration." + outcome);
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    private static Optional<URI> url(String value) {
        if (value == null || value.length() > 2000) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.strip());
            boolean web = uri.getHost() != null && uri.getScheme().matches("(?i)https?");
            return web ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
