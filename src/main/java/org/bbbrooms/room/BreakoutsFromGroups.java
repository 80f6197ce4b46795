package org.bbbrooms.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.bbb.ApiVersion;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.GroupService;
import org.bbbrooms.identity.User;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.settings.SettingsService;

/**
 * Pre-assigns BBB breakout rooms from the course's groups (no peer integration does): when a course room (the course's
 * own or a named one) whose teachers turned this on starts, create gets BBB's {@code groups} parameter, one breakout
 * room per active group of the course with its members' userIDs (those the join links carry) as roster:
 * {@code [{"id":"g42","name":"Group A","roster":["7","9"]}]}. Only servers of BBB 2.7 or later take it, judged by the
 * version the Extra page's connection test recorded (the sandbox is 3.0); elsewhere the setting is not offered, and
 * not sent.
 * <p>Use: observes {@link MeetingCreating} by itself; pages ask {@code breakouts.isSupported()} before offering it.
 */
@ApplicationScoped
public class BreakoutsFromGroups {

    private static final Logger LOG = Logger.getLogger(BreakoutsFromGroups.class.getName());

    @Inject
    GroupService groups;

    @Inject
    SettingsService settings;

    @Inject
    BbbConnection connection;

    /** Whether the server takes {@code groups}: the sandbox, or a detected version of 2.7 or later. */
    public boolean isSupported() {
        Optional<String> version = settings.current().detectedVersion();
        return connection.onSandbox()
                || version.map(v -> new ApiVersion(v, Optional.empty(), Optional.of(v)).isAtLeast(2, 7)).orElse(false);
    }

    void add(@Observes MeetingCreating creating) {
        Room room = creating.room();
        if (room.getType() != RoomType.COURSE || !room.isBreakoutGroups() || !isSupported()) {
            return;
        }
        try {
            List<CourseGroup> active = groups.ofCourse(room.getCourse().orElseThrow().getId(), true);
            if (!active.isEmpty()) {
                creating.parameter("groups", json(active));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No breakout rooms for {0}: {1}", new Object[] {room, e.toString()});
        }
    }

    static String json(List<CourseGroup> groups) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (CourseGroup group : groups) {
            JsonArrayBuilder roster = Json.createArrayBuilder();
            group.getMembers().stream().filter(User::isActive).forEach(u -> roster.add(String.valueOf(u.getId())));
            array.add(Json.createObjectBuilder().add("id", "g" + group.getId()).add("name", group.getName())
                    .add("roster", roster));
        }
        return array.build().toString();
    }
}
