package org.bbbrooms.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.EnrollmentService;
import org.bbbrooms.identity.GroupService;
import org.bbbrooms.settings.options.EffectiveOptions;
import org.bbbrooms.settings.options.MeetingOptionsService;
import org.bbbrooms.settings.CourseRoomConfig;
import org.bbbrooms.settings.CourseSettingsService;
import org.bbbrooms.settings.PlatformSettings;
import org.bbbrooms.settings.SettingsService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads what a room depends on from the rest of the portal: the {@link RoomFacts} of a user and a room (enrollment,
 * group membership, the platform's and the course's settings), the {@link MeetingPlan} of its next meeting, and its
 * name ({@code BBB_PLATFORM_ROOM_NAME}, default "Platform room", names the platform room).
 * <p>Use: {@code RoomPolicy.allowed(actor, contexts.facts(actor, room, running))}.
 */
@ApplicationScoped
public class RoomContexts {

    @Inject
    SettingsService settings;

    @Inject
    CourseSettingsService courseSettings;

    @Inject
    EnrollmentService enrollments;

    @Inject
    GroupService groups;

    @Inject
    MeetingOptionsService options;

    @Inject
    @ConfigProperty(name = "BBB_PLATFORM_ROOM_NAME", defaultValue = "Platform room")
    String platformRoomName;

    public RoomFacts facts(Actor actor, Room room, boolean running) {
        PlatformSettings platform = settings.current();
        Optional<Long> courseId = room.getCourse().map(Course::getId);
        Optional<CourseRole> role = courseId.flatMap(id -> enrollments.roleOf(actor.userId(), id));
        Optional<CourseRoomConfig> course = room.getType() == RoomType.GROUP
                ? courseId.map(courseSettings::effective) : Optional.empty();
        boolean member = role.isPresent()
                && room.getGroup().map(g -> groups.isMember(actor.userId(), g.getId())).orElse(false);
        boolean typeOn = switch (room.getType()) {
            case COURSE -> true;
            case GROUP -> course.map(CourseRoomConfig::groupRoomsEnabled).orElse(false);
            case PLATFORM -> platform.platformRoom();
            case PERSONAL -> platform.personalRooms();
        };
        return new RoomFacts(room.getType(), platform.conferencesEnabled() && typeOn && room.isContextActive(), role,
                member, room.isOwnedBy(actor.userId()),
                course.map(CourseRoomConfig::studentsStartGroupRooms).orElse(false),
                platform.platformRoomRoles(), running);
    }

    /**
     * What the room's next meeting is created with: the meeting options of the room, its course, the platform (with a
     * named room's own welcome message, if it has one).
     */
    public MeetingPlan plan(Room room, EffectiveOptions effective) {
        return new MeetingPlan(room.getWelcome().orElse(effective.welcome()), effective.record(), effective.maxParticipants(),
                effective.durationMinutes());
    }

    /** The room's meeting options, as its next meeting gets them. */
    public EffectiveOptions options(Room room) {
        return options.effective(room.getCourse().map(Course::getId), Optional.of(room.getId()));
    }

    /** What users and BBB call the room. */
    public String name(Room room) {
        return switch (room.getType()) {
            case COURSE -> room.getName().map(name -> name + " · ").orElse("") + room.getCourse().orElseThrow().getTitle();
            case GROUP -> room.getGroup().orElseThrow().getName() + " · " + room.getCourse().orElseThrow().getTitle();
            case PLATFORM -> platformRoomName;
            case PERSONAL -> room.getOwner().orElseThrow().getDisplayName();
        };
    }
}
