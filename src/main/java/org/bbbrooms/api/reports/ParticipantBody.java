package org.bbbrooms.api.reports;

import java.time.Instant;
import java.util.List;
import org.bbbrooms.attendance.Engagement;
import org.bbbrooms.attendance.ParticipantRow;
import org.bbbrooms.attendance.Stay;
import org.bbbrooms.attendance.Verdict;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One person in one meeting as {@code /api/v1} shows it: a portal user (with their id), a guest of the room's guest
 * link, or someone who came another way (external), each stay, the total time (re-joins counted once), BBB's
 * engagement figures when it sent them, and the verdict of the room's completion rule, as the CSV export gives it.
 * <p>Use: {@code ParticipantBody.of(row)}.
 */
@Schema(name = "Participant", description = "One person in one meeting.")
public record ParticipantBody(
        @Schema(description = "Their name.", required = true) String name,
        @Schema(description = "Their user id in bbb-rooms; absent for people who came another way.",
                type = SchemaType.INTEGER, format = "int64", nullable = true) Long userId,
        @Schema(description = "Whether they came without the portal (a shared link, a phone).", required = true)
        boolean external,
        @Schema(description = "Whether they moderated.", required = true) boolean moderator,
        @Schema(description = "Their first join.", required = true, type = SchemaType.STRING, format = "date-time")
        Instant firstJoin,
        @Schema(description = "Their last leave; absent while they are in.", type = SchemaType.STRING,
                format = "date-time", nullable = true) Instant lastLeave,
        @Schema(description = "Their time in the meeting, overlapping stays counted once, in seconds.",
                required = true, format = "int64") long totalSeconds,
        @Schema(description = "Each stay, from a join to a leave.", required = true, type = SchemaType.ARRAY,
                implementation = StayBody.class) List<StayBody> stays,
        @Schema(description = "BBB's engagement figures; absent until its analytics came.", nullable = true)
        EngagementBody engagement,
        @Schema(description = "Whether they came by the room's guest link, with a name of their own.",
                required = true) boolean guest,
        @Schema(description = "The verdict of the room's completion rule on their time: ATTENDED, PARTIAL, or ABSENT"
                + " for no time at all (the meeting's absentees are listed apart).", required = true) Verdict verdict) {

    /** One stay: a join and its leave. */
    @Schema(name = "Stay", description = "From a join to the leave.")
    public record StayBody(
            @Schema(required = true, type = SchemaType.STRING, format = "date-time") Instant joined,
            @Schema(description = "Absent while still in.", type = SchemaType.STRING, format = "date-time",
                    nullable = true) Instant left) {
    }

    /** What BBB's analytics counted for the person. */
    @Schema(name = "Engagement", description = "What BBB's learning analytics counted.")
    public record EngagementBody(@Schema(required = true) int talkSeconds, @Schema(required = true) int chats,
            @Schema(required = true) int raisedHands, @Schema(required = true) int pollVotes) {
    }

    public ParticipantBody {
        stays = List.copyOf(stays);
    }

    public static ParticipantBody of(ParticipantRow row) {
        return new ParticipantBody(row.name(), row.userId().orElse(null), row.external(), row.moderator(),
                row.firstJoin(), row.lastLeave().orElse(null), row.total().toSeconds(),
                row.stays().stream().map(ParticipantBody::stay).toList(),
                row.engagement().map(ParticipantBody::engagement).orElse(null), row.guest(), row.verdict());
    }

    private static StayBody stay(Stay stay) {
        return new StayBody(stay.joined(), stay.left().orElse(null));
    }

    private static EngagementBody engagement(Engagement.Figures figures) {
        return new EngagementBody(figures.talkSeconds(), figures.chats(), figures.raisedHands(), figures.pollVotes());
    }
}
