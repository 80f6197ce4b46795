package org.bbbrooms.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The meeting calls, checked and answered as bbb-web does: {@code create}, {@code join}, {@code end},
 * {@code isMeetingRunning}, {@code getMeetingInfo} and {@code getMeetings}. The checksum is already verified.
 */
final class MeetingCalls {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Registry registry;
    private final Clock clock;

    MeetingCalls(Registry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    SandboxResponse create(QueryString q, String body, Optional<String> contentType, String sandboxUrl) {
        String meetingId = meetingId(q);
        String name = q.nonBlank("name")
                .orElseThrow(() -> new ApiFailure("missingParamName", "You must provide a meeting name"));
        if (name.length() < 2 || name.length() > 256) {
            throw new ApiFailure("sizeError", "Meeting name must be between 2 and 256 characters");
        }
        List<Presentation> presentations = presentations(body, contentType);
        Optional<String> attendeePw = q.first("attendeePW");
        Optional<String> moderatorPw = q.first("moderatorPW");
        Optional<Meeting> existing = registry.meeting(meetingId);
        if (existing.isPresent()) {
            Meeting m = existing.get();
            boolean samePasswords = attendeePw.equals(Optional.of(m.spec().attendeePw()))
                    && moderatorPw.equals(Optional.of(m.spec().moderatorPw()));
            if (!samePasswords && (attendeePw.isPresent() || moderatorPw.isPresent())) {
                throw new ApiFailure("idNotUnique",
                        "A meeting already exists with that meeting ID.  Please use a different meeting ID.");
            }
            return SandboxResponse.xml(MeetingXml.created(m, "duplicateWarning",
                    "This conference was already in existence and may currently be in progress."));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        q.withPrefix("meta_").forEach((key, value) -> metadata.put(key.toLowerCase(Locale.ROOT), value));
        Meeting.Spec spec = new Meeting.Spec(meetingId, name, attendeePw.orElseGet(() -> alnum(12)),
                moderatorPw.orElseGet(() -> alnum(12)), q.first("welcome").orElse(""), q.nonBlank("logoutURL"),
                integer(q, "duration"), integer(q, "maxParticipants"),
                Boolean.parseBoolean(q.first("record").orElse("false")), metadata, presentations,
                MeetingSettings.from(q), groups(q), guestPolicy(q));
        Meeting meeting = new Meeting(spec, clock.millis(), registry.newVoiceBridge(), sandboxUrl);
        registry.add(meeting);
        return SandboxResponse.xml(MeetingXml.created(meeting, "", ""));
    }

    SandboxResponse join(QueryString q, String sandboxUrl) {
        String meetingId = meetingId(q);
        String fullName = q.nonBlank("fullName")
                .orElseThrow(() -> new ApiFailure("missingParamFullName", "You must provide your name"));
        Meeting m = registry.meeting(meetingId).orElseThrow(() -> new ApiFailure("invalidMeetingIdentifier",
                "The meeting ID that you supplied did not match any existing meetings"));
        q.first("createTime").filter(t -> !t.strip().equals(String.valueOf(m.createTime()))).ifPresent(t -> {
            throw new ApiFailure("mismatchCreateTimeParam",
                    "The createTime parameter submitted mismatches with the current meeting.");
        });
        String role = role(q, m);
        String internalUserId = "w_" + alnum(12);
        String userId = q.nonBlank("userID").orElse(internalUserId);
        int max = m.spec().maxParticipants();
        long usersIn = m.attendees().stream().map(Attendee::userId).distinct().count();
        if (max > 0 && usersIn >= max && !m.isIn(userId)) {
            throw new ApiFailure("maxParticipantsReached",
                    "The number of participants allowed for this meeting has been reached.");
        }
        String sessionToken = HexFormat.of().formatHex(bytes(16));
        Attendee attendee = new Attendee(sessionToken, internalUserId, userId, fullName, role,
                q.nonBlank("logoutURL"), q.withPrefix("userdata-"), alnum(12));
        boolean guest = q.first("guest").orElse("false").strip().equalsIgnoreCase("true");
        if (guest && m.spec().guestPolicy().equals(Meeting.GUEST_DENY)) {
            throw new ApiFailure("guestDeniedAccess", "You have been denied access to this meeting based on the"
                    + " meeting's guest policy");
        }
        boolean waits = guest && m.spec().guestPolicy().equals(Meeting.GUEST_ASK);
        if (waits) {
            m.waitInLobby(attendee);
        } else {
            m.join(attendee, clock.millis());
        }
        String url = sandboxUrl + "/conference?session=" + sessionToken;
        if (!q.first("redirect").orElse("true").strip().equalsIgnoreCase("false")) {
            return SandboxResponse.redirect(302, url);
        }
        return SandboxResponse.xml(new XmlResponse("SUCCESS")
                .element("messageKey", "successfullyJoined")
                .element("message", "You have joined successfully.")
                .element("meeting_id", m.internalId())
                .element("user_id", internalUserId)
                .element("auth_token", attendee.authToken())
                .element("session_token", sessionToken)
                .element("guestStatus", waits ? "WAIT" : "ALLOW")
                .element("url", url)
                .build());
    }

    /**
     * A failed join whose checksum was right. Like bbb-web, a browser join (no {@code redirect=false}) is sent to its
     * {@code errorRedirectUrl} (BBB 2.7+), else to its legacy {@code logoutURL}, with
     * {@code errors=[{"key":…,"message":…}]}; with neither, the failure is answered in XML (where bbb-web would use
     * its default logout URL). Unlike bbb-web, an unsigned join is never redirected: no open redirect.
     */
    static SandboxResponse joinFailure(QueryString q, ApiFailure failure) {
        boolean browser = !q.first("redirect").orElse("true").strip().equalsIgnoreCase("false");
        Optional<String> errorPage = q.nonBlank("errorRedirectUrl").or(() -> q.nonBlank("logoutURL"))
                .flatMap(Callbacks::httpUrl);
        if (browser && errorPage.isPresent()) {
            String errors = Json.write(List.of(Map.of("key", failure.key(), "message", failure.getMessage())));
            return SandboxResponse.redirect(302, Callbacks.appendQuery(errorPage.get(),
                    "errors=" + URLEncoder.encode(errors, StandardCharsets.UTF_8)));
        }
        return SandboxResponse.xml(XmlResponse.failed(failure.key(), failure.getMessage()));
    }

    SandboxResponse end(QueryString q) {
        Meeting m = registry.meeting(meetingId(q)).orElseThrow(ApiFailure::meetingNotFound);
        q.first("password").filter(pw -> !pw.equals(m.spec().moderatorPw())).ifPresent(pw -> {
            throw new ApiFailure("invalidPassword", "The supplied moderator password is incorrect.");
        });
        registry.end(m, clock.millis());
        return SandboxResponse.xml(new XmlResponse("SUCCESS")
                .element("messageKey", "sentEndMeetingRequest")
                .element("message", "A request to end the meeting was sent.  Please wait a few seconds, and then use"
                        + " the getMeetingInfo or isMeetingRunning API calls to verify that it was ended.")
                .build());
    }

    SandboxResponse isMeetingRunning(QueryString q) {
        boolean running = registry.meeting(meetingId(q)).map(Meeting::running).orElse(false);
        return SandboxResponse.xml(new XmlResponse("SUCCESS").element("running", running).build());
    }

    SandboxResponse getMeetingInfo(QueryString q) {
        Meeting m = registry.meeting(meetingId(q)).orElseThrow(ApiFailure::meetingNotFound);
        return SandboxResponse.xml(MeetingXml.info(m));
    }

    SandboxResponse getMeetings() {
        return SandboxResponse.xml(MeetingXml.list(registry.meetings()));
    }

    /** create's {@code guestPolicy}: ALWAYS_ACCEPT (the default), ALWAYS_DENY or ASK_MODERATOR. */
    private static String guestPolicy(QueryString q) {
        String policy = q.first("guestPolicy").orElse(Meeting.GUEST_ACCEPT).strip().toUpperCase(Locale.ROOT);
        if (!List.of(Meeting.GUEST_ACCEPT, Meeting.GUEST_DENY, Meeting.GUEST_ASK).contains(policy)) {
            throw new ApiFailure("invalidGuestPolicy", "guestPolicy must be ALWAYS_ACCEPT, ALWAYS_DENY or"
                    + " ASK_MODERATOR");
        }
        return policy;
    }

    private static String meetingId(QueryString q) {
        String id = q.nonBlank("meetingID")
                .orElseThrow(() -> new ApiFailure("missingParamMeetingID", "You must provide a meeting ID"));
        if (id.length() < 2 || id.length() > 256) {
            throw new ApiFailure("invalidMeetingIdentifier", "Meeting ID must be between 2 and 256 characters");
        }
        if (id.contains(",")) {
            throw new ApiFailure("invalidMeetingIdentifier", "Meeting ID cannot contain ','");
        }
        return id;
    }

    /** The role asked for ({@code role=MODERATOR|VIEWER}, any case), else the one the legacy password gives. */
    private static String role(QueryString q, Meeting m) {
        String role = q.first("role").orElse("").strip().toUpperCase(Locale.ROOT);
        if (role.equals(Attendee.MODERATOR) || role.equals(Attendee.VIEWER)) {
            return role;
        }
        String password = q.first("password").orElse("");
        if (password.equals(m.spec().moderatorPw())) {
            return Attendee.MODERATOR;
        }
        if (password.equals(m.spec().attendeePw())) {
            return Attendee.VIEWER;
        }
        throw new ApiFailure("invalidPassword", password.isEmpty()
                ? "You must send role=MODERATOR or role=VIEWER, or the meeting's attendee or moderator password."
                : "The provided password is neither a moderator or attendee password");
    }

    private static List<Presentation> presentations(String body, Optional<String> contentType) {
        if (body.isBlank()) {
            return List.of();
        }
        String type = contentType.orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/xml") && !type.startsWith("text/xml")) {
            throw new ApiFailure("unsupportedContentType", "POST request Content-Type is missing or unsupported");
        }
        try {
            return ModulesXml.presentations(body);
        } catch (IllegalArgumentException e) {
            throw new ApiFailure("validationError", "The create body is not a valid <modules> document ("
                    + e.getMessage() + "): send well-formed XML without a DTD, as application/xml");
        }
    }

    private static List<BreakoutGroup> groups(QueryString q) {
        try {
            return q.nonBlank("groups").map(BreakoutGroup::parse).orElse(List.of());
        } catch (IllegalArgumentException e) {
            throw new ApiFailure("validationError", "The groups parameter is not a JSON array of {id, name, roster} ("
                    + e.getMessage() + ")");
        }
    }

    private static int integer(QueryString q, String name) {
        try {
            return Math.max(0, Integer.parseInt(q.first(name).orElse("0").strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String alnum(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALNUM.charAt(RANDOM.nextInt(ALNUM.length())));
        }
        return s.toString();
    }
}
