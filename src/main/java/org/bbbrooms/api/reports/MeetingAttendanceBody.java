package org.bbbrooms.api.reports;

import java.util.List;
import org.bbbrooms.attendance.Absentee;
import org.bbbrooms.attendance.MeetingRow;
import org.bbbrooms.attendance.ParticipantRow;
import org.bbbrooms.attendance.Verdict;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A meeting with who came, for how long, with their verdicts (guests marked), and who was expected but never came:
 * the body of {@code GET /meetings/{id}} and the items of a course's attendance, the same people as the CSV export.
 * <p>Use: {@code MeetingAttendanceBody.of(row, participants, report.absentOf(row))}.
 */
@Schema(name = "MeetingAttendance", description = "A meeting, its participants and its absentees.")
public record MeetingAttendanceBody(@Schema(required = true) MeetingBody meeting,
        @Schema(description = "Everybody who came, in order of first join.", required = true,
                type = SchemaType.ARRAY, implementation = ParticipantBody.class) List<ParticipantBody> participants,
        @Schema(description = "The people expected who never came (verdict ABSENT), by name: the active students"
                + " of a course room's course, the members of a group room's group; none for other rooms.",
                required = true, type = SchemaType.ARRAY, implementation = AbsenteeBody.class)
        List<AbsenteeBody> absentees) {

    /** Somebody expected who never came. */
    @Schema(name = "Absentee", description = "Somebody expected in the meeting who never came.")
    public record AbsenteeBody(@Schema(description = "Their user id in bbb-rooms.", required = true,
            format = "int64") long userId, @Schema(required = true) String name,
            @Schema(description = "Always ABSENT.", required = true) Verdict verdict) {
    }

    /** One page of a course's attendance. */
    @Schema(name = "MeetingAttendancePage", description = "One page of meetings with their participants; `next`"
            + " is absent on the last.")
    public record Page(@Schema(required = true, type = SchemaType.ARRAY, implementation = MeetingAttendanceBody.class)
            List<MeetingAttendanceBody> items, @Schema(nullable = true) String next) {
    }

    public MeetingAttendanceBody {
        participants = List.copyOf(participants);
        absentees = List.copyOf(absentees);
    }

    public static MeetingAttendanceBody of(MeetingRow meeting, List<ParticipantRow> participants,
            List<Absentee> absentees) {
        return new MeetingAttendanceBody(MeetingBody.of(meeting), participants.stream().map(ParticipantBody::of)
                .toList(), absentees.stream().map(a -> new AbsenteeBody(a.userId(), a.name(), Verdict.ABSENT))
                .toList());
    }
}
