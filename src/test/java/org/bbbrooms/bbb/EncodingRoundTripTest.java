package org.bbbrooms.bbb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EncodingRoundTripTest {

    private static final String AWKWARD = "Cours d'été: maths + physique & co = 100% *fun* (vraiment!) ~ 🎓 Zoë";

    /** Checks a received raw query as bbb-web does: hash the raw string minus the checksum, then decode. */
    private static Map<String, String> verifyAsBbbWeb(String call, String rawQuery, ChecksumAlgorithm algorithm) {
        int at = rawQuery.lastIndexOf("checksum=");
        String checksum = rawQuery.substring(at + "checksum=".length());
        String hashed = at == 0 ? "" : rawQuery.substring(0, at - 1);
        assertEquals(algorithm.checksum(call, hashed, FakeBbb.SECRET), checksum, "checksum over the bytes received");
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : hashed.isEmpty() ? new String[0] : hashed.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void theQuerySentIsTheQueryHashedAndDecodesToTheOriginal(ChecksumAlgorithm algorithm) {
        try (FakeBbb bbb = new FakeBbb().fixture("create", "create")) {
            bbb.client(b -> b.algorithm(algorithm)).create(CreateMeetingRequest.builder().meetingID("c42-r7").name(AWKWARD)
                    .welcome("a=b&c=d; 'quoted' *star* +plus+").meta("bbb-context-name", AWKWARD).build());

            String raw = bbb.last().rawQuery();
            Map<String, String> params = verifyAsBbbWeb("create", raw, algorithm);
            assertEquals(AWKWARD, params.get("name"));
            assertEquals("a=b&c=d; 'quoted' *star* +plus+", params.get("welcome"));
            assertEquals(AWKWARD, params.get("meta_bbb-context-name"));
            assertEquals(algorithm.hexLength(), raw.length() - raw.lastIndexOf("checksum=") - "checksum=".length());
        }
    }

    @Test
    void encodesOnceWithPlusForSpaceAndPercentForWhatBrowsersReencode() {
        String encoded = Query.encode("a b+c&d=e'f*g!h(i)j~k/é🎓");
        assertEquals("a+b%2Bc%26d%3De%27f%2Ag%21h%28i%29j%7Ek%2F%C3%A9%F0%9F%8E%93", encoded);
        assertTrue(encoded.chars().allMatch(c -> Character.isLetterOrDigit(c) || "%+-._".indexOf(c) >= 0));
    }

    @Test
    void joinLinksCarryTheSameStringTheyWereSignedWith() {
        try (FakeBbb bbb = new FakeBbb()) {
            URI link = bbb.client().joinUrl(JoinRequest.builder().meetingID("c42-r7").fullName(AWKWARD).role(Role.VIEWER)
                    .userID("u 17+x").createTime(1531155809613L).userdata("bbb_custom_style", "a{b:c}").build());

            Map<String, String> params = verifyAsBbbWeb("join", link.getRawQuery(), ChecksumAlgorithm.SHA256);
            assertEquals(AWKWARD, params.get("fullName"));
            assertEquals("VIEWER", params.get("role"));
            assertEquals("u 17+x", params.get("userID"));
            assertEquals("1531155809613", params.get("createTime"));
            assertEquals("a{b:c}", params.get("userdata-bbb_custom_style"));
            assertTrue(link.toString().startsWith(bbb.origin() + "/bigbluebutton/api/join?"));
        }
    }

    @Test
    void aCallWithoutParametersIsSignedOverTheEmptyQuery() {
        try (FakeBbb bbb = new FakeBbb().fixture("getMeetings", "getMeetings-noMeetings")) {
            bbb.client().getMeetings();
            assertTrue(bbb.last().rawQuery().matches("checksum=[0-9a-f]{64}"), bbb.last().rawQuery());
            verifyAsBbbWeb("getMeetings", bbb.last().rawQuery(), ChecksumAlgorithm.SHA256);
        }
    }

    @Test
    void refusesBrokenUnicodeInsteadOfSendingAQuestionMark() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Query.encode("bad \uD83C text"));
        assertTrue(e.getMessage().contains("lone surrogate"), e.getMessage());
    }

    @Test
    void redactsPasswordsChecksumsAndCallbackUrls() {
        Query query = Query.builder().add("meetingID", "m1").add("moderatorPW", "mp-secret").add("password", "pw-secret")
                .add("meta_endCallbackUrl", "https://lms/cb?token=tok-secret").add("meta_bbb-origin", "lms").build();
        String redacted = query.toString();
        assertFalse(redacted.contains("secret"), redacted);
        assertTrue(redacted.contains("meetingID=m1") && redacted.contains("meta_bbb-origin=lms"), redacted);
        assertTrue(query.raw().contains("mp-secret"), "the raw query still carries the value");
    }
}
