package org.bbbrooms.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What Scalelite does differently from bbb-web, for {@link SandboxMode#SCALELITE}; the checksum is already verified
 * with the load balancer's secret. It places creates by {@code meta_server-tag} on its one server, redirects joins to
 * that server's own join (signed with the server's secret), and narrows {@code getRecordings} as Scalelite does.
 * Error keys and messages are Scalelite's ({@code app/controllers/concerns/bbb_errors.rb}).
 */
final class ScaleliteFront {

    /** Where the server behind Scalelite has its API, below the sandbox root. */
    static final String SERVER_API = "/server/bigbluebutton/api";

    private final Registry registry;
    private final String serverSecret;
    private final String serverTag;

    ScaleliteFront(Registry registry, String serverSecret, String serverTag) {
        this.registry = registry;
        this.serverSecret = serverSecret;
        this.serverTag = serverTag;
    }

    /** The server's own secret, which only Scalelite knows (the portal has the load balancer's). */
    String serverSecret() {
        return serverSecret;
    }

    /**
     * Refuses a create that requires a tag its server lacks, as {@code Server.find_available} does: the tag is a
     * {@code ;} list, a trailing {@code !} makes it required, else an untagged server is taken.
     */
    void place(QueryString q) {
        Optional<String> asked = q.nonBlank("meta_server-tag");
        if (asked.isEmpty() || registry.meeting(q.first("meetingID").orElse("")).isPresent()) {
            return;
        }
        String tags = asked.get();
        boolean required = tags.endsWith("!") && tags.length() > 1;
        String list = required ? tags.substring(0, tags.length() - 1) : tags;
        boolean matches = Arrays.asList(list.split(";")).contains(serverTag.isEmpty() ? "none" : serverTag);
        if (!matches && required) {
            throw new ApiFailure("serverTagUnavailable", "There is no available server with the required tag="
                    + list + ".");
        }
        if (!matches && !serverTag.isEmpty()) {
            throw new ApiFailure("internalError", "Could not find any available servers.");
        }
    }

    /** A 302 to the server's join with the same parameters, or Scalelite's XML refusal when the meeting is unknown. */
    SandboxResponse join(QueryString q, String sandboxUrl) {
        String meetingId = q.nonBlank("meetingID").orElseThrow(() -> new ApiFailure("missingParamMeetingID",
                "You must specify a meeting ID for the meeting."));
        if (registry.meeting(meetingId).isEmpty()) {
            throw new ApiFailure("notFound",
                    "We could not find a meeting with that meeting ID - perhaps the meeting is not yet running?");
        }
        String query = q.rawWithoutChecksum();
        return SandboxResponse.redirect(302, sandboxUrl + SERVER_API + "/join?" + query + "&checksum="
                + ChecksumAlgorithm.SHA256.hex("join" + query + serverSecret));
    }

    /** {@code getRecordings} must name meetings or recordings ({@code GET_RECORDINGS_API_FILTERED=true}). */
    static void requireFilter(QueryString q) {
        if (q.nonBlank("meetingID").isEmpty() && q.nonBlank("recordID").isEmpty()) {
            throw new ApiFailure("missingParameters", "param meetingID or recordID must be included.");
        }
    }

    /** Newest first, as Scalelite orders them ({@code order(starttime: :desc)}). */
    static List<Recording> newestFirst(List<Recording> recordings) {
        return recordings.stream().sorted((a, b) -> Long.compare(b.startTime(), a.startTime())).toList();
    }
}
