package org.bbbrooms.embed.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.bbbrooms.embed.EmbedRefusedException;
import org.bbbrooms.embed.Refusal;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.identity.security.SessionSignIn;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.JoinLink;
import org.bbbrooms.room.JoinLinks;
import org.bbbrooms.room.RoomAction;
import org.bbbrooms.room.RoomService;
import org.bbbrooms.room.RoomStatus;
import org.bbbrooms.room.RoomView;

/**
 * {@code GET /join/<token>}: the landing of a single-use join link ({@link JoinLinks}). It uses the link up (once,
 * on any node), signs its user in, and opens the room: straight into BBB when they may start it or it runs and they
 * may join, otherwise the room's embed view, where they wait for it. BBB sends them back to that view. An unknown,
 * used or expired link gets the refusal page.
 */
@WebServlet("/join/*")
public class JoinLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(JoinLinkServlet.class.getName());

    @Inject
    transient JoinLinks joinLinks;

    @Inject
    transient SessionSignIn signIn;

    @Inject
    transient UserService users;

    @Inject
    transient RoomService rooms;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String token = Optional.ofNullable(request.getPathInfo()).map(path -> path.substring(1)).orElse("");
        try {
            JoinLink link = joinLinks.use(token)
                    .orElseThrow(() -> new EmbedRefusedException(Refusal.JOIN_LINK_INVALID));
            if (!signIn.signIn(request, response, link.getUserId())) {
                throw new EmbedRefusedException(Refusal.ACCOUNT_INACTIVE);
            }
            response.setHeader("Cache-Control", "no-store");
            Actor actor = users.find(link.getUserId()).map(Actor::of).orElseThrow();
            response.sendRedirect(target(request, actor, link.getRoomPublicId()));
        } catch (EmbedRefusedException e) {
            LOG.info(() -> "Refused a join link: " + e.refusal());
            RefusalPage.show(request, response, e.refusal());
        }
    }

    /** BBB's join URL when the user may go in now, else the room's embed view. */
    private String target(HttpServletRequest request, Actor actor, String publicId) {
        String view = EmbedSession.view(publicId, Optional.empty());
        try {
            RoomView room = rooms.byPublicId(actor, publicId);
            RoomStatus.State state = room.status().state();
            Optional<URI> bbb = Optional.empty();
            if (state == RoomStatus.State.NOT_STARTED && room.may(RoomAction.START)) {
                bbb = Optional.of(rooms.start(actor, publicId, view));
            } else if (state == RoomStatus.State.RUNNING && room.may(RoomAction.JOIN)) {
                bbb = Optional.of(rooms.join(actor, publicId, view));
            }
            return bbb.map(URI::toString).orElse(request.getContextPath() + view);
        } catch (BusinessException e) {
            LOG.info(() -> "A join link's room could not be opened now: " + e.key());
            return request.getContextPath() + view;
        }
    }
}
