package org.bbbrooms.bbb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every call against fixtures shaped like the API documentation's examples, served over HTTP. */
class BbbClientCallsTest {

    private final FakeBbb bbb = new FakeBbb();
    private final BbbClient client = bbb.client();

    @AfterEach
    void stop() {
        bbb.close();
    }

    @Test
    void readsTheApiRootWithAndWithoutBbbVersion() {
        ApiVersion current = bbb.answer("/bigbluebutton/api", 200, "text/xml", FakeBbb.read("version")).client().version();
        assertEquals("2.0", current.version());
        assertEquals(Optional.of("3.0.4"), current.bbbVersion());
        assertTrue(current.isAtLeast(2, 4) && current.isAtLeast(3, 0) && !current.isAtLeast(3, 1));
        assertEquals(null, bbb.last().rawQuery(), "the root needs no checksum");

        ApiVersion legacy = bbb.answer("/bigbluebutton/api", 200, "text/xml", FakeBbb.read("version-legacy")).client().version();
        assertEquals(Optional.empty(), legacy.bbbVersion());
        assertTrue(legacy.isAtLeast(2, 0) && !legacy.isAtLeast(2, 4));
    }

    @Test
    void createsAMeetingByGet() {
        bbb.fixture("create", "create");
        CreateMeetingResponse created = client.create(CreateMeetingRequest.builder().meetingID("c42-r7").name("Physics 101")
                .record(true).duration(90).maxParticipants(30).logoutURL(URI.create("https://lms.example.org/course/42"))
                .meetingLayout(MeetingLayout.SMART_LAYOUT).guestPolicy(GuestPolicy.ASK_MODERATOR)
                .meta("bbb-origin", "bbb-rooms").parameter("lockSettingsDisableCam", "true").build());

        assertEquals("GET", bbb.last().method());
        assertTrue(bbb.last().rawQuery().startsWith("name=Physics+101&meetingID=c42-r7&logoutURL=https%3A%2F%2Flms.example.org"
                + "%2Fcourse%2F42&record=true&duration=90&maxParticipants=30&meetingLayout=SMART_LAYOUT&guestPolicy=ASK_MODERATOR"
                + "&meta_bbb-origin=bbb-rooms&lockSettingsDisableCam=true&checksum="), bbb.last().rawQuery());
        assertEquals("c42-r7", created.meetingID());
        assertEquals("640ab2bae07bedc4c163f679a746f7ab7fb5d1fa-1531155809613", created.internalMeetingID());
        assertEquals(1531155809613L, created.createTime());
        assertEquals("70757", created.voiceBridge());
        assertEquals("613-555-1234", created.dialNumber());
        assertFalse(created.duplicateWarning());
        assertFalse(created.hasBeenForciblyEnded());
        assertEquals(Optional.of("mp"), created.moderatorPW());
    }

    @Test
    void createsWithPresentationsByPostWithAModulesBody() {
        bbb.fixture("create", "create");
        client.create(CreateMeetingRequest.builder().meetingID("c42-r7").name("Physics 101")
                .presentation(new Presentation(URI.create("https://lms.example.org/files/7?x=1&y=2"), "slides \"v2\".pdf"))
                .presentation(new Presentation(URI.create("https://lms.example.org/files/8"), null)).build());

        FakeBbb.Seen post = bbb.last();
        assertEquals("POST", post.method());
        assertTrue(post.contentType().startsWith("application/xml"), post.contentType());
        assertEquals("<modules><module name=\"presentation\">"
                + "<document url=\"https://lms.example.org/files/7?x=1&amp;y=2\" filename=\"slides &quot;v2&quot;.pdf\"/>"
                + "<document url=\"https://lms.example.org/files/8\"/></module></modules>", post.body());
        assertTrue(post.rawQuery().startsWith("name=Physics+101&meetingID=c42-r7&checksum="), "the parameters stay signed in the URL");
    }

    @Test
    void aRepeatedCreateIsANormalAnswerWithDuplicateWarning() {
        bbb.fixture("create", "create-duplicateWarning");
        CreateMeetingResponse created = client.create(CreateMeetingRequest.builder().meetingID("Test").name("Test").build());
        assertTrue(created.duplicateWarning());
        assertTrue(created.hasUserJoined());
    }

    @Test
    void idNotUniqueIsAFailureWithItsKey() {
        bbb.fixture("create", "create-idNotUnique");
        BbbFailedException e = assertThrows(BbbFailedException.class,
                () -> client.create(CreateMeetingRequest.builder().meetingID("Test").name("Test").build()));
        assertEquals("idNotUnique", e.messageKey());
        assertEquals("create", e.call());
        assertTrue(e.bbbMessage().startsWith("A meeting already exists"), e.bbbMessage());
    }

    @Test
    void readsMeetingInfoWithAttendeesAndMetadata() {
        bbb.fixture("getMeetingInfo", "getMeetingInfo");
        MeetingInfo info = client.getMeetingInfo("gbesu6dht08uobpislzqxsizjzihn87cmewqyacs");

        assertEquals("meetingID=gbesu6dht08uobpislzqxsizjzihn87cmewqyacs", bbb.last().rawQuery().replaceAll("&checksum=.*", ""));
        assertEquals("Anton G's Room & Lab", info.meetingName());
        assertTrue(info.running() && info.recording() && info.hasUserJoined() && !info.hasBeenForciblyEnded() && !info.isBreakout());
        assertEquals(1715261728123L, info.createTime());
        assertEquals(Optional.of(Instant.ofEpochMilli(1715261728142L)), info.startTime());
        assertEquals(Optional.empty(), info.endTime(), "0 means not ended");
        assertEquals(List.of(2, 1, 1, 1, 1, 25), List.of(info.participantCount(), info.moderatorCount(), info.listenerCount(),
                info.voiceParticipantCount(), info.videoCount(), info.maxUsers()));
        assertEquals(List.of(
                new Attendee("w_ftcrsyuh44oj", "Anton G", Role.MODERATOR, true, false, true, true, "HTML5"),
                new Attendee("u-17", "Zoë Ça", Role.VIEWER, false, true, false, false, "HTML5")), info.attendees());
        assertEquals("greenlight", info.metadata().get("bbb-origin"));
        assertEquals("https://test30.bigbluebutton.org/meeting_ended", info.metadata().get("endcallbackurl"));
        assertEquals(5, info.metadata().size());
    }

    @Test
    void anUnknownMeetingIsNotFound() {
        bbb.fixture("getMeetingInfo", "notFound");
        BbbFailedException e = assertThrows(BbbFailedException.class, () -> client.getMeetingInfo("gone-meeting"));
        assertEquals("notFound", e.messageKey());
    }

    @Test
    void listsMeetingsAndReadsNoMeetingsAsEmpty() {
        bbb.fixture("getMeetings", "getMeetings");
        List<MeetingInfo> meetings = client.getMeetings();
        assertEquals(List.of("Demo Meeting", "c42-r7"), meetings.stream().map(MeetingInfo::meetingID).toList());
        assertTrue(meetings.get(0).attendees().isEmpty() && meetings.get(0).metadata().isEmpty());
        assertEquals("Ada Lovelace", meetings.get(1).attendees().get(0).fullName());
        assertEquals(Map.of("bbb-origin", "bbb-rooms"), meetings.get(1).metadata());

        bbb.fixture("getMeetings", "getMeetings-noMeetings");
        assertEquals(List.of(), client.getMeetings());
    }

    @Test
    void asksWhetherAMeetingIsRunningAndEndsIt() {
        bbb.fixture("isMeetingRunning", "isMeetingRunning").fixture("end", "end");
        assertTrue(client.isMeetingRunning("c42-r7"));
        client.end(new EndRequest("c42-r7", "mp-legacy"));
        assertTrue(bbb.last().rawQuery().startsWith("meetingID=c42-r7&password=mp-legacy&checksum="), bbb.last().rawQuery());
    }

    @Test
    void readsSeveralRecordingsWithSeveralFormatsEach() {
        bbb.fixture("getRecordings", "getRecordings");
        RecordingsPage page = client.getRecordings(GetRecordingsRequest.builder()
                .meetingIDs(List.of("c637ba21adcd0191f48f5c4bf23fab0f96ed5c18", "c42-r7")).state(RecordingState.UNPUBLISHED)
                .state(RecordingState.PUBLISHED).meta("bbb-context-id", "course-42").offset(0).limit(2).build());

        assertEquals("meetingID=c637ba21adcd0191f48f5c4bf23fab0f96ed5c18%2Cc42-r7&state=published%2Cunpublished"
                + "&meta_bbb-context-id=course-42&offset=0&limit=2", bbb.last().rawQuery().replaceAll("&checksum=.*", ""));
        assertEquals(Optional.of(12L), page.totalElements());
        assertTrue(page.hasMoreAfter(0) && !page.hasMoreAfter(10));
        assertEquals(2, page.recordings().size());

        Recording first = page.recordings().get(0);
        assertEquals("ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124", first.recordID());
        assertEquals("Fred's Room", first.name());
        assertTrue(first.published());
        assertEquals("published", first.state());
        assertEquals(Optional.of(Instant.ofEpochMilli(1530718810456L)), first.endTime());
        assertEquals(3, first.participants());
        assertEquals(Optional.of(1104836L), first.size());
        assertEquals(Optional.of(951067L), first.rawSize());
        assertEquals("false", first.metadata().get("gl-listed"));
        assertEquals(List.of("podcast", "presentation"), first.formats().stream().map(PlaybackFormat::type).toList());
        PlaybackFormat presentation = first.formats().get(1);
        assertEquals(7177L, presentation.processingTime());
        assertEquals(2, presentation.previewImages().size());
        assertEquals(new PreviewImage(URI.create("https://demo.bigbluebutton.org/presentation/ffbfc4cc24428694e8b53a4e144f414052431693"
                + "-1530718721124/presentation/d2d9a672040fbde2a47a10bf6c37b6a4b5ae187f-1530718721134/thumbnails/thumb-1.png"),
                "Welcome to", 176, 136), presentation.previewImages().get(0));

        Recording second = page.recordings().get(1);
        assertEquals("Fred's Room & friends", second.name());
        assertFalse(second.published());
        assertEquals("unpublished", second.state());
        assertEquals(Optional.empty(), second.size());
        assertEquals(List.of("podcast", "video"), second.formats().stream().map(PlaybackFormat::type).toList());
        assertEquals(33, second.formats().get(1).length());
    }

    @Test
    void noRecordingsIsAnEmptyPage() {
        bbb.fixture("getRecordings", "getRecordings-noRecordings");
        RecordingsPage page = client.getRecordings(GetRecordingsRequest.builder().build());
        assertEquals(List.of(), page.recordings());
        assertFalse(page.hasMoreAfter(0));
        assertEquals("", bbb.last().rawQuery().replaceAll("checksum=.*", ""));
    }

    @Test
    void publishesDeletesAndUpdatesRecordings() {
        bbb.fixture("publishRecordings", "publishRecordings").fixture("deleteRecordings", "deleteRecordings")
                .fixture("updateRecordings", "updateRecordings");
        List<String> ids = List.of("rec-1", "rec-2");

        assertTrue(client.publishRecordings(ids, false).published());
        assertTrue(bbb.last().rawQuery().startsWith("recordID=rec-1%2Crec-2&publish=false&checksum="), bbb.last().rawQuery());
        assertTrue(client.deleteRecordings(ids).deleted());
        assertTrue(bbb.last().rawQuery().startsWith("recordID=rec-1%2Crec-2&checksum="), bbb.last().rawQuery());
        assertTrue(client.updateRecordings(ids, Map.of("bbb-context-name", "Physique 101")).updated());
        assertTrue(bbb.last().rawQuery().startsWith("recordID=rec-1%2Crec-2&meta_bbb-context-name=Physique+101&checksum="));
    }

    @Test
    void aWrongSecretIsAChecksumError() {
        bbb.fixture("getMeetings", "checksumError");
        BbbFailedException e = assertThrows(BbbFailedException.class, client::getMeetings);
        assertEquals("checksumError", e.messageKey());
        assertEquals("BBB refused getMeetings: checksumError (Checksums do not match): check the shared secret "
                + "('bbb-conf --secret' prints it) and that the server accepts SHA256 checksums (SHA256 works with "
                + "every BBB 2.x and Scalelite)", e.getMessage());
    }

    @Test
    void readsTheKeyOfErrorListsInBothShapes() {
        bbb.fixture("getMeetingInfo", "errors-list");
        assertEquals("maxParticipantsReached",
                assertThrows(BbbFailedException.class, () -> client.getMeetingInfo("c42-r7")).messageKey());
        bbb.fixture("getMeetingInfo", "errors-attributes");
        BbbFailedException e = assertThrows(BbbFailedException.class, () -> client.getMeetingInfo("c42-r7"));
        assertEquals("mismatchCreateTimeParam", e.messageKey());
        assertTrue(e.bbbMessage().startsWith("The createTime parameter"), e.bbbMessage());
    }
}
