package org.bbbrooms.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.identity.CourseRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signed embed links as host portals make them: what is signed, and every way a link is refused. */
class SignedEmbedLinksTest {

    private static final String SECRET = "a host portal's secret";
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final long EXP = NOW.getEpochSecond() + 300;

    /** The link's parameters as the servlet receives them (decoded), from the host's query string. */
    private static Map<String, String> received(String query) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static Map<String, String> link(String room) {
        return received(HostPortalLink.query(SECRET,
                HostPortalLink.values("u-42", "c-7", "teacher", room, EXP, "n0nce-0123456789abcdef")));
    }

    private static Refusal refusal(Map<String, String> parameters, Instant now) {
        return assertThrows(EmbedRefusedException.class, () -> SignedEmbedLinks.verify(SECRET, parameters, now))
                .refusal();
    }

    @Test
    void theCanonicalStringIsOneLinePerFieldInTheDocumentedOrder() {
        Map<String, String> values = new HashMap<>(Map.of("user", "42", "name", "Alice", "email", "a@b.org",
                "course", "7", "courseTitle", "Maths", "role", "student", "room", "course", "exp", "1767261600",
                "nonce", "0123456789abcdef"));
        assertEquals("user=42\nname=Alice\nemail=a@b.org\ncourse=7\ncourseTitle=Maths\nrole=student\nroom=course\n"
                + "lang=\nexp=1767261600\nnonce=0123456789abcdef", SignedEmbedLinks.canonical(values));
        assertEquals("169d9c11762ffec2a991af4eed678566fefb65487760de08c2f2247b9a061f1e",
                SignedEmbedLinks.sign("secret", values), "the README's test vector (Python's hmac gives the same)");
    }

    @Test
    void aHostsLinkIsVerifiedWithItsAccentsSpacesAndGroup() {
        EmbedLink verified = SignedEmbedLinks.verify(SECRET, link("group:Lab 1"), NOW);
        assertEquals("u-42", verified.user());
        assertEquals("Zoé Host-u-42", verified.name());
        assertEquals("Physique & chimie c-7", verified.courseTitle());
        assertEquals(CourseRole.TEACHER, verified.role());
        assertEquals(Optional.of("Lab 1"), verified.group());
        assertEquals(Optional.of("fr"), verified.language());
        assertEquals(Instant.ofEpochSecond(EXP), verified.expiresAt());
        assertEquals(Optional.empty(), SignedEmbedLinks.verify(SECRET, link("course"), NOW).group());
    }

    @ParameterizedTest
    @ValueSource(strings = {"user", "name", "email", "course", "courseTitle", "role", "room", "lang", "exp", "nonce"})
    void changingAnySignedFieldIsTampering(String field) {
        Map<String, String> changed = link("course");
        changed.put(field, field.equals("exp") ? String.valueOf(EXP + 60) : changed.get(field) + "x");
        assertEquals(Refusal.TAMPERED, refusal(changed, NOW));
    }

    @Test
    void aWrongSecretAMissingOrMalformedSignatureAreTampering() {
        Map<String, String> other = received(HostPortalLink.query("another secret",
                HostPortalLink.values("u-42", "c-7", "student", "course", EXP, "n0nce-0123456789abcdef")));
        assertEquals(Refusal.TAMPERED, refusal(other, NOW));
        Map<String, String> unsigned = link("course");
        unsigned.remove("sig");
        assertEquals(Refusal.TAMPERED, refusal(unsigned, NOW));
        Map<String, String> upper = link("course");
        upper.put("sig", upper.get("sig").toUpperCase(Locale.ROOT));
        assertEquals(Refusal.TAMPERED, refusal(upper, NOW));
    }

    @Test
    void aLinkExpiresAtItsExpAndMayNotLiveLongerThanAnHour() {
        assertEquals(Refusal.EXPIRED, refusal(link("course"), Instant.ofEpochSecond(EXP)));
        SignedEmbedLinks.verify(SECRET, link("course"), Instant.ofEpochSecond(EXP - 1));
        Map<String, String> forever = received(HostPortalLink.query(SECRET, HostPortalLink.values("u-42", "c-7",
                "student", "course", NOW.plus(SignedEmbedLinks.MAX_LIFETIME).getEpochSecond() + 1,
                "n0nce-0123456789abcdef")));
        assertEquals(Refusal.MALFORMED, refusal(forever, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"role=admin", "room=platform", "room=group:", "email=nobody", "nonce=short",
        "exp=tomorrow", "name=two\nlines", "user="})
    void aSignedLinkWithAFieldOutOfItsFormIsMalformed(String field) {
        String[] kv = field.split("=", 2);
        Map<String, String> values = HostPortalLink.values("u-42", "c-7", "student", "course", EXP,
                "n0nce-0123456789abcdef");
        values.put(kv[0], kv[1]);
        assertEquals(Refusal.MALFORMED, refusal(received(HostPortalLink.query(SECRET, values)), NOW));
    }
}
