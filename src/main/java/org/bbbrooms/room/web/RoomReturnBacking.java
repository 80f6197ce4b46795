package org.bbbrooms.room.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.web.LocaleBacking;
import org.bbbrooms.room.JoinRefusal;
import org.bbbrooms.room.ReturnPaths;
import org.bbbrooms.room.UserReturned;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /room-return?room=<public id>} (room-return.xhtml, mapped without its extension in web.xml): the
 * logoutURL and the join's errorRedirectUrl of every meeting. It sends the user back to the page they started or
 * joined the room from, as {@link ReturnPaths} remembered it for this session (the home page otherwise; always a
 * path of this application: no open redirect); anybody without a portal session (a room's guest, whose meeting's
 * logoutURL is this one) goes to the public {@value #LEFT} page instead, never to a page that asks them to sign in.
 * It tells the portal that the signed-in user left the room's meeting
 * ({@link UserReturned}; that never stops the redirect) and, when BBB turned the user away, says why on that page
 * in a flash message ({@link JoinRefusal}: known keys only, nothing of BBB's text).
 */
@Named
@RequestScoped
public class RoomReturnBacking {

    private static final Logger LOG = Logger.getLogger(RoomReturnBacking.class.getName());
    private static final int MAX_PUBLIC_ID = 64;
    /** Where those without a portal session land: "You left the meeting". */
    static final String LEFT = "/left.xhtml";

    @Inject
    ReturnPaths returnPaths;

    @Inject
    ActiveUser activeUser;

    @Inject
    LocaleBacking locale;

    @Inject
    Event<UserReturned> returned;

    public void back() throws IOException {
        String room = Faces.getRequestParameter("room");
        if (room != null && room.length() <= MAX_PUBLIC_ID) {
            tell(room);
        }
        JoinRefusal.of(Faces.getRequestParameter("errors")).ifPresent(refusal -> {
            Faces.getViewRoot().setLocale(locale.getLocale());
            Messages.addFlashGlobalWarn(refusal.messageKey());
        });
        Faces.addResponseHeader("Cache-Control", "no-store");
        String path = activeUser.current().isPresent() ? returnPaths.pathFor(room) : LEFT;
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + path);
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
