package org.bbbrooms.lti.deeplinking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.lti.DeepLinkingRequest;
import org.bbbrooms.lti.ToolKeys;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.web.ContentSecurityPolicy;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /lti/deep-link.xhtml?request=<token>}: the teacher picks a room of the course, or names a new one,
 * and the page then posts the signed answer to the platform. A token that is not ours or has expired, a visitor
 * without a session, or anyone the service refuses gets a refusal in the frame instead.
 * <p>Use: {@code <f:viewAction action="#{deepLinkingBacking.load(param['request'])}"/>}
 */
@Named
@ViewScoped
public class DeepLinkingBacking implements Serializable {

    /** The choice that makes a new named room. */
    public static final String NEW_ROOM = "new";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DeepLinkingBacking.class.getName());

    @Inject
    transient DeepLinking deepLinking;

    @Inject
    transient ToolKeys toolKeys;

    @Inject
    ActiveUser activeUser;

    private String token;
    private String refusal;
    private List<RoomChoice> rooms = List.of();
    private String choice;
    private String newName;
    private DeepLinkingAnswer answer;

    public void load(String requestToken) {
        this.token = requestToken;
        request().ifPresent(request -> {
            try {
                rooms = deepLinking.choices(activeUser.actor(), request);
                choice = rooms.isEmpty() ? NEW_ROOM : rooms.get(0).publicId();
            } catch (BusinessException e) {
                refuse(e.key(), 403);
            }
        });
    }

    /**
     * Signs the answer for the chosen room (or the new one); the page then posts it to the platform, whose origin
     * the page's {@code form-action} therefore allows.
     */
    public void place() {
        request().ifPresent(request -> answer = deepLinking.answer(activeUser.actor(), request,
                Optional.ofNullable(choice).filter(c -> !NEW_ROOM.equals(c)),
                NEW_ROOM.equals(choice) ? Optional.ofNullable(newName).or(() -> Optional.of("")) : Optional.empty()));
        Optional.ofNullable(answer).flatMap(a -> ContentSecurityPolicy.origin(a.returnUrl())).ifPresent(origin ->
                Faces.getResponse().setHeader(ContentSecurityPolicy.HEADER, "form-action 'self' " + origin));
    }

    private Optional<DeepLinkingRequest> request() {
        Faces.addResponseHeader("Cache-Control", "no-store");
        Optional<DeepLinkingRequest> request = Optional.ofNullable(token).flatMap(t -> DeepLinkingRequest.open(toolKeys, t));
        if (request.isEmpty()) {
            refuse("lti.deepLinking.invalid", 400);
            return Optional.empty();
        }
        Faces.getResponse().setHeader(ContentSecurityPolicy.HEADER,
                "frame-ancestors " + deepLinking.frameAncestors(request.get()));
        if (!activeUser.isSignedIn()) {
            refuse("lti.deepLinking.signedOut", 401);
            return Optional.empty();
        }
        return request;
    }

    private void refuse(String key, int status) {
        LOG.warning(() -> "LTI deep linking refused: " + key);
        refusal = key;
        rooms = List.of();
        Faces.getResponse().setStatus(status);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<RoomChoice> getRooms() {
        return rooms;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public DeepLinkingAnswer getAnswer() {
        return answer;
    }

    public String getNewRoom() {
        return NEW_ROOM;
    }
}
