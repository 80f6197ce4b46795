package org.bbbrooms.api.reports;

import java.time.Instant;
import java.util.List;
import org.bbbrooms.attendance.MeetingRow;
import org.bbbrooms.room.RoomType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One meeting (one start of a room) as {@code /api/v1} shows it: the report page's line, with durations in seconds.
 * <p>Use: {@code MeetingBody.of(row)}.
 */
@Schema(name = "Meeting", description = "One meeting: one start of a room, until it ended.")
public record MeetingBody(
        @Schema(description = "The meeting's id, for GET /meetings/{meetingId}.", required = true, format = "int64")
        long id,
        @Schema(description = "The room's name.", required = true) String room,
        @Schema(description = "The kind of room.", required = true) RoomType roomType,
        @Schema(description = "The course's code; absent for rooms outside courses.", nullable = true)
        String courseCode,
        @Schema(description = "Who started it.", required = true) String startedBy,
        @Schema(description = "When it started.", required = true, type = SchemaType.STRING, format = "date-time")
        Instant started,
        @Schema(description = "When it ended; absent while it runs.", type = SchemaType.STRING, format = "date-time",
                nullable = true) Instant ended,
        @Schema(description = "How long it lasted (until now while it runs), in seconds.", required = true,
                format = "int64")
        long durationSeconds,
        @Schema(description = "How many people came.", required = true, format = "int64") long participants,
        @Schema(description = "Whether it was recorded.", required = true) boolean recorded,
        @Schema(description = "Whether attendance is BBB's own to the second (its analytics came), rather than"
                + " the portal's estimate.", required = true) boolean exact) {

    /** One page of a course's meetings. */
    @Schema(name = "MeetingPage", description = "One page of meetings; `next` is absent on the last.")
    public record Page(@Schema(required = true, type = SchemaType.ARRAY, implementation = MeetingBody.class)
            List<MeetingBody> items, @Schema(nullable = true) String next) {
    }

    public static MeetingBody of(MeetingRow row) {
        return new MeetingBody(row.meetingId(), row.room(), row.roomType(), row.courseCode().orElse(null),
                row.startedBy(), row.started(), row.ended().orElse(null), row.duration().toSeconds(),
                row.participants(), row.recorded(), row.exact());
    }
}
