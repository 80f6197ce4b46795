package org.bbbrooms.lti.launch;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.bbbrooms.embed.EmbedRefusedException;
import org.bbbrooms.embed.Refusal;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.LtiProvisioning;
import org.bbbrooms.lti.LtiProvisioning.LtiArrival;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.RoomService;
import org.bbbrooms.room.RoomView;

/**
 * What an accepted launch makes of its person and course, in one transaction: the user, course and enrolment
 * provisioned just in time ({@link LtiProvisioning}), the context's NRPS and AGS URLs brought up to date, and the
 * room to open: the course's room named by the custom parameter {@code room} (a public id), else the course room.
 * A deep-linking launch only provisions, and only for a teacher.
 * <p>Use: {@code Landing landing = arrivals.arrive(launch);}
 */
@Stateless
public class LaunchArrival {

    /** The custom parameter (claim {@code custom}) naming the room a link opens, as deep linking writes it. */
    public static final String ROOM = "room";

    @PersistenceContext
    EntityManager em;

    @Inject
    LtiProvisioning provisioning;

    @Inject
    RoomService rooms;

    /** Who arrived, in which course and LMS context, and the room to open (empty for deep linking). */
    public record Landing(long platformId, long contextId, long courseId, Actor actor, Optional<String> room) {
    }

    public Landing arrive(VerifiedLaunch launch) {
        VerifiedLaunch.Context context = launch.context()
                .orElseThrow(() -> new LaunchRefusedException(LaunchRefusal.NO_CONTEXT));
        if (launch.isDeepLinking() && launch.person().role() != CourseRole.TEACHER) {
            throw new LaunchRefusedException(LaunchRefusal.NOT_TEACHER);
        }
        LtiPlatform platform = em.find(LtiPlatform.class, launch.platform().getId());
        LtiArrival arrival;
        try {
            arrival = provisioning.arrive(platform, launch.person(), context.id(), context.title().orElse(null));
        } catch (EmbedRefusedException e) {
            throw new LaunchRefusedException(e.refusal() == Refusal.ACCOUNT_INACTIVE ? LaunchRefusal.ACCOUNT_INACTIVE
                    : LaunchRefusal.ROOM_UNAVAILABLE);
        }
        arrival.context().services(launch.membershipsUrl(), launch.lineItemsUrl(), launch.agsScopes());
        Actor actor = arrival.who().actor();
        long courseId = arrival.who().courseId();
        Optional<String> room = launch.isDeepLinking() ? Optional.empty() : Optional.of(room(launch, actor, courseId));
        return new Landing(platform.getId(), arrival.context().getId(), courseId, actor, room);
    }

    private String room(VerifiedLaunch launch, Actor actor, long courseId) {
        try {
            Optional<String> named = Optional.ofNullable(launch.custom().get(ROOM)).filter(id -> !id.isBlank());
            if (named.isEmpty()) {
                return rooms.courseRoom(actor, courseId).publicId();
            }
            return rooms.courseRooms(actor, courseId).stream().map(RoomView::publicId)
                    .filter(named.get()::equals).findFirst()
                    .orElseThrow(() -> new LaunchRefusedException(LaunchRefusal.ROOM_NOT_IN_COURSE));
        } catch (BusinessException e) {
            throw new LaunchRefusedException(LaunchRefusal.ROOM_UNAVAILABLE);
        }
    }
}
