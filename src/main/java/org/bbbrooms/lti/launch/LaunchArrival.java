package org.bbbrooms.lti.launch;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
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
 * room to open ({@link #room}, after that transaction): the course's room named by the custom parameter
 * {@code room} (a public id), else the course room. A deep-linking launch only provisions, and only for a teacher.
 * <p>Use: {@code Landing landing = arrivals.arrive(launch); String room = arrivals.room(launch, landing);}
 */
@Stateless
public class LaunchArrival {

    /** The custom parameter (claim {@code custom}) naming the room a link opens, as deep linking writes it. */
    public static final String ROOM = "room";

    private static final Logger LOG = Logger.getLogger(LaunchArrival.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    LtiProvisioning provisioning;

    @Inject
    RoomService rooms;

    /** Who arrived, in which course and LMS context. */
    public record Landing(long platformId, long contextId, long courseId, Actor actor) {
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
        return new Landing(platform.getId(), arrival.context().getId(), arrival.who().courseId(),
                arrival.who().actor());
    }

    /**
     * The public id of the room a resource-link launch opens, once {@link #arrive} has committed the person's
     * enrolment (the rooms read the course and its settings in transactions of their own).
     */
    public String room(VerifiedLaunch launch, Landing landing) {
        Actor actor = landing.actor();
        long courseId = landing.courseId();
        try {
            Optional<String> named = Optional.ofNullable(launch.custom().get(ROOM)).filter(id -> !id.isBlank());
            if (named.isEmpty()) {
                return rooms.courseRoom(actor, courseId).publicId();
            }
            return rooms.courseRooms(actor, courseId).stream().map(RoomView::publicId)
                    .filter(named.get()::equals).findFirst()
                    .orElseThrow(() -> new LaunchRefusedException(LaunchRefusal.ROOM_NOT_IN_COURSE));
        } catch (BusinessException e) {
            LOG.info(() -> "An LTI launch's room cannot be opened: " + e.key());
            throw new LaunchRefusedException(LaunchRefusal.ROOM_UNAVAILABLE);
        }
    }
}
