package org.bbbrooms.bbb;

/**
 * The parameters of {@code end}. BBB ends the meeting asynchronously: confirm with
 * {@link BbbClient#isMeetingRunning} or {@link BbbClient#getMeetingInfo} ({@code notFound} once gone).
 * Servers older than 2.4 also want the moderator {@code password}.
 * <pre>{@code client.end(EndRequest.of("c42-r7"));}</pre>
 */
public record EndRequest(String meetingID, String password) {

    public EndRequest {
        Checks.meetingId("meetingID", meetingID);
        Checks.singleLine("password", password, 2, 64);
    }

    /** Ends a meeting on BBB 2.4+, which needs no password. */
    public static EndRequest of(String meetingID) {
        return new EndRequest(meetingID, null);
    }

    Query toQuery() {
        return Query.builder().add("meetingID", meetingID).add("password", password).build();
    }

    @Override
    public String toString() {
        return "EndRequest[meetingID=" + meetingID + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
