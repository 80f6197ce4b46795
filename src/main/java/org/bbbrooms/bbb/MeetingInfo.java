package org.bbbrooms.bbb;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A meeting as getMeetingInfo (or one entry of getMeetings) reports it: counts, times, attendees and the
 * metadata given at create (keys lowercased by BBB). {@code startTime}/{@code endTime} are empty while 0.
 * <pre>{@code MeetingInfo info = client.getMeetingInfo("c42-r7"); int here = info.participantCount();}</pre>
 */
public record MeetingInfo(String meetingID, String internalMeetingID, String meetingName, long createTime,
        boolean running, boolean recording, boolean hasUserJoined, boolean hasBeenForciblyEnded, boolean isBreakout,
        Optional<Instant> startTime, Optional<Instant> endTime, int participantCount, int moderatorCount,
        int listenerCount, int voiceParticipantCount, int videoCount, int maxUsers, List<Attendee> attendees,
        Map<String, String> metadata) {

    static MeetingInfo fromXml(XmlElement meeting) {
        return new MeetingInfo(meeting.requiredText("meetingID"), meeting.text("internalMeetingID"),
                meeting.text("meetingName"), meeting.number("createTime"), meeting.bool("running"),
                meeting.bool("recording"), meeting.bool("hasUserJoined"), meeting.bool("hasBeenForciblyEnded"),
                meeting.bool("isBreakout"), meeting.time("startTime"), meeting.time("endTime"),
                count(meeting, "participantCount"), count(meeting, "moderatorCount"), count(meeting, "listenerCount"),
                count(meeting, "voiceParticipantCount"), count(meeting, "videoCount"), count(meeting, "maxUsers"),
                meeting.list("attendees", "attendee").stream().map(Attendee::fromXml).toList(), meeting.map("metadata"));
    }

    private static int count(XmlElement meeting, String name) {
        return (int) Math.min(Integer.MAX_VALUE, meeting.number(name));
    }
}
