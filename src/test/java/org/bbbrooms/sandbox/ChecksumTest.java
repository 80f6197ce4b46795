package org.bbbrooms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksumTest {

    private static final String QUERY = "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444";

    private final Sandbox sandbox = new Sandbox();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SHA-1", "SHA-256", "SHA-384", "SHA-512"})
    void acceptsAChecksumMadeWithAnyOfTheFourDigests(String digest) {
        XmlDoc created = XmlDoc.parse(sandbox.raw("create", Signer.signed(digest, "create", QUERY, Sandbox.SECRET))
                .body());

        assertEquals("SUCCESS", created.returnCode(), digest);
        assertEquals("abc123", created.text("/response/meetingID"));
    }

    @Test
    void acceptsTheDocumentedKnownAnswerVectors() {
        String sha1 = QUERY + "&checksum=1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17";
        String sha256 = QUERY + "&checksum=da9185f7f333cfdfcd6eeac32dca3777510c4c436020d8b887ba5515bd1d189e";

        assertEquals("SUCCESS", XmlDoc.parse(sandbox.raw("create", sha1).body()).returnCode());
        assertEquals("duplicateWarning", XmlDoc.parse(sandbox.raw("create", sha256).body()).messageKey());
    }

    @Test
    void refusesAWrongChecksumWithChecksumError() {
        String checksum = Signer.checksum("SHA-256", "create", QUERY, "another-secret");

        SandboxResponse r = sandbox.raw("create", QUERY + "&checksum=" + checksum);

        assertEquals(200, r.status());
        XmlDoc failed = XmlDoc.parse(r.body());
        assertEquals("FAILED", failed.returnCode());
        assertEquals("checksumError", failed.messageKey());
        assertEquals("FAILED", sandbox.call("getMeetingInfo", "meetingID=abc123").returnCode(),
                "the meeting must not have been created");
    }

    @Test
    void refusesAChecksumOverAnotherCallOrAMissingChecksum() {
        String signedForJoin = Signer.signed("SHA-256", "join", QUERY, Sandbox.SECRET);

        assertEquals("checksumError", XmlDoc.parse(sandbox.raw("create", signedForJoin).body()).messageKey());
        assertEquals("checksumError", XmlDoc.parse(sandbox.raw("create", QUERY).body()).messageKey());
    }

    @Test
    void refusesUppercaseHexAsBbbWebDoes() {
        String checksum = Signer.checksum("SHA-256", "create", QUERY, Sandbox.SECRET).toUpperCase(Locale.ROOT);

        assertEquals("checksumError", XmlDoc.parse(sandbox.raw("create", QUERY + "&checksum=" + checksum).body())
                .messageKey());
    }

    @Test
    void refusesAnAlgorithmThatIsNotConfigured() {
        try (Sandbox scalelite = new Sandbox(EnumSet.of(ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA256,
                ChecksumAlgorithm.SHA512))) {
            String sha384 = Signer.signed("SHA-384", "create", QUERY, Sandbox.SECRET);
            String sha512 = Signer.signed("SHA-512", "create", QUERY, Sandbox.SECRET);

            assertEquals("checksumError", XmlDoc.parse(scalelite.raw("create", sha384).body()).messageKey());
            assertEquals("SUCCESS", XmlDoc.parse(scalelite.raw("create", sha512).body()).returnCode());
        }
    }

    @Test
    void verifiesPlusAndPercentTwentyEncodingsAgainstTheRawStringAndDecodesThemAlike() {
        sandbox.call("create", "name=Physics+and+Maths&meetingID=plus&meta_note=a+b");
        sandbox.call("create", "name=Physics%20and%20Maths&meetingID=pct&meta_note=a%20b");

        for (String id : new String[] {"plus", "pct"}) {
            XmlDoc info = sandbox.call("getMeetingInfo", "meetingID=" + id);
            assertEquals("SUCCESS", info.returnCode(), id);
            assertEquals("Physics and Maths", info.text("/response/meetingName"), id);
            assertEquals("a b", info.text("/response/metadata/note"), id);
        }
    }

    @Test
    void keepsReservedCharactersAccentsAndEmojiThroughEncoding() {
        sandbox.call("create", "name=%C3%89t%C3%A9+%26+co+%3D+1%2B1+%27quoted%27+%2A+%F0%9F%8E%93&meetingID=utf8");

        assertEquals("Été & co = 1+1 'quoted' * 🎓",
                sandbox.call("getMeetingInfo", "meetingID=utf8").text("/response/meetingName"));
    }

    @Test
    void answersABadPercentEncodingWithAClearValidationError() {
        String query = "name=100%&meetingID=bad";

        XmlDoc failed = XmlDoc.parse(sandbox.raw("create", Signer.signed("SHA-256", "create", query,
                Sandbox.SECRET)).body());

        assertEquals("validationError", failed.messageKey());
        assertTrue(failed.text("/response/message").contains("URL encoding"));
    }

    @Test
    void namesTheValidAlgorithmsWhenConfigurationIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChecksumAlgorithm.byName("md5"));

        assertTrue(e.getMessage().contains("sha1, sha256, sha384, sha512"), e.getMessage());
        assertEquals(ChecksumAlgorithm.SHA384, ChecksumAlgorithm.byName(" SHA384 "));
    }
}
