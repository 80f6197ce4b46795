package org.bbbrooms.api.reports;

import java.util.List;
import java.util.Map;
import org.bbbrooms.attendance.MeetingRow;
import org.bbbrooms.attendance.ParticipantRow;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A meeting with who came, for how long: the body of {@code GET /meetings/{id}} and the items of a course's
 * attendance.
 * <p>Use: {@code MeetingAttendanceBody.of(entry)} for an entry of {@code reports.courseAttendance(...)}.
 */
@Schema(name = "MeetingAttendance", description = "A meeting and its participants.")
public record MeetingAttendanceBody(@Schema(required = true) MeetingBody meeting,
        @Schema(description = "Everybody who came, in order of first join.", required = true,
                type = SchemaType.ARRAY, implementation = ParticipantBody.class) List<ParticipantBody> participants) {

    /** One page of a course's attendance. */
    @Schema(name = "MeetingAttendancePage", description = "One page of meetings with their participants; `next`"
            + " is absent on the last.")
    public record Page(@Schema(required = true, type = SchemaType.ARRAY, implementation = MeetingAttendanceBody.class)
            List<MeetingAttendanceBody> items, @Schema(nullable = true) String next) {
    }

    public MeetingAttendanceBody {
        participants = List.copyOf(participants);
    }

    public static MeetingAttendanceBody of(MeetingRow meeting, List<ParticipantRow> participants) {
        return new MeetingAttendanceBody(MeetingBody.of(meeting), participants.stream().map(ParticipantBody::of)
                .toList());
    }

    public static MeetingAttendanceBody of(Map.Entry<MeetingRow, List<ParticipantRow>> entry) {
        return of(entry.getKey(), entry.getValue());
    }
}
