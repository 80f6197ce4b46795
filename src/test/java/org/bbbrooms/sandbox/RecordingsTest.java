package org.bbbrooms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordingsTest {

    private final Sandbox sandbox = new Sandbox();

    @AfterEach
    void close() {
        sandbox.close();
    }

    /** A recorded meeting that one moderator joined for 30 minutes; returns its record ID. */
    private String recordedMeeting(String meetingId, String params) {
        String recordId = sandbox.create(meetingId, "&record=true" + params).text("/response/internalMeetingID");
        sandbox.join(meetingId, "teacher", "MODERATOR");
        sandbox.clock.advance(Duration.ofMinutes(30));
        sandbox.call("end", "meetingID=" + meetingId);
        return recordId;
    }

    private void processAll() {
        sandbox.clock.advance(Sandbox.PROCESSING);
        sandbox.server.sweep();
    }

    @Test
    void aRecordedMeetingLeavesARecordingThatIsProcessingThenPublished() {
        String recordId = recordedMeeting("m1", "&meta_bbb-context-name=Algebra");

        XmlDoc processing = sandbox.call("getRecordings", "meetingID=m1&state=processing");
        assertEquals(recordId, processing.text("/response/recordings/recording/recordID"));
        assertEquals("processing", processing.text("/response/recordings/recording/state"));
        assertEquals("false", processing.text("/response/recordings/recording/published"));
        assertEquals(0, processing.count("/response/recordings/recording/playback/format"));
        assertEquals("noRecordings", sandbox.call("getRecordings", "meetingID=m1").messageKey());

        sandbox.clock.advance(Sandbox.PROCESSING.minusSeconds(1));
        sandbox.server.sweep();
        assertEquals("noRecordings", sandbox.call("getRecordings", "meetingID=m1").messageKey());
        processAll();

        XmlDoc published = sandbox.call("getRecordings", "meetingID=m1");
        String r = "/response/recordings/recording";
        assertEquals("published", published.text(r + "/state"));
        assertEquals("true", published.text(r + "/published"));
        assertEquals("m1", published.text(r + "/meetingID"));
        assertEquals("Maths 101", published.text(r + "/name"));
        assertEquals("1", published.text(r + "/participants"));
        assertEquals("Algebra", published.text(r + "/metadata/bbb-context-name"));
        assertEquals("m1", published.text(r + "/metadata/meetingId"));
        assertEquals(List.of("presentation", "video"), published.texts(r + "/playback/format/type"));
        assertEquals(Sandbox.SANDBOX_URL + "/playback/presentation/2.3/" + recordId,
                published.text(r + "/playback/format[type='presentation']/url"));
        assertEquals("30", published.text(r + "/playback/format[1]/length"));
    }

    @Test
    void noRecordingWithoutRecordOrWithoutAnybodyJoining() {
        sandbox.create("plain", "");
        sandbox.join("plain", "u1", "VIEWER");
        sandbox.call("end", "meetingID=plain");
        sandbox.create("empty", "&record=true");
        sandbox.call("end", "meetingID=empty");
        processAll();

        assertEquals("noRecordings", sandbox.call("getRecordings", "state=any").messageKey());
    }

    @Test
    void getRecordingsFiltersByMeetingsRecordIdsStatesAndMetadata() {
        String r1 = recordedMeeting("m1", "&meta_course=A");
        String r2 = recordedMeeting("m2", "&meta_course=B");
        String r3 = recordedMeeting("m3", "&meta_course=A");
        processAll();
        sandbox.call("publishRecordings", "recordID=" + r2 + "&publish=false");

        assertEquals(List.of(r1, r3), ids("meetingID=m1,m3"));
        assertEquals(List.of(r2), ids("recordID=" + r2.substring(0, 20)));
        assertEquals(List.of(r1, r3), ids("meta_course=A"));
        assertEquals(List.of(r2), ids("state=unpublished"));
        assertEquals(List.of(r1, r2, r3), ids(""));
        assertEquals(List.of(r3), ids("recordID=" + r3 + "&meetingID=m1"));
    }

    @Test
    void getRecordingsPagesWithOffsetAndLimitAndCountsTheTotal() {
        String r1 = recordedMeeting("m1", "");
        String r2 = recordedMeeting("m2", "");
        String r3 = recordedMeeting("m3", "");
        processAll();

        XmlDoc first = sandbox.call("getRecordings", "limit=2");
        assertEquals(List.of(r1, r2), first.texts("/response/recordings/recording/recordID"));
        assertEquals("3", first.text("/response/totalElements"));
        assertEquals(List.of(r3), ids("offset=2&limit=2"));
        assertEquals(List.of(r1), ids("limit=0"));
        assertEquals(3, ids("limit=500").size());
        assertEquals("", sandbox.call("getRecordings", "").text("/response/totalElements"));
        assertEquals("validationError", sandbox.call("getRecordings", "limit=ten").messageKey());
    }

    @Test
    void publishUnpublishDeleteAndUpdate() {
        String id = recordedMeeting("m1", "&meta_title=Old");
        processAll();

        XmlDoc unpublished = sandbox.call("publishRecordings", "recordID=" + id + "&publish=false");
        assertEquals("false", unpublished.text("/response/published"));
        assertEquals("unpublished", state(id));
        sandbox.call("publishRecordings", "recordID=" + id + "&publish=true");
        assertEquals("published", state(id));

        XmlDoc updated = sandbox.call("updateRecordings", "recordID=" + id + "&meta_title=New&meta_extra=x");
        assertEquals("true", updated.text("/response/updated"));
        XmlDoc after = sandbox.call("getRecordings", "recordID=" + id);
        assertEquals("New", after.text("/response/recordings/recording/metadata/title"));
        sandbox.call("updateRecordings", "recordID=" + id + "&meta_extra=");
        assertEquals(0, sandbox.call("getRecordings", "recordID=" + id)
                .count("/response/recordings/recording/metadata/extra"));

        assertEquals("true", sandbox.call("deleteRecordings", "recordID=" + id).text("/response/deleted"));
        assertEquals("noRecordings", sandbox.call("getRecordings", "recordID=" + id).messageKey());
        assertEquals(List.of(id), ids("state=deleted"));
        assertEquals(List.of(id), ids("state=any"));
    }

    @Test
    void recordingCallsReportMissingAndUnknownRecordings() {
        assertEquals("missingParamRecordID", sandbox.call("publishRecordings", "publish=true").messageKey());
        assertEquals("missingParamRecordID", sandbox.call("deleteRecordings", "").messageKey());
        assertEquals("notFound", sandbox.call("publishRecordings", "recordID=nope&publish=true").messageKey());
        assertEquals("notFound", sandbox.call("deleteRecordings", "recordID=nope").messageKey());
        assertEquals("notFound", sandbox.call("updateRecordings", "recordID=nope&meta_a=b").messageKey());
        String id = recordedMeeting("m1", "");
        assertEquals("missingParamPublish", sandbox.call("publishRecordings", "recordID=" + id).messageKey());
        assertEquals("noRecordings", sandbox.call("getRecordings", "meetingID=other").messageKey());
    }

    @Test
    void theRecordingReadyCallbackCarriesAnHs256JwtOfMeetingAndRecordIds() throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            String url = receiver.url("/recording-ready?token=t1");
            String id = recordedMeeting("m1", "&meta_bbb-recording-ready-url="
                    + URLEncoder.encode(url, StandardCharsets.UTF_8));
            processAll();

            CallbackReceiver.Received ready = receiver.next();

            assertEquals("POST", ready.method());
            assertEquals("/recording-ready?token=t1", ready.uri().toString());
            assertTrue(ready.contentType().startsWith("application/x-www-form-urlencoded"));
            assertTrue(ready.body().startsWith("signed_parameters="), ready.body());
            String jwt = URLDecoder.decode(ready.body().substring("signed_parameters=".length()),
                    StandardCharsets.UTF_8);
            Map<String, Object> claims = JwtCheck.verify(jwt, "HS256", Sandbox.SECRET);
            assertEquals("m1", claims.get("meeting_id"));
            assertEquals(id, claims.get("record_id"));
        }
    }

    private String state(String recordId) {
        return sandbox.call("getRecordings", "recordID=" + recordId).text("/response/recordings/recording/state");
    }

    private List<String> ids(String query) {
        return sandbox.call("getRecordings", query).texts("/response/recordings/recording/recordID");
    }
}
