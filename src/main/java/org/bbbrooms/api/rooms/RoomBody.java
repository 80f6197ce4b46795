package org.bbbrooms.api.rooms;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.bbbrooms.room.RoomStatus;
import org.bbbrooms.room.RoomType;
import org.bbbrooms.room.RoomView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A room as {@code /api/v1} shows it: what the room widgets show, read from the same short-lived status cache, so
 * that a host portal polling it costs BBB nothing more than the portal's own pages do.
 * <p>Use: {@code RoomBody.of(rooms.byPublicId(caller.actor(), publicId))}.
 */
@Schema(name = "Room", description = "A conference room and its live state.")
public record RoomBody(
        @Schema(description = "The room's public id, as in its share link.", required = true) String publicId,
        @Schema(description = "The room's name, as the portal shows it.", required = true) String name,
        @Schema(description = "The kind of room.", required = true) RoomType type,
        @Schema(description = "NOT_STARTED; RUNNING; FULL (the participant limit is reached); UNAVAILABLE (a"
                + " meeting is open but BBB did not say how it is in time).", required = true) RoomStatus.State state,
        @Schema(description = "People in the meeting now.", required = true) int participants,
        @Schema(description = "When the open meeting started; absent when none is open.", type = SchemaType.STRING,
                format = "date-time", nullable = true) Instant since,
        @Schema(description = "The meeting's participant limit, 0 for none.", required = true) int maxParticipants,
        @Schema(description = "The room's page in the portal, to share.", required = true, type = SchemaType.STRING,
                format = "uri") URI link) {

    /** The rooms of a course, in one page. */
    @Schema(name = "RoomPage", description = "All the rooms of a course (`next` is always absent).")
    public record Page(@Schema(required = true, type = SchemaType.ARRAY, implementation = RoomBody.class)
            List<RoomBody> items, @Schema(nullable = true) String next) {
    }

    public static RoomBody of(RoomView view) {
        RoomStatus status = view.status();
        return new RoomBody(view.publicId(), view.name(), view.type(), status.state(), status.participantCount(),
                status.since().orElse(null), status.maxParticipants(), view.shareLink());
    }
}
