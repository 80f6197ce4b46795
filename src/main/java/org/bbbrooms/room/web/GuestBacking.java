package org.bbbrooms.room.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bbbrooms.room.GuestService;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * Backs guest.xhtml?g=&lt;guest link&gt;, the one page a room's guests see: their name, the access code when the
 * room has one, and Join, which sends them to BBB. It is outside the portal's security constraint for this path only,
 * signs nobody in, and can do nothing but this room's guest join ({@link GuestService} checks the link, the code and
 * the throttle). Request-scoped and restorable, so that a form left open still joins.
 */
@Named
@RequestScoped
public class GuestBacking {

    @Inject
    GuestService guests;

    /** The guest link, from the URL of the page and of its form (which keeps the query string). */
    @Inject
    @Param(name = "g")
    private String link;
    private String name;
    private String code;
    private GuestService.GuestRoom room;

    /** The room behind the link (404 for an unknown link, or one whose guest access is off). */
    public GuestService.GuestRoom getRoom() {
        if (room == null) {
            room = guests.guestRoom(link);
        }
        return room;
    }

    public void join() {
        Faces.redirect(guests.join(link, name, code, Faces.getRemoteAddr()).toString());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
