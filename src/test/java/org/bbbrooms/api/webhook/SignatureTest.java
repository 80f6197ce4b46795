package org.bbbrooms.api.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The signature a receiver checks: Stripe's scheme, HMAC-SHA256 of {@code <t>.<body>}. */
class SignatureTest {

    private static final String SECRET = "whsec_test";
    private static final String BODY = "{\"id\":\"e1\",\"type\":\"meeting.ended\"}";

    @Test
    void theHeaderCarriesTheTimestampAndTheHmacOfTimestampDotBody() {
        // Known answer, computed apart (Python's hmac): hmac.new(b"whsec_test", b"1700000000." + body, sha256)
        assertEquals("t=1700000000,v1=053e10f41b85f792abb0dbcb842a35d07fb522a9fb86d31e76c8f33c62ccbc56",
                Signature.header(SECRET, 1_700_000_000L, BODY));
    }

    @Test
    void aReceiverAcceptsTheSignedBodyWithinTheToleranceOnly() {
        String header = Signature.header(SECRET, 1_700_000_000L, BODY);
        assertTrue(Signature.verify(SECRET, header, BODY, 1_700_000_100L, 300));
        assertFalse(Signature.verify(SECRET, header, BODY, 1_700_000_301L, 300), "too old: a replay");
        assertFalse(Signature.verify("whsec_other", header, BODY, 1_700_000_000L, 300), "another secret");
        assertFalse(Signature.verify(SECRET, header, BODY.replace("ended", "started"), 1_700_000_000L, 300),
                "a changed body");
        assertFalse(Signature.verify(SECRET, header.replace("t=1700000000", "t=1700000001"), BODY,
                1_700_000_000L, 300), "a changed timestamp");
        assertFalse(Signature.verify(SECRET, "v1=abc", BODY, 1_700_000_000L, 300), "no timestamp");
        assertFalse(Signature.verify(SECRET, null, BODY, 1_700_000_000L, 300));
    }
}
