package org.bbbrooms.settings;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.EnrollmentService;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;

/**
 * A course's conference settings: its teachers and admins edit them; rooms read the effective values, where the
 * platform's settings fill the gaps and cap the limits.
 * <p>Use: {@code CourseRoomConfig config = courseSettings.effective(courseId);}
 */
@Stateless
@PermitAll
public class CourseSettingsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsService settings;

    @Inject
    EnrollmentService enrollments;

    public CourseRoomConfig effective(long courseId) {
        return combine(settings.current(), find(courseId));
    }

    static CourseRoomConfig combine(PlatformSettings platform, Optional<CourseRoomSettings> course) {
        int platformMax = platform.maxParticipants();
        int courseMax = course.map(CourseRoomSettings::getMaxParticipants).orElse(0);
        int max = platformMax == 0 ? courseMax : (courseMax == 0 ? platformMax : Math.min(courseMax, platformMax));
        return new CourseRoomConfig(
                course.map(CourseRoomSettings::getWelcomeMessage).orElse(""),
                course.map(CourseRoomSettings::getRecord).orElse(platform.recordByDefault()),
                max,
                platform.groupRooms() && course.map(CourseRoomSettings::isGroupRoomsEnabled).orElse(true),
                course.map(CourseRoomSettings::getStudentsStartGroupRooms).orElse(platform.studentsStartGroupRooms()));
    }

    /** The course's settings for its edit form (a new, empty one if none was saved yet). */
    public CourseRoomSettings forEditing(Actor actor, long courseId) {
        requireManager(actor, courseId);
        return find(courseId).orElseGet(() -> new CourseRoomSettings(courseId));
    }

    /** Saves a teacher's edit, refusing a participant limit above the platform's. */
    public CourseRoomSettings save(Actor actor, CourseRoomSettings edited) {
        requireManager(actor, edited.getCourseId());
        int platformMax = settings.current().maxParticipants();
        Integer max = edited.getMaxParticipants();
        if (platformMax > 0 && max != null && (max == 0 || max > platformMax)) {
            throw new BusinessException("course.maxParticipants.capped", platformMax);
        }
        if (edited.isNew()) {
            if (find(edited.getCourseId()).isPresent()) {
                throw new BusinessException("edit.conflict");
            }
            em.persist(edited);
            return edited;
        }
        return em.merge(edited);
    }

    /** What the course's teachers saved, if anything (for the meeting options that keep their value here). */
    public Optional<CourseRoomSettings> saved(long courseId) {
        return find(courseId);
    }

    private Optional<CourseRoomSettings> find(long courseId) {
        return em.createQuery("select s from CourseRoomSettings s where s.courseId = :course", CourseRoomSettings.class)
                .setParameter("course", courseId).getResultStream().findFirst();
    }

    /** Refuses anyone but the course's teachers and admins, who manage its conference settings. */
    public void requireManager(Actor actor, long courseId) {
        boolean teacher = enrollments.roleOf(actor.userId(), courseId).filter(r -> r == CourseRole.TEACHER).isPresent();
        if (!actor.isAdmin() && !teacher) {
            throw new AccessDeniedException("course.settings.denied");
        }
    }
}
