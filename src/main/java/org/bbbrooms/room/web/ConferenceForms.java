package org.bbbrooms.room.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.platform.web.ContentSecurityPolicy;
import org.bbbrooms.settings.SettingsService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With conferences in new tabs, Start and Join are plain form POSTs into a new tab whose answer redirects to BBB, and
 * Chromium checks a form's redirects against the page's {@code form-action}: so while that setting is on, every page
 * rendered lets forms reach the BBB server's origin, and the sources of {@code BBB_FORM_ACTION} (the servers behind a
 * load balancer such as Scalelite, which redirects each join to one of them). The directive is merged into the page's
 * one Content-Security-Policy ({@code platform.web.SecurityHeaders}). Registered in faces-config.xml.
 */
public class ConferenceForms implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ConferenceForms.class.getName());

    @Inject
    transient SettingsService settings;

    @Inject
    transient BbbConnection connection;

    @Inject
    @ConfigProperty(name = "BBB_FORM_ACTION")
    transient Optional<String> more;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getPartialViewContext().isAjaxRequest() || !settings.current().openInNewTab()) {
            return;
        }
        Set<String> targets = new TreeSet<>();
        connection.serverUrl().flatMap(url -> ContentSecurityPolicy.origin(url.base())).ifPresent(targets::add);
        for (String source : more.orElse("").strip().split("\\s+")) {
            if (ContentSecurityPolicy.isSource(source)) {
                targets.add(source);
            } else if (!source.isEmpty()) {
                LOG.warning(() -> "BBB_FORM_ACTION: ignoring " + source + ", which is not a CSP source");
            }
        }
        ((HttpServletResponse) context.getExternalContext().getResponse()).setHeader(ContentSecurityPolicy.HEADER,
                "form-action 'self' " + String.join(" ", targets));
    }
}
