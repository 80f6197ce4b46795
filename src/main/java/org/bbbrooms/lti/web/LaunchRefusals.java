package org.bbbrooms.lti.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.bbbrooms.lti.LaunchRecord.Outcome;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.LtiPlatforms;
import org.bbbrooms.lti.launch.LaunchRefusal;

/**
 * How a refused login or launch ends: a log line with the reason and the issuer (never the token), an entry in the
 * platform's launch log, and the frameless page {@code /lti/refused.xhtml} that the LMS shows in its frame, in the
 * browser's language, with the refusal's status.
 * <p>Use: {@code refusals.show(request, response, e.refusal(), platform, issuer);}
 */
@ApplicationScoped
public class LaunchRefusals {

    /** The request attribute naming the refusal for the page ({@code #{requestScope['lti.refusal']}}). */
    public static final String ATTRIBUTE = "lti.refusal";
    private static final String PAGE = "/lti/refused.xhtml";
    private static final Logger LOG = Logger.getLogger(LaunchRefusals.class.getName());

    @Inject
    LtiPlatforms platforms;

    public void show(HttpServletRequest request, HttpServletResponse response, LaunchRefusal refusal,
            Optional<LtiPlatform> platform, Optional<String> issuer) throws IOException, ServletException {
        String from = platform.map(LtiPlatform::getIssuer).or(() -> issuer).map(LaunchRefusals::printable)
                .orElse("an unknown issuer");
        LOG.info(() -> "Refused an LTI " + request.getServletPath() + " from " + from
                + platform.map(p -> " (platform " + p.getId() + ")").orElse("") + ": " + refusal);
        platforms.record(platform.map(LtiPlatform::getId), platform.map(LtiPlatform::getIssuer).or(() -> issuer)
                .map(LaunchRefusals::printable).orElse(null), Outcome.REFUSED, refusal.name(), Optional.empty(),
                Optional.empty());
        response.setStatus(refusal.status());
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute(ATTRIBUTE, refusal);
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    /** At most 255 visible characters: an issuer sent by anyone goes into a log line and a column. */
    static String printable(String text) {
        String clean = text.replaceAll("[^\\x20-\\x7E]", "?");
        return clean.length() <= 255 ? clean : clean.substring(0, 255);
    }
}
