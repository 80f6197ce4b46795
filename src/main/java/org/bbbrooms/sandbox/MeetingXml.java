package org.bbbrooms.sandbox;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/**
 * Renders meetings as bbb-web's {@code create-meeting}, {@code get-meeting-info} and {@code get-meetings} templates
 * do, element for element.
 */
final class MeetingXml {

    static final String DIAL_NUMBER = "613-555-1234";
    private static final DateTimeFormatter CREATE_DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.ENGLISH).withZone(ZoneId.of("UTC"));

    private MeetingXml() {
    }

    static String created(Meeting m, String messageKey, String message) {
        return new XmlResponse("SUCCESS")
                .element("meetingID", m.meetingId())
                .element("internalMeetingID", m.internalId())
                .element("parentMeetingID", "bbb-none")
                .element("attendeePW", m.spec().attendeePw())
                .element("moderatorPW", m.spec().moderatorPw())
                .element("createTime", m.createTime())
                .element("voiceBridge", m.voiceBridge())
                .element("dialNumber", DIAL_NUMBER)
                .element("createDate", createDate(m))
                .element("hasUserJoined", m.running())
                .element("duration", m.spec().durationMinutes())
                .element("hasBeenForciblyEnded", false)
                .element("messageKey", messageKey)
                .element("message", message)
                .build();
    }

    static String info(Meeting m) {
        XmlResponse xml = new XmlResponse("SUCCESS");
        body(xml, m);
        return xml.build();
    }

    static String list(Collection<Meeting> meetings) {
        XmlResponse xml = new XmlResponse("SUCCESS");
        if (meetings.isEmpty()) {
            return xml.element("meetings", "").element("messageKey", "noMeetings")
                    .element("message", "no meetings were found on this server").build();
        }
        xml.open("meetings");
        for (Meeting m : meetings) {
            xml.open("meeting");
            body(xml, m);
            xml.close("meeting");
        }
        return xml.close("meetings").build();
    }

    private static void body(XmlResponse xml, Meeting m) {
        long moderators = m.attendees().stream().filter(Attendee::moderator).count();
        xml.element("meetingName", m.spec().name())
                .element("meetingID", m.meetingId())
                .element("internalMeetingID", m.internalId())
                .element("createTime", m.createTime())
                .element("createDate", createDate(m))
                .element("voiceBridge", m.voiceBridge())
                .element("dialNumber", DIAL_NUMBER)
                .element("attendeePW", m.spec().attendeePw())
                .element("moderatorPW", m.spec().moderatorPw())
                .element("running", m.running())
                .element("duration", m.spec().durationMinutes())
                .element("hasUserJoined", m.running())
                .element("recording", m.spec().record())
                .element("hasBeenForciblyEnded", false)
                .element("startTime", m.startTime())
                .element("endTime", 0)
                .element("participantCount", m.attendees().size())
                .element("listenerCount", 0)
                .element("voiceParticipantCount", 0)
                .element("videoCount", 0)
                .element("maxUsers", m.spec().maxParticipants())
                .element("moderatorCount", moderators)
                .open("attendees");
        for (Attendee a : m.attendees()) {
            xml.open("attendee")
                    .element("userID", a.userId())
                    .element("fullName", a.fullName())
                    .element("role", a.role())
                    .element("isPresenter", m.isPresenter(a))
                    .element("isListeningOnly", false)
                    .element("hasJoinedVoice", false)
                    .element("hasVideo", false)
                    .element("clientType", "HTML5");
            if (!a.customData().isEmpty()) {
                xml.elements("customdata", a.customData());
            }
            xml.close("attendee");
        }
        xml.close("attendees")
                .elements("metadata", m.spec().metadata())
                .element("isBreakout", false);
    }

    private static String createDate(Meeting m) {
        return CREATE_DATE.format(Instant.ofEpochMilli(m.createTime()));
    }
}
