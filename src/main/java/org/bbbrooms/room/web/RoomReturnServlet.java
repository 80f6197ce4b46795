package org.bbbrooms.room.web;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.room.ReturnPaths;
import org.bbbrooms.room.UserReturned;

/**
 * {@code /room-return?room=<public id>}: the logoutURL of every meeting (and its join error page), which sends the
 * user back to the page they started or joined the room from, as {@link ReturnPaths} remembered it for this
 * session; to the home page otherwise. The target is always a path of this application: no open redirect. It tells
 * the portal that the signed-in user left the room's meeting ({@link UserReturned}); that never stops the redirect.
 */
@WebServlet("/room-return")
public class RoomReturnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RoomReturnServlet.class.getName());
    private static final int MAX_PUBLIC_ID = 64;

    @Inject
    ReturnPaths returnPaths;

    @Inject
    ActiveUser activeUser;

    @Inject
    Event<UserReturned> returned;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String room = request.getParameter("room");
        if (room != null && room.length() <= MAX_PUBLIC_ID) {
            tell(room);
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + returnPaths.pathFor(room));
    }

    private void tell(String room) {
        try {
            activeUser.current().map(actor -> new UserReturned(room, actor.userId(), Clock.systemUTC().instant()))
                    .ifPresent(returned::fire);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record a return from a meeting: {0}", e.toString());
        }
    }
}
