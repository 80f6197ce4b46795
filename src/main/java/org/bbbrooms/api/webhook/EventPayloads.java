package org.bbbrooms.api.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.User;
import org.bbbrooms.recording.Playback;
import org.bbbrooms.recording.Recording;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.Room;

/**
 * The JSON of the events: an envelope {@code {"id", "type", "occurredAt", "data"}} whose data names the meeting,
 * its room, the room's course and group (or a personal room's owner) and the user who started it, by our ids
 * (and codes and names, and the host portal's {@code externalId} where they have one), plus what the type adds (a recording, attendance figures). Payloads hold references, not
 * contents: a receiver fetches the rest from the API. Never a secret, a token or a personal room's public id (its
 * invitation link). Every text is bounded, so that a body stays far below {@link WebhookEvent#MAX_BODY}.
 * <p>Use: {@code new WebhookEvent(type, key, id, at, payloads.envelope(payloads.meeting(meeting).build()))}.
 */
@ApplicationScoped
public class EventPayloads {

    /** A body writer of the envelope around {@code data}. */
    public WebhookEvent.EventBody envelope(JsonObject data) {
        return (eventId, type, occurredAt) -> Json.createObjectBuilder().add("id", eventId)
                .add("type", type.wireName()).add("occurredAt", occurredAt.toString()).add("data", data).build()
                .toString();
    }

    /** The meeting, its room and context, and who started it (for every type). */
    public JsonObjectBuilder meeting(Meeting meeting, User startedBy) {
        JsonObjectBuilder m = Json.createObjectBuilder().add("id", meeting.getId())
                .add("startedAt", meeting.getOpenedAt().toString()).add("record", meeting.isRecord());
        meeting.getClosedAt().ifPresent(at -> m.add("endedAt", at.toString()));
        meeting.getCloseReason().ifPresent(reason -> m.add("endReason", reason.name().toLowerCase(Locale.ROOT)));
        Room room = meeting.getRoom();
        JsonObjectBuilder data = Json.createObjectBuilder().add("meeting", m)
                .add("room", Json.createObjectBuilder().add("id", room.getId())
                        .add("type", room.getType().name().toLowerCase(Locale.ROOT)))
                .add("startedBy", user(startedBy));
        room.getCourse().ifPresent(course -> data.add("course", course(course)));
        room.getGroup().ifPresent(group -> data.add("group", group(group)));
        room.getOwner().ifPresent(owner -> data.add("owner", user(owner)));
        return data;
    }

    /** A recording that can be played: its BBB record id, state, times, participants and playback formats. */
    public JsonObject recording(Recording recording) {
        JsonArrayBuilder formats = Json.createArrayBuilder();
        recording.getFormats().stream().map(Playback::getType).distinct().limit(10).forEach(t -> formats.add(cut(t, 32)));
        return Json.createObjectBuilder().add("recordId", cut(recording.getRecordId(), 128))
                .add("status", recording.getStatus().name().toLowerCase(Locale.ROOT))
                .add("startedAt", recording.getStartedAt().toString())
                .add("endedAt", recording.getStartedAt().plus(recording.getDuration()).toString())
                .add("participants", recording.getParticipants()).add("formats", formats).build();
    }

    /** How a meeting's attendance was settled, and how many attended (people, and portal users among them). */
    public JsonObject attendance(String source, Instant settledAt, long attendees, long portalUsers) {
        return Json.createObjectBuilder().add("source", source).add("settledAt", settledAt.toString())
                .add("attendees", attendees).add("portalUsers", portalUsers).build();
    }

    private static JsonObjectBuilder course(Course course) {
        return withExternalId(Json.createObjectBuilder().add("id", course.getId())
                .add("code", cut(course.getCode(), 32)).add("title", cut(course.getTitle(), 200)),
                course.getExternalId());
    }

    private static JsonObjectBuilder group(CourseGroup group) {
        return withExternalId(Json.createObjectBuilder().add("id", group.getId())
                .add("name", cut(group.getName(), 100)), group.getExternalId());
    }

    private static JsonObjectBuilder user(User user) {
        return withExternalId(Json.createObjectBuilder().add("id", user.getId())
                .add("username", cut(user.getUsername(), 64)), user.getExternalId());
    }

    /** The host portal's own id, when the row has one (provisioned through the API or an embed link). */
    private static JsonObjectBuilder withExternalId(JsonObjectBuilder ref, Optional<String> externalId) {
        externalId.ifPresent(id -> ref.add("externalId", cut(id, 128)));
        return ref;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
