package org.bbbrooms.bbb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksumAlgorithmTest {

    private static final String QUERY = "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444";

    /** The API documentation's example for SHA-1 and SHA-256; SHA-384/512 computed independently (Python hashlib). */
    @ParameterizedTest
    @CsvSource({
        "SHA1, 1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17",
        "SHA256, da9185f7f333cfdfcd6eeac32dca3777510c4c436020d8b887ba5515bd1d189e",
        "SHA384, 891ac633df39d0a1b4f8d597f3e190833216c4b29c4fb51ea3ca72757eeb958d6e7b49a845cf29f5c6019c7d29d029d1",
        "SHA512, de73ad61d11a5c801b68d4bd6ec5248546085cefb0b25c85f3c46249ea93a3a4b120f92c0a8a58d7512cb77821884951a3b01245f3435dbbef49fff3cc3988b4"
    })
    void matchesKnownAnswers(ChecksumAlgorithm algorithm, String expected) {
        assertEquals(expected, algorithm.checksum("create", QUERY, FakeBbb.SECRET));
        assertEquals(expected.length(), algorithm.hexLength());
    }

    @ParameterizedTest
    @CsvSource({"sha1, SHA1", "SHA-256, SHA256", " Sha384 , SHA384", "sha-512, SHA512"})
    void parsesCommonSpellings(String text, ChecksumAlgorithm expected) {
        assertEquals(expected, ChecksumAlgorithm.parse(text));
    }

    @Test
    void refusesUnknownNamesListingTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChecksumAlgorithm.parse("md5"));
        assertTrue(e.getMessage().contains("SHA1, SHA256, SHA384, SHA512"), e.getMessage());
    }

    @Test
    void defaultsToSha256() {
        assertEquals(ChecksumAlgorithm.SHA256, ChecksumAlgorithm.DEFAULT);
    }
}
