package org.bbbrooms.room.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.room.GuestService;
import org.bbbrooms.room.GuestService.Code;
import org.bbbrooms.room.GuestService.GuestSettings;

/**
 * Backs room-guests.xhtml?id=&lt;room&gt;: a room's guest access for its hosts (the service refuses anyone else):
 * on or off, the guest link to send, and the viewer and moderator codes, each regenerated or removed by a POST.
 */
@Named
@ViewScoped
public class GuestAccessBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GuestService guests;

    @Inject
    ActiveUser activeUser;

    private String id;
    /** Read again when the view moves to another cluster node: it holds Optionals, which do not serialize. */
    private transient GuestSettings settings;

    public void load() {
        settings = guests.settings(activeUser.actor(), id);
    }

    public void enable(boolean on) {
        settings = guests.enable(activeUser.actor(), id, on);
    }

    public void code(Code code, boolean on) {
        settings = guests.code(activeUser.actor(), id, code, on);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public GuestSettings getSettings() {
        if (settings == null) {
            load();
        }
        return settings;
    }
}
