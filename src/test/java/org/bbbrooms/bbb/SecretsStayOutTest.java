package org.bbbrooms.bbb;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** toString() of everything that may hold a secret, a checksum or a password shows none of them. */
class SecretsStayOutTest {

    private static void clean(Object value, String... secrets) {
        String text = value.toString();
        for (String secret : secrets) {
            assertFalse(text.contains(secret), secret + " in " + text);
        }
    }

    @Test
    void theSecretAndTheClientHideTheSecret() {
        clean(FakeBbb.SECRET, FakeBbb.SECRET.value());
        BbbClient client = BbbClient.builder().serverUrl(BbbServerUrl.parse("https://bbb.example.org")).secret(FakeBbb.SECRET).build();
        clean(client, FakeBbb.SECRET.value());
        assertTrue(client.toString().contains("https://bbb.example.org/bigbluebutton"), client.toString());
    }

    @Test
    void requestsAndResponsesHidePasswordsAndCallbackUrls() {
        clean(CreateMeetingRequest.builder().meetingID("c42-r7").name("Physics").attendeePW("ap-secret").moderatorPW("mp-secret")
                .meta("endCallbackUrl", "https://lms/cb?token=tok-secret").build(), "ap-secret", "mp-secret", "tok-secret");
        clean(JoinRequest.builder().meetingID("c42-r7").fullName("Ada").password("mp-secret").build(), "mp-secret");
        clean(new EndRequest("c42-r7", "mp-secret"), "mp-secret");
        clean(new CreateMeetingResponse("c42-r7", "int", 1L, "70757", "", false, false, false, Optional.of("ap-secret"),
                Optional.of("mp-secret")), "ap-secret", "mp-secret");
    }

    @Test
    void meetingInfoHidesTheCallbackTokensInItsMetadata() {
        try (FakeBbb bbb = new FakeBbb().fixture("getMeetingInfo", "getMeetingInfo")) {
            MeetingInfo info = bbb.client().getMeetingInfo("c42-r7");
            assertTrue(info.metadata().get("endcallbackurl").endsWith("/meeting_ended"), "the value itself is intact");
            clean(info, "meeting_ended", "recording_ready");
            assertTrue(info.toString().contains("bbb-origin=greenlight"), info.toString());
        }
    }

    @Test
    void joinLinksAreTheOnlyPlaceTheChecksumGoes() {
        BbbClient client = BbbClient.builder().serverUrl(BbbServerUrl.parse("https://bbb.example.org")).secret(FakeBbb.SECRET).build();
        JoinRequest request = JoinRequest.builder().meetingID("c42-r7").fullName("Ada").role(Role.VIEWER).build();
        String checksum = client.joinUrl(request).getRawQuery().replaceAll(".*checksum=", "");
        assertTrue(checksum.matches("[0-9a-f]{64}"), checksum);
        for (Object shown : List.of(request, client)) {
            clean(shown, checksum);
        }
    }
}
