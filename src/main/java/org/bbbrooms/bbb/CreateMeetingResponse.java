package org.bbbrooms.bbb;

import java.util.Optional;

/**
 * What {@code create} answers. {@code duplicateWarning} is true when the meeting already existed (create is
 * idempotent), which is a normal answer. Keep {@code createTime} for {@link JoinRequest#createTime()}.
 * The legacy passwords come back only when the server sends them, and stay out of {@code toString()}.
 * <pre>{@code long createTime = client.create(request).createTime();}</pre>
 */
public record CreateMeetingResponse(String meetingID, String internalMeetingID, long createTime, String voiceBridge,
        String dialNumber, boolean duplicateWarning, boolean hasUserJoined, boolean hasBeenForciblyEnded,
        Optional<String> attendeePW, Optional<String> moderatorPW) {

    static CreateMeetingResponse fromXml(XmlElement root) {
        return new CreateMeetingResponse(root.requiredText("meetingID"), root.text("internalMeetingID"),
                root.number("createTime"), root.text("voiceBridge"), root.text("dialNumber"),
                "duplicateWarning".equals(root.text("messageKey")), root.bool("hasUserJoined"),
                root.bool("hasBeenForciblyEnded"), root.optionalText("attendeePW"), root.optionalText("moderatorPW"));
    }

    @Override
    public String toString() {
        return "CreateMeetingResponse[meetingID=" + meetingID + ", internalMeetingID=" + internalMeetingID
                + ", createTime=" + createTime + ", duplicateWarning=" + duplicateWarning + "]";
    }
}
