package org.bbbrooms.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.LtiPlatform.Registration;
import org.bbbrooms.lti.LtiPlatform.Status;
import org.bbbrooms.lti.PlatformEndpoints;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The logins between the initiation and the launch, in the real schema: each state opens one launch, briefly. */
class LoginStatesTest {

    private final Jpa jpa = Jpa.of(TestDatabase.H2);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private LtiPlatform platform;

    @BeforeEach
    void platform() {
        String issuer = "https://lms-" + UUID.randomUUID() + ".example.org";
        platform = jpa.tx(em -> {
            LtiPlatform made = new LtiPlatform(new PlatformEndpoints("LMS", issuer, "client", Set.of("1"),
                    URI.create(issuer + "/auth"), Optional.empty(), URI.create(issuer + "/jwks")),
                    Registration.MANUAL, Status.ACTIVE, clock.instant());
            em.persist(made);
            return made;
        });
    }

    private LoginState begin() {
        return jpa.tx(em -> states(em).begin(platform, "https://tool.example.org/lti/launch"));
    }

    private Optional<LoginState> consume(String state) {
        return jpa.tx(em -> states(em).consume(state));
    }

    private LoginStates states(jakarta.persistence.EntityManager em) {
        LoginStates states = new LoginStates();
        states.em = em;
        states.clock = clock;
        return states;
    }

    @Test
    void aStateOpensOneLaunchWithItsNonceAndTarget() {
        LoginState login = begin();
        assertNotEquals(login.getState(), login.getNonce());
        LoginState consumed = consume(login.getState()).orElseThrow();
        assertEquals(login.getNonce(), consumed.getNonce());
        assertEquals(platform.getIssuer(), consumed.getPlatform().getIssuer());
        assertEquals("https://tool.example.org/lti/launch", consumed.getTargetLinkUri());
    }

    @Test
    void aUsedStateIsUnknown() {
        LoginState login = begin();
        consume(login.getState()).orElseThrow();
        assertTrue(consume(login.getState()).isEmpty());
    }

    @Test
    void anUnknownStateIsUnknown() {
        assertTrue(consume("never-issued").isEmpty());
        assertTrue(consume(null).isEmpty());
    }

    @Test
    void anExpiredStateIsUnknown() {
        LoginState login = begin();
        clock.advance(LoginStates.VALID.plus(Duration.ofSeconds(1)));
        assertTrue(consume(login.getState()).isEmpty());
    }
}
