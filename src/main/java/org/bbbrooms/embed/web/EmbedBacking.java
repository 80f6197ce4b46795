package org.bbbrooms.embed.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.bbbrooms.embed.Refusal;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.web.LocaleBacking;
import org.bbbrooms.room.web.RoomsBacking;
import org.omnifaces.util.Faces;

/**
 * Backs the embed view, {@code /embed/room.xhtml?id=<room>[&lang=en|fr]}: one room widget without the portal's
 * header, in the language passed (else the session's). A visitor without a session, or a room they may not see,
 * gets an explanation in the frame instead of the login page or the portal's error page.
 * <p>Use: {@code <f:viewAction action="#{embedBacking.load(param['id'], param['lang'])}"/>}
 */
@Named
@RequestScoped
public class EmbedBacking {

    @Inject
    ActiveUser activeUser;

    @Inject
    LocaleBacking locale;

    @Inject
    RoomsBacking rooms;

    private Refusal refusal;

    public void load(String publicId, String language) {
        Optional.ofNullable(language).ifPresent(locale::use);
        Faces.addResponseHeader("Cache-Control", "no-store");
        if (!activeUser.isSignedIn()) {
            refuse(Refusal.SIGNED_OUT);
            return;
        }
        try {
            rooms.loadEmbedded(publicId);
        } catch (BusinessException e) {
            refuse(Refusal.UNAVAILABLE);
        }
    }

    public boolean isRefused() {
        return refusal != null;
    }

    public Refusal getRefusal() {
        return refusal;
    }

    private void refuse(Refusal why) {
        refusal = why;
        Faces.getResponse().setStatus(why.status());
    }
}
