package org.bbbrooms.bbb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bbbrooms.sandbox.CallbackSender;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.sandbox.SandboxHttpServer;
import org.bbbrooms.sandbox.SandboxMode;
import org.bbbrooms.sandbox.SandboxRouter;
import org.bbbrooms.sandbox.SandboxServer;
import org.bbbrooms.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real client against the real sandbox over HTTP: two peers written apart, so that each catches the other's
 * misreading of the BBB API. Every call, every error key, the encoding of awkward text and the failure modes; all
 * of it against one BBB server and against Scalelite (the sandbox in Scalelite mode), where a few answers differ.
 */
@ParameterizedClass
@EnumSource(SandboxMode.class)
class ClientAgainstSandboxTest {

    @Parameter
    SandboxMode mode;

    private static final String SECRET = "e2e-5f0c1d7a-shared-secret";
    private static final Duration PROCESSING = Duration.ofSeconds(10);
    private static final URI LOGOUT = URI.create("https://lms.example.org/course/42");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private SandboxServer sandbox;
    private SandboxHttpServer http;
    private BbbClient bbb;

    @BeforeEach
    void start() throws IOException {
        startSandbox(EnumSet.allOf(org.bbbrooms.sandbox.ChecksumAlgorithm.class));
    }

    @AfterEach
    void stop() {
        http.close();
        sandbox.close();
        scheduler.shutdownNow();
    }

    private void startSandbox(Set<org.bbbrooms.sandbox.ChecksumAlgorithm> accepted) throws IOException {
        if (http != null) {
            http.close();
            sandbox.close();
        }
        sandbox = new SandboxServer(new SandboxSettings(SECRET, accepted, Duration.ZERO, Duration.ofMinutes(5),
                Duration.ofMinutes(1), PROCESSING).behind(mode, ""), clock, scheduler,
                new CallbackSender(Duration.ofSeconds(2)));
        http = SandboxHttpServer.start(new SandboxRouter(sandbox));
        bbb = client(b -> b);
    }

    private BbbClient client(UnaryOperator<BbbClient.Builder> settings) {
        return settings.apply(BbbClient.builder()
                .serverUrl(BbbServerUrl.parse(http.contextUrl() + "/sandbox/bigbluebutton/"))
                .secret(Secret.of(SECRET))).build();
    }

    private static CreateMeetingRequest.Builder meeting(String meetingID) {
        return CreateMeetingRequest.builder().meetingID(meetingID).name("Physics 201").logoutURL(LOGOUT);
    }

    private static JoinRequest.Builder join(String meetingID, String userID, Role role) {
        return JoinRequest.builder().meetingID(meetingID).userID(userID).fullName("User " + userID).role(role);
    }

    /** Follows a join link as a browser does: through the redirect, to the conference page. */
    private Page follow(URI link) throws Exception {
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(link).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Page(r.uri(), r.statusCode(), r.body());
    }

    /** A join link sent with {@code redirect=false}, which BBB answers in XML: the messageKey of a refusal. */
    private String refusedJoin(JoinRequest.Builder request) throws Exception {
        Page answer = follow(bbb.joinUrl(request.redirect(false).build()));
        assertEquals(200, answer.status(), "BBB refuses with HTTP 200");
        assertTrue(answer.body().contains("<returncode>FAILED</returncode>"), answer.body());
        return answer.between("<messageKey>", "</messageKey>");
    }

    private static <T extends BbbException> T fails(Class<T> type, Executable call) {
        T e = assertThrows(type, call);
        assertFalse(e.getMessage().contains(SECRET), "the secret stays out of messages: " + e.getMessage());
        assertFalse(e.getMessage().matches("(?s).*[0-9a-f]{40}.*"), "no checksum in messages: " + e.getMessage());
        return e;
    }

    private static String failedKey(Executable call) {
        return fails(BbbFailedException.class, call).messageKey();
    }

    private boolean behindScalelite() {
        return mode == SandboxMode.SCALELITE;
    }

    @Test
    void theApiRootAnswersTheVersionProbe() {
        ApiVersion version = bbb.version();

        assertEquals("2.0", version.version());
        assertEquals(!behindScalelite(), version.bbbVersion().isPresent(),
                "the sandbox speaks for a BBB 2.4+ server; Scalelite does not say which BBB is behind it");
        assertEquals(!behindScalelite(), version.isAtLeast(2, 4));
    }

    @Test
    void sha384IsTakenByBbbAndRefusedByScaleliteWhichTakesSha256AndSha1() {
        BbbClient sha384 = client(b -> b.algorithm(ChecksumAlgorithm.SHA384));

        if (behindScalelite()) {
            assertEquals("checksumError", failedKey(sha384::getMeetings));
        } else {
            assertEquals(List.of(), sha384.getMeetings());
        }
        for (ChecksumAlgorithm fallback : List.of(ChecksumAlgorithm.SHA256, ChecksumAlgorithm.SHA1)) {
            assertEquals(List.of(), client(b -> b.algorithm(fallback)).getMeetings(), fallback.name());
        }
    }

    @Test
    void aJoinOfAMeetingNotCreatedIsRefused() throws Exception {
        assertEquals(behindScalelite() ? "notFound" : "invalidMeetingIdentifier",
                refusedJoin(join("never-created", "s1", Role.VIEWER)));
    }

    @Test
    void createIsIdempotentAndSaysDuplicateWarning() {
        CreateMeetingResponse first = bbb.create(meeting("c42-r7").build());
        CreateMeetingResponse again = bbb.create(meeting("c42-r7").build());

        assertEquals("c42-r7", first.meetingID());
        assertFalse(first.duplicateWarning());
        assertTrue(first.createTime() > 0);
        assertTrue(again.duplicateWarning(), "a repeated create is a normal answer");
        assertEquals(first.createTime(), again.createTime(), "the same meeting, not a new one");
        assertEquals(first.internalMeetingID(), again.internalMeetingID());
    }

    @Test
    void aRepeatedCreateWithOtherPasswordsIsIdNotUnique() {
        bbb.create(meeting("legacy").attendeePW("ap-1").moderatorPW("mp-1").build());

        assertTrue(bbb.create(meeting("legacy").attendeePW("ap-1").moderatorPW("mp-1").build()).duplicateWarning());
        BbbFailedException e = fails(BbbFailedException.class,
                () -> bbb.create(meeting("legacy").attendeePW("ap-2").moderatorPW("mp-2").build()));
        assertEquals("idNotUnique", e.messageKey());
        assertEquals("create", e.call());
        assertTrue(e.getMessage().contains("idNotUnique") && e.getMessage().contains("different meeting ID"),
                e.getMessage());
        assertFalse(e.getMessage().contains("ap-2"), "no password in the message");
    }

    @Test
    void createByPostPreUploadsThePresentationsThatTheConferenceShows() throws Exception {
        CreateMeetingResponse created = bbb.create(meeting("slides").presentation(
                new Presentation(URI.create("https://lms.example.org/files/week1.pdf"), null))
                .presentation(new Presentation(URI.create("https://lms.example.org/file?id=9"), "exercises.pptx"))
                .build());

        Page page = follow(bbb.joinUrl(join("slides", "t1", Role.MODERATOR).createTime(created.createTime()).build()));
        assertEquals(List.of("week1.pdf", "exercises.pptx"), page.items("sandbox-presentations").stream()
                .map(item -> item.replaceFirst(" \\((not downloaded yet|download failed, HTTP \\d+)\\)$", "")).toList(),
                "each with what became of its download (lms.example.org serves none of them)");
    }

    @Test
    void aJoinLinkByRoleLeadsToTheConferencePage() throws Exception {
        CreateMeetingResponse created = bbb.create(meeting("c42-r7").build());

        Page teacher = follow(bbb.joinUrl(JoinRequest.builder().meetingID("c42-r7").fullName("Thomas Teacher")
                .userID("t1").role(Role.MODERATOR).createTime(created.createTime()).build()));
        Page student = follow(bbb.joinUrl(JoinRequest.builder().meetingID("c42-r7").fullName("Sam Student")
                .userID("s1").role(Role.VIEWER).createTime(created.createTime()).build()));

        assertEquals(200, teacher.status());
        assertEquals("/sandbox/conference", teacher.uri().getPath(), "the join redirected to the conference");
        assertEquals("Physics 201", teacher.text("sandbox-meeting-name"));
        assertEquals("Thomas Teacher", teacher.text("sandbox-user-name"));
        assertEquals("MODERATOR", teacher.attribute("sandbox-role", "data-role"));
        assertEquals("VIEWER", student.attribute("sandbox-role", "data-role"));
        assertTrue(teacher.body().contains("id=\"sandbox-end\""), "moderators may end the meeting");
        assertFalse(student.body().contains("id=\"sandbox-end\""), "viewers may not");

        MeetingInfo info = bbb.getMeetingInfo("c42-r7");
        assertTrue(info.running());
        assertTrue(info.hasUserJoined());
        assertTrue(info.startTime().isPresent());
        assertEquals(2, info.participantCount());
        assertEquals(1, info.moderatorCount());
        assertEquals(Map.of("t1", Role.MODERATOR, "s1", Role.VIEWER), roles(info));
        assertEquals("Sam Student", info.attendees().get(1).fullName());
    }

    private static Map<String, Role> roles(MeetingInfo info) {
        return info.attendees().stream().collect(Collectors.toMap(Attendee::userID, Attendee::role));
    }

    @Test
    void aJoinLinkByLegacyPasswordGetsThatPasswordsRole() throws Exception {
        bbb.create(meeting("legacy").attendeePW("ap-1").moderatorPW("mp-1").build());

        Page moderator = follow(bbb.joinUrl(JoinRequest.builder().meetingID("legacy").fullName("Ada")
                .password("mp-1").build()));
        Page viewer = follow(bbb.joinUrl(JoinRequest.builder().meetingID("legacy").fullName("Bob")
                .password("ap-1").build()));

        assertEquals("MODERATOR", moderator.attribute("sandbox-role", "data-role"));
        assertEquals("VIEWER", viewer.attribute("sandbox-role", "data-role"));
        assertEquals("invalidPassword", refusedJoin(JoinRequest.builder().meetingID("legacy").fullName("Eve")
                .password("guess")));
        assertEquals(2, bbb.getMeetingInfo("legacy").participantCount(), "the refused user is not in");
    }

    @Test
    void aFullMeetingRefusesNewcomersWithMaxParticipantsReached() throws Exception {
        bbb.create(meeting("small").maxParticipants(1).build());
        follow(bbb.joinUrl(join("small", "s1", Role.VIEWER).build()));

        assertEquals("maxParticipantsReached", refusedJoin(join("small", "s2", Role.VIEWER)));
        assertEquals(200, follow(bbb.joinUrl(join("small", "s1", Role.VIEWER).build())).status(),
                "who is already in may come back (a reload)");
        assertEquals(List.of("s1"), bbb.getMeetingInfo("small").attendees().stream().map(Attendee::userID).toList());
    }

    @Test
    void aJoinLinkKeptFromAnEarlierSessionIsMismatchCreateTimeParam() throws Exception {
        long earlier = bbb.create(meeting("weekly").build()).createTime();
        bbb.end(EndRequest.of("weekly"));
        clock.advance(Duration.ofDays(7));
        long now = bbb.create(meeting("weekly").build()).createTime();

        assertEquals("mismatchCreateTimeParam", refusedJoin(join("weekly", "s1", Role.VIEWER).createTime(earlier)));
        assertEquals(200, follow(bbb.joinUrl(join("weekly", "s1", Role.VIEWER).createTime(now).build())).status());
    }

    @Test
    void aBrowserWhoseJoinFailsIsSentToTheErrorRedirectUrlWithTheErrors() throws Exception {
        bbb.create(meeting("small").maxParticipants(1).build());
        follow(bbb.joinUrl(join("small", "s1", Role.VIEWER).build()));
        URI errorPage = URI.create(http.contextUrl() + "/sandbox/stats?from=join");

        Page landed = follow(bbb.joinUrl(join("small", "s2", Role.VIEWER).errorRedirectUrl(errorPage).build()));

        assertEquals(errorPage.getPath(), landed.uri().getPath());
        String query = URLDecoder.decode(landed.uri().getRawQuery(), StandardCharsets.UTF_8);
        assertTrue(query.startsWith("from=join&errors=[{"), query);
        assertTrue(query.contains("\"key\":\"maxParticipantsReached\""), query);
    }

    @Test
    void endStopsTheMeetingWhichThenIsNotFound() throws Exception {
        bbb.create(meeting("c42-r7").build());
        assertFalse(bbb.isMeetingRunning("c42-r7"), "created, but nobody joined yet");
        follow(bbb.joinUrl(join("c42-r7", "t1", Role.MODERATOR).build()));
        assertTrue(bbb.isMeetingRunning("c42-r7"));
        assertEquals(List.of("c42-r7"), bbb.getMeetings().stream().map(MeetingInfo::meetingID).toList());

        bbb.end(EndRequest.of("c42-r7"));

        assertFalse(bbb.isMeetingRunning("c42-r7"));
        assertEquals("notFound", failedKey(() -> bbb.getMeetingInfo("c42-r7")));
        assertEquals("notFound", failedKey(() -> bbb.end(EndRequest.of("c42-r7"))));
        assertEquals(List.of(), bbb.getMeetings(), "noMeetings is an empty list, not an error");
        assertFalse(bbb.isMeetingRunning("never-created"));
    }

    @Test
    void getMeetingInfoEchoesTheMetadataWithLowercasedKeys() throws Exception {
        bbb.create(meeting("c42-r7").meta("bbb-Origin", "bbb-rooms").meta("bbb-context-name", "Algebra").build());
        follow(bbb.joinUrl(join("c42-r7", "t1", Role.MODERATOR).build()));

        MeetingInfo info = bbb.getMeetingInfo("c42-r7");
        assertEquals("Physics 201", info.meetingName());
        assertEquals(Map.of("bbb-origin", "bbb-rooms", "bbb-context-name", "Algebra"), info.metadata());
        assertEquals(info, bbb.getMeetings().get(0), "getMeetings reports the same as getMeetingInfo");
    }

    @Test
    void valuesWithAwkwardCharactersRoundTrip() throws Exception {
        String awkward = "Cours d'été: maths + physique & co = 100% *fun* (vraiment!) ~ 🎓 Zoë";
        String welcome = "Bienvenue a=b&c=d; 'quoted' *star* +plus+ 👋";
        CreateMeetingResponse created = bbb.create(meeting("awkward").name(awkward).welcome(welcome)
                .meta("bbb-context-name", awkward).build());

        Page page = follow(bbb.joinUrl(JoinRequest.builder().meetingID("awkward").fullName(awkward).userID("u 1+2")
                .role(Role.MODERATOR).createTime(created.createTime()).build()));

        assertEquals(awkward, page.text("sandbox-meeting-name"));
        assertEquals(awkward, page.text("sandbox-user-name"));
        assertEquals(welcome, page.text("sandbox-welcome"));
        MeetingInfo info = bbb.getMeetingInfo("awkward");
        assertEquals(awkward, info.meetingName());
        assertEquals(awkward, info.metadata().get("bbb-context-name"));
        assertEquals(awkward, info.attendees().get(0).fullName());
        assertEquals("u 1+2", info.attendees().get(0).userID());
    }

    /** A recorded meeting that a moderator attended for 30 minutes, now ended; returns its record ID. */
    private String recordedMeeting(String meetingID, String context) throws Exception {
        CreateMeetingResponse created = bbb.create(meeting(meetingID).record(true).meta("bbb-origin", "bbb-rooms")
                .meta("bbb-context-name", context).build());
        follow(bbb.joinUrl(join(meetingID, "t1", Role.MODERATOR).build()));
        clock.advance(Duration.ofMinutes(30));
        bbb.end(EndRequest.of(meetingID));
        return created.internalMeetingID();
    }

    /** Lets the sandbox's processing time pass, as its scheduler would. */
    private void processRecordings() {
        clock.advance(PROCESSING);
        sandbox.sweep();
    }

    private Recording single(GetRecordingsRequest.Builder filter) {
        List<Recording> found = bbb.getRecordings(filter.build()).recordings();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private Set<String> ids(GetRecordingsRequest.Builder filter) {
        return bbb.getRecordings(filter.build()).recordings().stream().map(Recording::recordID)
                .collect(Collectors.toSet());
    }

    private static GetRecordingsRequest.Builder recordings() {
        return GetRecordingsRequest.builder();
    }

    @Test
    void aRecordedMeetingLeavesARecordingThatIsProcessingThenPublished() throws Exception {
        String recordID = recordedMeeting("c42-r7", "Algebra");

        assertEquals(Set.of(), ids(recordings().meetingIDs(List.of("c42-r7"))), "noRecordings while processing");
        Recording processing = single(recordings().meetingIDs(List.of("c42-r7")).state(RecordingState.PROCESSING));
        assertEquals("processing", processing.state());
        assertFalse(processing.published());
        assertEquals(List.of(), processing.formats());

        processRecordings();

        Recording published = single(recordings().meetingIDs(List.of("c42-r7")));
        assertEquals(recordID, published.recordID());
        assertEquals("c42-r7", published.meetingID());
        assertEquals("Physics 201", published.name());
        assertEquals("published", published.state());
        assertTrue(published.published());
        assertEquals(1, published.participants());
        assertEquals(Duration.ofMinutes(30), Duration.between(published.startTime().orElseThrow(),
                published.endTime().orElseThrow()));
        assertEquals("Algebra", published.metadata().get("bbb-context-name"));
        assertEquals("bbb-rooms", published.metadata().get("bbb-origin"));
        assertEquals(List.of("presentation", "video"), published.formats().stream().map(PlaybackFormat::type).toList());
        for (PlaybackFormat format : published.formats()) {
            assertEquals(30, format.length());
            assertEquals(200, follow(format.url()).status(), "the playback page of " + format.type());
        }
    }

    @Test
    void getRecordingsFiltersByIdListsStateAndMetadataAndPages() throws Exception {
        String algebra = recordedMeeting("m-algebra", "Algebra");
        String geometry = recordedMeeting("m-geometry", "Geometry");
        String optics = recordedMeeting("m-optics", "Optics");
        processRecordings();

        assertEquals(Set.of(algebra, optics), ids(recordings().meetingIDs(List.of("m-algebra", "m-optics"))));
        assertEquals(Set.of(geometry, optics), ids(recordings().recordIDs(List.of(geometry, optics))));
        List<String> all = List.of("m-algebra", "m-geometry", "m-optics");
        assertEquals(Set.of(geometry), ids(recordings().meetingIDs(all).meta("bbb-context-name", "Geometry")));
        assertEquals(Set.of(), ids(recordings().meetingIDs(all).meta("bbb-context-name", "Chemistry")));

        RecordingsPage first = bbb.getRecordings(recordings().meetingIDs(all).offset(0).limit(2).build());
        RecordingsPage second = bbb.getRecordings(recordings().meetingIDs(all).offset(2).limit(2).build());
        if (behindScalelite()) {
            assertEquals(List.of(optics, geometry, algebra), first.recordings().stream().map(Recording::recordID)
                    .toList(), "Scalelite ignores offset and limit, and lists the newest first");
            assertEquals(first, second);
            assertEquals(Optional.empty(), first.totalElements());
            assertFalse(first.hasMoreAfter(0));
            assertEquals("missingParameters", failedKey(() -> bbb.getRecordings(recordings().build())),
                    "and refuses to list every recording");
            assertEquals("missingParameters",
                    failedKey(() -> bbb.getRecordings(recordings().meta("bbb-context-name", "Geometry").build())));
        } else {
            assertEquals(2, first.recordings().size());
            assertEquals(Optional.of(3L), first.totalElements());
            assertTrue(first.hasMoreAfter(0));
            assertEquals(1, second.recordings().size());
            assertFalse(second.hasMoreAfter(2));
            assertEquals(Set.of(algebra, geometry, optics), Stream.concat(first.recordings().stream(),
                    second.recordings().stream()).map(Recording::recordID).collect(Collectors.toSet()));
            assertEquals(Set.of(geometry), ids(recordings().meta("bbb-context-name", "Geometry")));
        }

        bbb.publishRecordings(List.of(algebra), false);
        assertEquals(Set.of(geometry, optics), ids(recordings().meetingIDs(all).state(RecordingState.PUBLISHED)));
        assertEquals(Set.of(algebra), ids(recordings().meetingIDs(all).state(RecordingState.UNPUBLISHED)));
        assertEquals(Set.of(algebra, geometry, optics), ids(recordings().meetingIDs(all)),
                "by default published and unpublished");
    }

    @Test
    void publishUpdateAndDeleteChangeTheRecordingOnTheServer() throws Exception {
        String id = recordedMeeting("c42-r7", "Algebra");
        processRecordings();

        assertFalse(bbb.publishRecordings(List.of(id), false).published());
        assertEquals("unpublished", single(recordings().recordIDs(List.of(id))).state());
        assertTrue(bbb.publishRecordings(List.of(id), true).published());
        assertTrue(single(recordings().recordIDs(List.of(id))).published());

        assertTrue(bbb.updateRecordings(List.of(id), Map.of("bbb-context-name", "Geometry", "note", "week 2"))
                .updated());
        Map<String, String> updated = single(recordings().recordIDs(List.of(id))).metadata();
        assertEquals("Geometry", updated.get("bbb-context-name"));
        assertEquals("week 2", updated.get("note"));
        bbb.updateRecordings(List.of(id), Map.of("note", ""));
        assertFalse(single(recordings().recordIDs(List.of(id))).metadata().containsKey("note"), "empty removes");

        assertTrue(bbb.deleteRecordings(List.of(id)).deleted());
        assertEquals(Set.of(), ids(recordings().recordIDs(List.of(id))));
        assertEquals("deleted", single(recordings().recordIDs(List.of(id)).state(RecordingState.DELETED)).state());

        List<String> unknown = List.of("no-such-recording");
        assertEquals("notFound", failedKey(() -> bbb.publishRecordings(unknown, true)));
        assertEquals("notFound", failedKey(() -> bbb.updateRecordings(unknown, Map.of("note", "x"))));
        assertEquals("notFound", failedKey(() -> bbb.deleteRecordings(unknown)));
    }

    @Test
    void aWrongSecretIsAChecksumError() {
        BbbClient wrong = client(b -> b.secret(Secret.of("not-the-secret")));

        BbbFailedException e = fails(BbbFailedException.class, wrong::getMeetings);
        assertEquals("checksumError", e.messageKey());
        assertTrue(e.getMessage().contains("shared secret"), "says what to check: " + e.getMessage());
        assertEquals(List.of(), bbb.getMeetings(), "the right secret works");
    }

    @Test
    void anAlgorithmTheServerDoesNotAcceptIsAChecksumErrorThatSaysSo() throws IOException {
        startSandbox(EnumSet.of(org.bbbrooms.sandbox.ChecksumAlgorithm.SHA1,
                org.bbbrooms.sandbox.ChecksumAlgorithm.SHA256));

        BbbFailedException e = fails(BbbFailedException.class,
                () -> client(b -> b.algorithm(ChecksumAlgorithm.SHA384)).getMeetings());
        assertEquals("checksumError", e.messageKey());
        assertTrue(e.getMessage().contains("SHA384"), "names the algorithm to change: " + e.getMessage());
        assertEquals("checksumError",
                failedKey(() -> client(b -> b.algorithm(ChecksumAlgorithm.SHA512)).getMeetings()));
        for (ChecksumAlgorithm accepted : List.of(ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA256)) {
            assertEquals(List.of(), client(b -> b.algorithm(accepted)).getMeetings(), accepted.name());
        }
    }

    @Test
    void aProxysBadGatewayPageIsAProtocolError() throws Exception {
        arm("getMeetings", "bad_gateway");

        BbbProtocolException e = fails(BbbProtocolException.class, bbb::getMeetings);
        assertTrue(e.getMessage().contains("HTTP 502") && e.getMessage().contains("502 Bad Gateway"), e.getMessage());
        assertEquals(List.of(), bbb.getMeetings(), "the fault was for one call");
    }

    @Test
    void anHtmlPageInsteadOfXmlIsAProtocolError() throws Exception {
        arm("getMeetingInfo", "html");

        BbbProtocolException e = fails(BbbProtocolException.class, () -> bbb.getMeetingInfo("c42-r7"));
        assertTrue(e.getMessage().contains("HTTP 200") && e.getMessage().contains("an HTML page, not BBB XML"),
                e.getMessage());
    }

    @Test
    void anEmptyAnswerIsAProtocolError() throws Exception {
        arm("create", "empty");

        BbbProtocolException e = fails(BbbProtocolException.class, () -> bbb.create(meeting("c42-r7").build()));
        assertTrue(e.getMessage().contains("gave no valid answer to create: HTTP 200"), e.getMessage());
        assertTrue(e.getMessage().endsWith("an empty body"), e.getMessage());
    }

    @Test
    void aServerThatHangsIsUnreachableByTimeout() throws Exception {
        arm("isMeetingRunning", "hang");
        BbbClient impatient = client(b -> b.requestTimeout(Duration.ofMillis(300)));

        BbbUnreachableException e = fails(BbbUnreachableException.class, () -> impatient.isMeetingRunning("c42-r7"));
        assertTrue(e.isTimeout());
        assertTrue(e.getMessage().contains("unreachable for isMeetingRunning: no complete answer within 300 ms"),
                e.getMessage());
        assertFalse(impatient.isMeetingRunning("c42-r7"), "the next call is answered");
    }

    /** Arms a fault for the next call of {@code call}, through the sandbox's HTTP endpoint. */
    private void arm(String call, String mode) throws Exception {
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(http.contextUrl()
                + "/sandbox/stats/faults")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("call=" + call + "&mode=" + mode + "&hangMillis=3000"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
    }

    /** A conference page or other answer, read as a test reads it: by element id. */
    private record Page(URI uri, int status, String body) {

        String text(String id) {
            return unescape(group("id=\"" + id + "\"[^>]*>([^<]*)<"));
        }

        String attribute(String id, String attribute) {
            return unescape(group("id=\"" + id + "\"[^>]*\\b" + attribute + "=\"([^\"]*)\""));
        }

        List<String> items(String id) {
            String list = group("(?s)id=\"" + id + "\"[^>]*>(.*?)</ul>");
            return Pattern.compile("<li[^>]*>([^<]*)</li>").matcher(list).results().map(m -> unescape(m.group(1)))
                    .toList();
        }

        String between(String start, String end) {
            return group(Pattern.quote(start) + "(.*?)" + Pattern.quote(end));
        }

        private String group(String regex) {
            Matcher m = Pattern.compile(regex).matcher(body);
            assertTrue(m.find(), "no " + regex + " in " + body);
            return m.group(1);
        }

        private static String unescape(String html) {
            return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&");
        }
    }
}
