package org.bbbrooms.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The platform's OpenID configuration is used only when its issuer is where it was read from, and complete. */
class PlatformConfigurationTest {

    private static final URI SOURCE = URI.create("https://lms.example.edu/moodle/mod/lti/openid-configuration.php");

    @Test
    void theIssuerMustBeTheOriginAndAPathPrefixOfTheConfigurationUrl() {
        assertTrue(PlatformConfiguration.issues("https://lms.example.edu", SOURCE));
        assertTrue(PlatformConfiguration.issues("https://lms.example.edu/moodle", SOURCE));
        assertTrue(PlatformConfiguration.issues("https://LMS.example.edu:443/moodle/", SOURCE));
        assertFalse(PlatformConfiguration.issues("https://lms.example.edu/moo", SOURCE), "not at a / boundary");
        assertFalse(PlatformConfiguration.issues("https://lms.example.edu/other", SOURCE));
        assertFalse(PlatformConfiguration.issues("https://evil.example.org", SOURCE), "another host");
        assertFalse(PlatformConfiguration.issues("http://lms.example.edu", SOURCE), "another scheme");
        assertFalse(PlatformConfiguration.issues("https://lms.example.edu:8443", SOURCE), "another port");
        assertFalse(PlatformConfiguration.issues("https://lms.example.edu?x=1", SOURCE));
        assertFalse(PlatformConfiguration.issues("not a url", SOURCE));
    }

    @Test
    void aCompleteConfigurationGivesTheEndpointsAndTheProduct() {
        PlatformConfiguration read = PlatformConfiguration.read(configuration(), SOURCE);
        assertEquals("https://lms.example.edu/moodle", read.issuer());
        assertEquals(URI.create("https://lms.example.edu/moodle/mod/lti/token.php"), read.tokenEndpoint());
        assertEquals(URI.create("https://lms.example.edu/moodle/mod/lti/register.php"), read.registrationEndpoint());
        assertEquals(Optional.of("moodle 4.3"), read.product());
    }

    @Test
    void anotherIssuerIsRefused() {
        Map<String, Object> json = configuration();
        json.put("issuer", "https://evil.example.org");
        assertEquals(RegistrationRefusal.ISSUER_MISMATCH, assertThrows(RegistrationRefusedException.class,
                () -> PlatformConfiguration.read(json, SOURCE)).refusal());
    }

    @Test
    void aMissingOrWrongEndpointIsRefused() {
        for (String name : new String[] {"issuer", "authorization_endpoint", "token_endpoint", "jwks_uri",
                "registration_endpoint"}) {
            Map<String, Object> json = configuration();
            json.remove(name);
            assertEquals(RegistrationRefusal.BAD_CONFIGURATION, assertThrows(RegistrationRefusedException.class,
                    () -> PlatformConfiguration.read(json, SOURCE)).refusal(), name);
        }
        Map<String, Object> json = configuration();
        json.put("jwks_uri", "javascript:alert(1)");
        assertEquals(RegistrationRefusal.BAD_CONFIGURATION, assertThrows(RegistrationRefusedException.class,
                () -> PlatformConfiguration.read(json, SOURCE)).refusal());
    }

    private static Map<String, Object> configuration() {
        String base = "https://lms.example.edu/moodle";
        Map<String, Object> json = new HashMap<>();
        json.put("issuer", base);
        json.put("authorization_endpoint", base + "/mod/lti/auth.php");
        json.put("token_endpoint", base + "/mod/lti/token.php");
        json.put("jwks_uri", base + "/mod/lti/certs.php");
        json.put("registration_endpoint", base + "/mod/lti/register.php");
        json.put(PlatformConfiguration.PLATFORM_CONFIGURATION, Map.of("product_family_code", "moodle",
                "version", "4.3"));
        return json;
    }
}
