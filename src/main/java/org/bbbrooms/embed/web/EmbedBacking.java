package org.bbbrooms.embed.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bbbrooms.embed.Refusal;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.web.LocaleBacking;
import org.bbbrooms.room.web.RoomsBacking;
import org.omnifaces.util.Faces;

/**
 * Backs the embed view, {@code /embed/room.xhtml?id=<room>[&lang=en|fr][&window=<join token>]}: one room widget
 * without the portal's header, in the language passed (else the session's). A visitor without a session, or a room
 * they may not see, gets an explanation in the frame instead of the login page or the portal's error page; without a
 * session (a browser that keeps no cookie in frames) an LTI launch's join link opens the room in a new window.
 * <p>Use: {@code <f:viewAction action="#{embedBacking.load(param['id'], param['lang'], param['window'])}"/>}
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

    private static final Pattern JOIN_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Refusal refusal;
    private String newWindow;

    /** The same, with the token of a join link to offer in a new window if there is no session here. */
    public void load(String publicId, String language, String joinToken) {
        newWindow = Optional.ofNullable(joinToken).filter(token -> JOIN_TOKEN.matcher(token).matches()).orElse(null);
        load(publicId, language);
    }

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

    /** The path of the join link that opens the room in a new window, when the frame has no session. */
    public Optional<String> getNewWindow() {
        return Optional.ofNullable(newWindow).filter(token -> refusal == Refusal.SIGNED_OUT)
                .map(token -> "/join/" + token);
    }

    private void refuse(Refusal why) {
        refusal = why;
        Faces.getResponse().setStatus(why.status());
    }
}
