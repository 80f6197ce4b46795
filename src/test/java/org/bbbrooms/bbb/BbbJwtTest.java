package org.bbbrooms.bbb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BbbJwtTest {

    private static final String RECORDING_READY = "{\"meeting_id\":\"c42-r7\",\"record_id\":\"ffbf-1530718721124\"}";

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs as BBB does, independently of the code under test. */
    private static String jwt(String alg, String payload, String secret) throws Exception {
        String input = b64("{\"typ\":\"JWT\",\"alg\":\"" + alg + "\"}") + "." + b64(payload);
        String hmac = "HmacSHA" + alg.substring(2);
        Mac mac = Mac.getInstance(hmac);
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), hmac));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static void refused(Class<? extends BbbJwtException> type, Executable verify) {
        BbbJwtException e = assertThrows(type, verify);
        assertFalse(e.getMessage().contains(FakeBbb.SECRET.value()), e.getMessage());
    }

    @Test
    void acceptsTheRecordingReadyTokenSignedHs256() throws Exception {
        JsonObject claims = BbbJwt.verify(jwt("HS256", RECORDING_READY, FakeBbb.SECRET.value()), FakeBbb.SECRET);
        assertEquals("c42-r7", claims.getString("meeting_id"));
        assertEquals("ffbf-1530718721124", claims.getString("record_id"));
    }

    @Test
    void acceptsTheAnalyticsTokenSignedHs512WithAFutureExpiry() throws Exception {
        long exp = Instant.now().plusSeconds(3600).getEpochSecond();
        JsonObject claims = BbbJwt.verify(jwt("HS512", "{\"meeting_id\":\"c42-r7\",\"exp\":" + exp + "}", FakeBbb.SECRET.value()),
                FakeBbb.SECRET);
        assertEquals(exp, claims.getJsonNumber("exp").longValue());
    }

    @Test
    void refusesAForgedPayload() throws Exception {
        String[] parts = jwt("HS256", RECORDING_READY, FakeBbb.SECRET.value()).split("\\.");
        String forged = parts[0] + "." + b64(RECORDING_READY.replace("c42-r7", "other")) + "." + parts[2];
        refused(BbbJwtException.InvalidSignature.class, () -> BbbJwt.verify(forged, FakeBbb.SECRET));
    }

    @Test
    void refusesATokenSignedWithAnotherSecret() throws Exception {
        String token = jwt("HS256", RECORDING_READY, "not-the-shared-secret");
        refused(BbbJwtException.InvalidSignature.class, () -> BbbJwt.verify(token, FakeBbb.SECRET));
    }

    @Test
    void refusesAlgNoneAndOtherFamilies() {
        String none = b64("{\"alg\":\"none\"}") + "." + b64(RECORDING_READY) + ".";
        refused(BbbJwtException.UnsupportedAlgorithm.class, () -> BbbJwt.verify(none, FakeBbb.SECRET));
        String rsa = b64("{\"alg\":\"RS256\"}") + "." + b64(RECORDING_READY) + ".c2ln";
        refused(BbbJwtException.UnsupportedAlgorithm.class, () -> BbbJwt.verify(rsa, FakeBbb.SECRET));
        String missing = b64("{\"typ\":\"JWT\"}") + "." + b64(RECORDING_READY) + ".c2ln";
        refused(BbbJwtException.UnsupportedAlgorithm.class, () -> BbbJwt.verify(missing, FakeBbb.SECRET));
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        long exp = Instant.now().minusSeconds(3600).getEpochSecond();
        String token = jwt("HS512", "{\"meeting_id\":\"c42-r7\",\"exp\":" + exp + "}", FakeBbb.SECRET.value());
        refused(BbbJwtException.Expired.class, () -> BbbJwt.verify(token, FakeBbb.SECRET));
    }

    @Test
    void refusesWhatIsNotAJwt() throws Exception {
        refused(BbbJwtException.Malformed.class, () -> BbbJwt.verify(null, FakeBbb.SECRET));
        refused(BbbJwtException.Malformed.class, () -> BbbJwt.verify("a.b", FakeBbb.SECRET));
        refused(BbbJwtException.Malformed.class, () -> BbbJwt.verify("!!!.e30.e30", FakeBbb.SECRET));
        refused(BbbJwtException.Malformed.class, () -> BbbJwt.verify(b64("[1]") + ".e30.e30", FakeBbb.SECRET));
        String badExp = jwt("HS256", "{\"exp\":\"tomorrow\"}", FakeBbb.SECRET.value());
        refused(BbbJwtException.Malformed.class, () -> BbbJwt.verify(badExp, FakeBbb.SECRET));
    }
}
