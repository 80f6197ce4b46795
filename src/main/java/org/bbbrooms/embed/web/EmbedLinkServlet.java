package org.bbbrooms.embed.web;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.bbbrooms.embed.EmbedLink;
import org.bbbrooms.embed.EmbedRefusedException;
import org.bbbrooms.embed.EmbedSettings;
import org.bbbrooms.embed.JitProvisioning;
import org.bbbrooms.embed.NonceStore;
import org.bbbrooms.embed.Provisioned;
import org.bbbrooms.embed.Refusal;
import org.bbbrooms.embed.SignedEmbedLinks;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.RoomService;

/**
 * {@code GET /embed?...&sig=...}: a signed embed link ({@link SignedEmbedLinks}). It checks the signature, the
 * expiry and the nonce (once only, on any node), provisions the user, course and group just in time
 * ({@link JitProvisioning}), signs the user in and opens the room's embed view ({@link EmbedSession}). A refused
 * link gets the refusal page and a log line saying why; with no {@code BBB_EMBED_SECRET}, the answer is 404.
 */
@WebServlet("/embed")
public class EmbedLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(EmbedLinkServlet.class.getName());

    @Inject
    transient EmbedSettings settings;

    @Inject
    transient NonceStore nonces;

    @Inject
    transient JitProvisioning provisioning;

    @Inject
    transient RoomService rooms;

    @Inject
    transient EmbedSession session;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<String> secret = settings.secret();
        if (secret.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            EmbedLink link = SignedEmbedLinks.verify(secret.get(), parameters(request), clock.instant());
            claim(link);
            Provisioned who = provisioned(link);
            session.open(request, response, who.actor().userId(), room(who), link.language());
        } catch (EmbedRefusedException e) {
            LOG.info(() -> "Refused a signed embed link: " + e.refusal());
            RefusalPage.show(request, response, e.refusal());
        }
    }

    /** Takes the link's nonce; a second node taking it at the same instant fails on the key, and is refused. */
    private void claim(EmbedLink link) {
        boolean fresh;
        try {
            fresh = nonces.claim(link.nonce(), link.expiresAt());
        } catch (EJBException e) {
            fresh = false;
        }
        if (!fresh) {
            throw new EmbedRefusedException(Refusal.REPLAYED);
        }
    }

    /**
     * The link's user, course and group; a first link of a new user opened twice at once fails one of the two
     * transactions on the external id's unique key, and that one finds the other's rows when it tries again.
     */
    private Provisioned provisioned(EmbedLink link) {
        try {
            return provisioning.provision(link.arrival());
        } catch (EJBException e) {
            return provisioning.provision(link.arrival());
        }
    }

    private String room(Provisioned who) {
        try {
            return who.groupId().map(group -> rooms.groupRoom(who.actor(), group))
                    .orElseGet(() -> rooms.courseRoom(who.actor(), who.courseId())).publicId();
        } catch (BusinessException e) {
            throw new EmbedRefusedException(Refusal.UNAVAILABLE);
        }
    }

    /** The first value of each parameter; a repeated parameter cannot change what was signed. */
    private static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> values = new HashMap<>();
        request.getParameterMap().forEach((name, given) -> values.put(name, given[0]));
        return values;
    }
}
