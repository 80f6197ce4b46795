package org.bbbrooms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CreateAndEndTest {

    private final Sandbox sandbox = new Sandbox();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void createAnswersTheMeetingAsBbbWebDoes() {
        XmlDoc created = sandbox.create("m1", "&attendeePW=ap&moderatorPW=mp");

        assertEquals("SUCCESS", created.returnCode());
        assertEquals("m1", created.text("/response/meetingID"));
        String createTime = created.text("/response/createTime");
        assertEquals(String.valueOf(sandbox.clock.millis()), createTime);
        assertTrue(created.text("/response/internalMeetingID").endsWith("-" + createTime));
        assertEquals("ap", created.text("/response/attendeePW"));
        assertEquals("mp", created.text("/response/moderatorPW"));
        assertEquals("false", created.text("/response/hasUserJoined"));
        assertEquals("Sat Mar 01 10:00:00 UTC 2025", created.text("/response/createDate"));
        assertTrue(created.text("/response/voiceBridge").matches("\\d{5}"));
    }

    @Test
    void createIsIdempotentWithADuplicateWarning() {
        String first = sandbox.create("m1", "&attendeePW=ap&moderatorPW=mp").text("/response/createTime");
        sandbox.clock.advance(Duration.ofSeconds(30));

        XmlDoc again = sandbox.create("m1", "&attendeePW=ap&moderatorPW=mp");
        XmlDoc withoutPasswords = sandbox.create("m1", "");

        assertEquals("SUCCESS", again.returnCode());
        assertEquals("duplicateWarning", again.messageKey());
        assertEquals(first, again.text("/response/createTime"));
        assertEquals("duplicateWarning", withoutPasswords.messageKey());
    }

    @Test
    void createWithOtherPasswordsIsIdNotUnique() {
        sandbox.create("m1", "&attendeePW=ap&moderatorPW=mp");

        XmlDoc clash = sandbox.create("m1", "&attendeePW=other&moderatorPW=mp");

        assertEquals("FAILED", clash.returnCode());
        assertEquals("idNotUnique", clash.messageKey());
    }

    @Test
    void createGeneratesPasswordsWhenNoneAreGiven() {
        XmlDoc created = sandbox.create("m1", "");

        assertFalse(created.text("/response/attendeePW").isEmpty());
        assertNotEquals(created.text("/response/attendeePW"), created.text("/response/moderatorPW"));
    }

    @Test
    void meetingIdAndNameAreValidatedWithBbbKeys() {
        assertEquals("missingParamMeetingID", sandbox.call("create", "name=Maths").messageKey());
        assertEquals("missingParamMeetingID", sandbox.call("create", "name=Maths&meetingID=+").messageKey());
        assertEquals("invalidMeetingIdentifier", sandbox.call("create", "name=Maths&meetingID=a%2Cb").messageKey());
        assertEquals("invalidMeetingIdentifier", sandbox.call("create", "name=Maths&meetingID=a").messageKey());
        assertEquals("invalidMeetingIdentifier",
                sandbox.call("create", "name=Maths&meetingID=" + "x".repeat(257)).messageKey());
        assertEquals("SUCCESS", sandbox.call("create", "name=Maths&meetingID=" + "x".repeat(256)).returnCode());
        assertEquals("missingParamName", sandbox.call("create", "meetingID=m2").messageKey());
        assertEquals("sizeError", sandbox.call("create", "meetingID=m2&name=" + "n".repeat(257)).messageKey());
    }

    @Test
    void getMeetingInfoEchoesMetadataLowercasedAndCountsAttendees() {
        sandbox.create("m1", "&record=true&maxParticipants=30&duration=90&meta_bbb-origin=bbb-rooms"
                + "&meta_BBB-Context-Name=Algebra&meta_endCallbackUrl=https%3A%2F%2Fportal.test%2Fend%3Ft%3D1");
        sandbox.join("m1", "teacher", "MODERATOR");
        sandbox.join("m1", "pupil", "viewer");

        XmlDoc info = sandbox.call("getMeetingInfo", "meetingID=m1");

        assertEquals("Maths 101", info.text("/response/meetingName"));
        assertEquals("true", info.text("/response/running"));
        assertEquals("true", info.text("/response/recording"));
        assertEquals("30", info.text("/response/maxUsers"));
        assertEquals("90", info.text("/response/duration"));
        assertEquals(String.valueOf(sandbox.clock.millis()), info.text("/response/startTime"));
        assertEquals("0", info.text("/response/endTime"));
        assertEquals("2", info.text("/response/participantCount"));
        assertEquals("1", info.text("/response/moderatorCount"));
        assertEquals("teacher", info.text("/response/attendees/attendee[1]/userID"));
        assertEquals("User teacher", info.text("/response/attendees/attendee[1]/fullName"));
        assertEquals("MODERATOR", info.text("/response/attendees/attendee[1]/role"));
        assertEquals("true", info.text("/response/attendees/attendee[1]/isPresenter"));
        assertEquals("VIEWER", info.text("/response/attendees/attendee[2]/role"));
        assertEquals("false", info.text("/response/attendees/attendee[2]/isPresenter"));
        assertEquals("HTML5", info.text("/response/attendees/attendee[2]/clientType"));
        assertEquals("bbb-rooms", info.text("/response/metadata/bbb-origin"));
        assertEquals("Algebra", info.text("/response/metadata/bbb-context-name"));
        assertEquals("https://portal.test/end?t=1", info.text("/response/metadata/endcallbackurl"));
    }

    @Test
    void unknownMeetingsAreNotFoundOrNotRunning() {
        assertEquals("notFound", sandbox.call("getMeetingInfo", "meetingID=nope").messageKey());
        assertEquals("notFound", sandbox.call("end", "meetingID=nope").messageKey());
        XmlDoc running = sandbox.call("isMeetingRunning", "meetingID=nope");
        assertEquals("SUCCESS", running.returnCode());
        assertEquals("false", running.text("/response/running"));
    }

    @Test
    void aMeetingRunsFromTheFirstJoin() {
        sandbox.create("m1", "");
        assertEquals("false", sandbox.call("isMeetingRunning", "meetingID=m1").text("/response/running"));

        sandbox.join("m1", "u1", "VIEWER");

        assertEquals("true", sandbox.call("isMeetingRunning", "meetingID=m1").text("/response/running"));
    }

    @Test
    void getMeetingsListsMeetingsOrSaysNoMeetings() {
        XmlDoc none = sandbox.call("getMeetings", "");
        assertEquals("SUCCESS", none.returnCode());
        assertEquals("noMeetings", none.messageKey());

        sandbox.create("m1", "");
        sandbox.create("m2", "");

        assertEquals(List.of("m1", "m2"),
                sandbox.call("getMeetings", "").texts("/response/meetings/meeting/meetingID"));
    }

    @Test
    void endSaysTheRequestWasSentAndTheMeetingIsGone() {
        sandbox.create("m1", "&moderatorPW=mp");
        sandbox.join("m1", "u1", "MODERATOR");

        assertEquals("invalidPassword", sandbox.call("end", "meetingID=m1&password=wrong").messageKey());
        XmlDoc ended = sandbox.call("end", "meetingID=m1");

        assertEquals("SUCCESS", ended.returnCode());
        assertEquals("sentEndMeetingRequest", ended.messageKey());
        assertEquals("notFound", sandbox.call("getMeetingInfo", "meetingID=m1").messageKey());
        assertEquals("false", sandbox.call("isMeetingRunning", "meetingID=m1").text("/response/running"));
    }

    @Test
    void aMeetingCanBeCreatedAgainAfterItEnded() {
        String first = sandbox.create("m1", "").text("/response/internalMeetingID");
        sandbox.call("end", "meetingID=m1");
        sandbox.clock.advance(Duration.ofMinutes(1));

        XmlDoc again = sandbox.create("m1", "");

        assertEquals("", again.messageKey());
        assertNotEquals(first, again.text("/response/internalMeetingID"));
    }

    @Test
    void createByPostRecordsThePresentationsOfTheModulesBody() {
        String body = "<modules><module name=\"presentation\">"
                + "<document url=\"https://files.test/slides/intro.pdf?v=2\"/>"
                + "<document url=\"https://files.test/x\" filename=\"notes.pptx\"/>"
                + "<document name=\"inline.pdf\">JVBERi0xLjQK</document>"
                + "</module></modules>";
        String query = Signer.signed("SHA-256", "create", "name=Maths&meetingID=m1", Sandbox.SECRET);

        SandboxResponse r = sandbox.server.api("create", query, body, Optional.of("application/xml"),
                Sandbox.SANDBOX_URL);
        String session = sandbox.join("m1", "u1", "VIEWER");

        assertEquals("SUCCESS", XmlDoc.parse(r.body()).returnCode());
        assertEquals(List.of("intro.pdf", "notes.pptx", "inline.pdf"),
                sandbox.server.conference(session).orElseThrow().presentations());
    }

    @Test
    void createByPostRefusesAMissingContentTypeAndAnXxeBody() {
        String query = Signer.signed("SHA-256", "create", "name=Maths&meetingID=m1", Sandbox.SECRET);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<modules><module name=\"presentation\"><document name=\"&x;\"/></module></modules>";

        XmlDoc noType = XmlDoc.parse(sandbox.server.api("create", query, "<modules/>", Optional.empty(),
                Sandbox.SANDBOX_URL).body());
        XmlDoc withDtd = XmlDoc.parse(sandbox.server.api("create", query, xxe, Optional.of("text/xml"),
                Sandbox.SANDBOX_URL).body());

        assertEquals("unsupportedContentType", noType.messageKey());
        assertEquals("validationError", withDtd.messageKey());
        assertTrue(withDtd.text("/response/message").contains("DOCTYPE"), withDtd.text("/response/message"));
        assertEquals("notFound", sandbox.call("getMeetingInfo", "meetingID=m1").messageKey());
    }

    @Test
    void aFormPostCarriesItsSignedParametersInTheBody() {
        String body = Signer.signed("SHA-256", "create", "name=Maths&meetingID=m1", Sandbox.SECRET);

        SandboxResponse r = sandbox.server.api("create", "", body,
                Optional.of("application/x-www-form-urlencoded; charset=UTF-8"), Sandbox.SANDBOX_URL);

        assertEquals("SUCCESS", XmlDoc.parse(r.body()).returnCode());
    }

    @Test
    void theApiRootAnswersTheVersionWithoutAChecksum() {
        XmlDoc root = XmlDoc.parse(sandbox.raw("", "").body());

        assertEquals("SUCCESS", root.returnCode());
        assertEquals("2.0", root.text("/response/version"));
        assertEquals("2.0", root.text("/response/apiVersion"));
        assertTrue(root.text("/response/bbbVersion").startsWith("3.0"));
    }

    @Test
    void anUnknownCallIsNotBbbXml() {
        SandboxResponse r = sandbox.raw("getMeeting", "meetingID=m1");

        assertEquals(404, r.status());
    }
}
