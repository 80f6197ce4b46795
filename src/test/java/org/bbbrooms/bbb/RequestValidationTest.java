package org.bbbrooms.bbb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Builders refuse bad values at build(), with a message saying how to fix them. */
class RequestValidationTest {

    private static void refused(String hint, Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().contains(hint), e.getMessage());
    }

    private static CreateMeetingRequest.Builder create() {
        return CreateMeetingRequest.builder().meetingID("c42-r7").name("Physics 101");
    }

    private static JoinRequest.Builder join() {
        return JoinRequest.builder().meetingID("c42-r7").fullName("Ada Lovelace");
    }

    @Test
    void meetingIdIsTwoTo256CharactersWithoutCommas() {
        refused("meetingID is required", () -> create().meetingID(" ").build());
        refused("meetingID must be 2 to 256 characters without commas (got 1 characters)", () -> create().meetingID("x").build());
        refused("got 257 characters", () -> create().meetingID("x".repeat(257)).build());
        refused("with a comma): keep it to letters, digits, '-' and '_'", () -> create().meetingID("a,b").build());
        assertEquals("x".repeat(256), create().meetingID("x".repeat(256)).build().meetingID());
    }

    @Test
    void nameIsRequiredSingleLineAndAtMost256() {
        refused("name is required", () -> create().name(null).build());
        refused("name must be 2 to 256 characters long (got 257)", () -> create().name("n".repeat(257)).build());
        refused("name must be a single line", () -> create().name("two\nlines").build());
    }

    @Test
    void createChecksNumbersUrlsAndKeys() {
        refused("duration (minutes, 0 for no limit) must be at least 0", () -> create().duration(-1).build());
        refused("maxParticipants (0 for no limit) must be at least 0", () -> create().maxParticipants(-5).build());
        refused("voiceBridge must be a PIN of 5 to 10 digits", () -> create().voiceBridge("12a45").build());
        refused("logoutURL must be an absolute http(s) URL", () -> create().logoutURL(URI.create("javascript:alert(1)")).build());
        refused("without the meta_ prefix", () -> create().meta("meta_origin", "x").build());
        refused("metadata key 'bad key' is not allowed", () -> create().meta("bad key", "x").build());
        refused("metadata 'origin' has no value", () -> create().meta("origin", null).build());
        refused("extra parameter 'record' has its own builder method", () -> create().parameter("record", "true").build());
        refused("attendeePW must be 2 to 64 characters", () -> create().attendeePW("a").build());
        refused("presentation url must be an absolute http(s) URL", () -> new Presentation(URI.create("/relative.pdf"), null));
    }

    @Test
    void joinNeedsAFullNameAndARoleOrALegacyPassword() {
        refused("fullName is required", () -> join().fullName("").role(Role.VIEWER).build());
        refused("join needs a role (MODERATOR or VIEWER) or, for BBB older than 2.4, the legacy password", () -> join().build());
        refused("not both: drop the password", () -> join().role(Role.MODERATOR).password("mp").build());
        refused("createTime must be the positive value that create returned", () -> join().role(Role.VIEWER).createTime(0L).build());
        refused("avatarURL must be an absolute http(s) URL", () -> join().role(Role.VIEWER).avatarURL(URI.create("data:x")).build());
        assertEquals("mp", join().password("mp").build().password());
    }

    @Test
    void recordingsAreFilteredByIdListsAndPagedByOneToHundred() {
        refused("limit must be 1 to 100 (got 0): fetch more in pages with offset", () -> GetRecordingsRequest.builder().limit(0).build());
        refused("limit must be 1 to 100 (got 101)", () -> GetRecordingsRequest.builder().limit(101).build());
        refused("offset must be at least 0", () -> GetRecordingsRequest.builder().offset(-1).build());
        refused("each recordID must be non-blank and without commas", () -> GetRecordingsRequest.builder().recordIDs(List.of("a,b")).build());
        assertEquals(100, GetRecordingsRequest.builder().limit(100).build().limit());
    }

    @Test
    void recordingCallsNeedRecordIds() {
        BbbClient client = BbbClient.builder().serverUrl(BbbServerUrl.parse("https://bbb.example.org")).secret(FakeBbb.SECRET).build();
        refused("give at least one recordID", () -> client.deleteRecordings(List.of()));
        refused("each recordID must be non-blank", () -> client.publishRecordings(List.of(" "), true));
        refused("metadata key", () -> client.updateRecordings(List.of("r1"), Map.of("has space", "x")));
        refused("meetingID must be 2 to 256 characters", () -> client.getMeetingInfo("x"));
    }

    @Test
    void theClientBuilderSaysWhatIsMissing() {
        IllegalStateException noUrl = assertThrows(IllegalStateException.class, () -> BbbClient.builder().secret(FakeBbb.SECRET).build());
        assertTrue(noUrl.getMessage().contains("needs a serverUrl"), noUrl.getMessage());
        IllegalStateException noSecret = assertThrows(IllegalStateException.class,
                () -> BbbClient.builder().serverUrl(BbbServerUrl.parse("https://bbb.example.org")).build());
        assertTrue(noSecret.getMessage().contains("needs the server's shared secret"), noSecret.getMessage());
        refused("The BBB shared secret is empty: copy it from the output of 'bbb-conf --secret'", () -> Secret.of("  "));
        refused("requestTimeout must be a positive duration", () -> BbbClient.builder().requestTimeout(Duration.ZERO));
        IllegalStateException noRedirects = assertThrows(IllegalStateException.class, () -> BbbClient.builder()
                .serverUrl(BbbServerUrl.parse("https://bbb.example.org")).secret(FakeBbb.SECRET)
                .httpClient(HttpClient.newHttpClient()).build());
        assertTrue(noRedirects.getMessage().contains("must follow redirects"), noRedirects.getMessage());
    }
}
