package org.bbbrooms.lti.deeplinking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.EnrollmentService;
import org.bbbrooms.lti.DeepLinkingRequest;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.ToolKeys;
import org.bbbrooms.lti.ToolUrls;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.RoomService;
import org.bbbrooms.room.RoomView;

/**
 * The teacher's side of Deep Linking 2.0: which rooms of the course they may place (the course room, its named
 * rooms, its group rooms), and the signed answer that places one, or a new named room, in the LMS. Only the
 * teacher the launch signed in, a teacher of that course, from a platform still active that still has the
 * deployment, gets either.
 * <p>Use: {@code List<RoomChoice> rooms = deepLinking.choices(actor, request);}
 * {@code DeepLinkingAnswer answer = deepLinking.answer(actor, request, Optional.of(publicId), Optional.empty());}
 */
@Stateless
public class DeepLinking {

    private static final Logger LOG = Logger.getLogger(DeepLinking.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    EnrollmentService enrollments;

    @Inject
    RoomService rooms;

    @Inject
    ToolKeys toolKeys;

    @Inject
    ToolUrls urls;

    @Inject
    Clock clock = Clock.systemUTC();

    public List<RoomChoice> choices(Actor actor, DeepLinkingRequest request) {
        allowed(actor, request);
        return rooms.courseRooms(actor, request.courseId()).stream()
                .map(room -> new RoomChoice(room.publicId(), room.name())).toList();
    }

    /**
     * The answer placing the chosen room of the course, or a new named room when {@code newRoomName} is given.
     *
     * @param roomPublicId one of {@link #choices}
     */
    public DeepLinkingAnswer answer(Actor actor, DeepLinkingRequest request, Optional<String> roomPublicId,
            Optional<String> newRoomName) {
        LtiPlatform platform = allowed(actor, request);
        if (!"https".equalsIgnoreCase(request.returnUrl().getScheme())
                && !"http".equalsIgnoreCase(request.returnUrl().getScheme())) {
            throw new BusinessException("lti.deepLinking.badReturn");
        }
        RoomView room = newRoomName.isPresent()
                ? rooms.addNamedRoom(actor, request.courseId(), newRoomName.get())
                : rooms.courseRooms(actor, request.courseId()).stream()
                        .filter(candidate -> roomPublicId.filter(candidate.publicId()::equals).isPresent())
                        .findFirst().orElseThrow(() -> new BusinessException("lti.deepLinking.notInCourse"));
        String jwt = toolKeys.sign(DeepLinkingResponse.claims(request, platform.getClientId(), platform.getIssuer(),
                new DeepLinkingResponse.Item(room.name(), urls.launch(), room.publicId()), clock.instant()));
        LOG.info(() -> "LTI deep linking: " + actor.username() + " placed room " + room.publicId() + " in "
                + platform.getIssuer());
        return new DeepLinkingAnswer(request.returnUrl(), jwt, room.name());
    }

    /** The origins that may frame the choice: those of the request's platform. */
    public String frameAncestors(DeepLinkingRequest request) {
        return Optional.ofNullable(em.find(LtiPlatform.class, request.platformId()))
                .map(platform -> String.join(" ", platform.origins())).filter(s -> !s.isEmpty()).orElse("'none'");
    }

    private LtiPlatform allowed(Actor actor, DeepLinkingRequest request) {
        if (actor.userId() != request.userId()) {
            throw new AccessDeniedException("lti.deepLinking.otherUser");
        }
        if (enrollments.roleOf(actor.userId(), request.courseId()).filter(r -> r == CourseRole.TEACHER).isEmpty()) {
            throw new AccessDeniedException("lti.deepLinking.teachersOnly");
        }
        return Optional.ofNullable(em.find(LtiPlatform.class, request.platformId()))
                .filter(platform -> platform.isActive() && platform.launchesFrom(request.deploymentId()))
                .orElseThrow(() -> new AccessDeniedException("lti.deepLinking.platformInactive"));
    }
}
