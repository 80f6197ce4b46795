package org.bbbrooms.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bbbrooms.embed.NonceStore;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.LtiPlatform.Registration;
import org.bbbrooms.lti.LtiPlatform.Status;
import org.bbbrooms.lti.PlatformEndpoints;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.testing.lti.Endpoint;
import org.bbbrooms.testing.lti.Launch;
import org.bbbrooms.testing.lti.LisRoles;
import org.bbbrooms.testing.lti.LtiClaims;
import org.bbbrooms.testing.lti.LtiPlatformEmulator;
import org.bbbrooms.testing.lti.SigningKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The id_token checks of a launch, one refusal per test, against tokens and a JWKS from the LTI platform emulator
 * (each test has a JWKS cache of its own, so the emulator's JWKS request count tells what the validator fetched).
 */
class IdTokenValidatorTest {

    private static final String TOOL = "http://tool.example.org/bbb";
    private static final MutableClock CLOCK = MutableClock.ticking();
    private static LtiPlatformEmulator emu;

    private IdTokenValidator validator;
    private LtiPlatform platform;
    private String nonce;

    @BeforeAll
    static void start() {
        emu = LtiPlatformEmulator.start(CLOCK);
        emu.registerTool(null, TOOL + "/lti/login", List.of(TOOL + "/lti/launch"), TOOL + "/lti/jwks", null);
        emu.context("c1", "Mathematics 101", "MATH101");
        emu.user("t1", "Terry", "Teacher");
        emu.user("s1", "Sam", "Student");
        emu.enroll("c1", "t1", LisRoles.INSTRUCTOR);
        emu.enroll("c1", "s1", LisRoles.LEARNER);
        emu.link("c1", "room", "Conference room", Map.of("room", "abc"));
    }

    @AfterAll
    static void stop() {
        emu.stop();
    }

    @BeforeEach
    void validator() {
        validator = new IdTokenValidator();
        validator.clock = CLOCK;
        validator.jwks = new PlatformJwks();
        validator.jwks.clock = CLOCK;
        validator.nonces = new MemoryNonces();
        platform = new LtiPlatform(new PlatformEndpoints("Emulator", emu.issuer(), emu.clientId(),
                Set.of(emu.deploymentId()), URI.create(emu.authorizationEndpoint()),
                Optional.of(URI.create(emu.tokenEndpoint())), URI.create(emu.jwksUrl())), Registration.MANUAL,
                Status.ACTIVE, CLOCK.instant());
        nonce = UUID.randomUUID().toString();
    }

    /** The nonces a database would keep, in memory. */
    private static final class MemoryNonces extends NonceStore {
        private final Set<String> taken = new HashSet<>();

        @Override
        public boolean claim(String nonce, Instant expiresAt) {
            return taken.add(nonce);
        }
    }

    private LoginState login(Launch launch) {
        return new LoginState("state", nonce, platform, launch.targetLinkUri(), CLOCK.instant().plusSeconds(300));
    }

    private Launch student() {
        return emu.launch("s1", "c1", "room");
    }

    private VerifiedLaunch verify(Launch launch) {
        return validator.verify(launch.idToken(nonce), login(launch));
    }

    private void refused(LaunchRefusal why, Launch launch) {
        refused(why, launch.idToken(nonce), login(launch));
    }

    private void refused(LaunchRefusal why, String idToken, LoginState login) {
        assertEquals(why, assertThrows(LaunchRefusedException.class, () -> validator.verify(idToken, login))
                .refusal());
    }

    @Test
    void aGenuineLaunchGivesThePersonCourseRoomAndServices() {
        VerifiedLaunch launch = verify(student());
        assertEquals("s1", launch.person().sub());
        assertEquals(Optional.of("Sam Student"), launch.person().name());
        assertEquals(CourseRole.STUDENT, launch.person().role());
        assertEquals("c1", launch.context().orElseThrow().id());
        assertEquals(Optional.of("Mathematics 101"), launch.context().orElseThrow().title());
        assertEquals(Map.of("room", "abc"), launch.custom());
        assertEquals(Optional.of("en"), launch.language());
        assertEquals(Optional.of(emu.url("/nrps/c1")), launch.membershipsUrl());
        assertEquals(Set.copyOf(LtiClaims.AGS_SCOPES), launch.agsScopes());
        assertEquals(IdTokenValidator.RESOURCE_LINK_REQUEST, launch.messageType());
    }

    @Test
    void aTeachersDeepLinkingLaunchGivesWhereToAnswer() {
        VerifiedLaunch launch = verify(emu.deepLinking("t1", "c1"));
        assertEquals(CourseRole.TEACHER, launch.person().role());
        assertEquals(URI.create(emu.url("/deep-link-return")), launch.deepLinking().orElseThrow().returnUrl());
        assertEquals(true, launch.deepLinking().orElseThrow().data().isPresent());
    }

    @Test
    void aDisabledPlatformIsRefused() {
        platform.setStatus(Status.DISABLED);
        refused(LaunchRefusal.PLATFORM_DISABLED, student());
    }

    @Test
    void aPendingPlatformIsRefused() {
        platform.setStatus(Status.PENDING);
        refused(LaunchRefusal.PLATFORM_DISABLED, student());
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        refused(LaunchRefusal.WRONG_ISSUER, student().withClaim("iss", "https://evil.example.org"));
    }

    @Test
    void aTamperedPayloadIsRefused() {
        Launch launch = student();
        String[] parts = launch.idToken(nonce).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"s1\"", "\"t1\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        refused(LaunchRefusal.BAD_SIGNATURE, tampered, login(launch));
    }

    @Test
    void aTokenSignedWithAnUnpublishedKeyIsRefused() {
        refused(LaunchRefusal.BAD_SIGNATURE, student().signedWith(SigningKey.UNPUBLISHED));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        refused(LaunchRefusal.ALGORITHM, student().signedWith(SigningKey.NONE));
    }

    @Test
    void anHmacTokenIsRefused() throws ParseException, JOSEException {
        Launch launch = student();
        SignedJWT hs = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), JWTClaimsSet.parse(launch.claims(nonce)));
        hs.sign(new MACSigner(("a shared secret of at least 256 bits: " + emu.clientId())
                .getBytes(StandardCharsets.UTF_8)));
        refused(LaunchRefusal.ALGORITHM, hs.serialize(), login(launch));
    }

    @Test
    void somethingElseThanAJwtIsRefused() {
        refused(LaunchRefusal.MALFORMED, "not a token", login(student()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(LaunchRefusal.EXPIRED, student().expired());
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        refused(LaunchRefusal.ISSUED_IN_FUTURE, student().withClaim("iat", CLOCK.instant().plusSeconds(120)
                .getEpochSecond()));
    }

    @Test
    void aTokenIssuedWithinTheClockSkewIsAccepted() {
        assertEquals("s1", verify(student().withClaim("iat", CLOCK.instant().plusSeconds(10).getEpochSecond()))
                .person().sub());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(LaunchRefusal.WRONG_AUDIENCE, student().withClaim("aud", "another-tool"));
    }

    @Test
    void aTokenForAnotherAuthorizedPartyIsRefused() {
        refused(LaunchRefusal.WRONG_AZP, student().withClaim("azp", "another-tool"));
    }

    @Test
    void severalAudiencesWithoutAzpAreRefused() {
        refused(LaunchRefusal.WRONG_AZP, student().alsoFor("another-tool").without("azp"));
    }

    @Test
    void severalAudiencesWithOurAzpAreAccepted() {
        assertEquals("s1", verify(student().alsoFor("another-tool")).person().sub());
    }

    @Test
    void anUnknownDeploymentIsRefused() {
        refused(LaunchRefusal.UNKNOWN_DEPLOYMENT, student().withClaim(LtiClaims.DEPLOYMENT_ID, "another"));
    }

    @Test
    void anotherMessageTypeIsRefused() {
        refused(LaunchRefusal.BAD_MESSAGE_TYPE, student().withClaim(LtiClaims.MESSAGE_TYPE,
                "LtiSubmissionReviewRequest"));
    }

    @Test
    void anotherVersionIsRefused() {
        refused(LaunchRefusal.BAD_VERSION, student().withClaim(LtiClaims.VERSION, "1.1"));
    }

    @Test
    void anotherTargetThanTheLoginsIsRefused() {
        Launch launch = student().withClaim(LtiClaims.TARGET_LINK_URI, TOOL + "/elsewhere");
        refused(LaunchRefusal.TARGET_MISMATCH, launch);
    }

    @Test
    void anotherNonceThanTheLoginsIsRefused() {
        Launch launch = student();
        refused(LaunchRefusal.NONCE_MISMATCH, launch.idToken("another nonce"), login(launch));
    }

    @Test
    void aReplayedNonceIsRefused() {
        Launch launch = student();
        String idToken = launch.idToken(nonce);
        validator.verify(idToken, login(launch));
        refused(LaunchRefusal.NONCE_REPLAYED, idToken, login(launch));
    }

    @Test
    void anUnknownKeyIdIsRefusedAfterOneRateLimitedRefetch() {
        int before = emu.requests(Endpoint.JWKS);
        refused(LaunchRefusal.UNKNOWN_KEY, student().signedWith(SigningKey.UNKNOWN_KID));
        assertEquals(before + 1, emu.requests(Endpoint.JWKS), "fetched just now: not again at once");
        CLOCK.advance(PlatformJwks.REFETCH_INTERVAL);
        refused(LaunchRefusal.UNKNOWN_KEY, student().signedWith(SigningKey.UNKNOWN_KID));
        assertEquals(before + 2, emu.requests(Endpoint.JWKS), "fetched once more, then refused");
        verify(student());
        assertEquals(before + 2, emu.requests(Endpoint.JWKS), "a known kid is served from the cache");
    }

    @Test
    void aRotatedPlatformKeyIsFetchedOnItsFirstUnknownKid() {
        LtiPlatformEmulator rotating = LtiPlatformEmulator.start(CLOCK);
        try (rotating) {
            rotating.registerTool(null, TOOL + "/lti/login", List.of(TOOL + "/lti/launch"), TOOL + "/lti/jwks",
                    null);
            rotating.context("c2", "Physics", "PHY");
            rotating.user("s2", "Sue", "Student");
            rotating.enroll("c2", "s2", LisRoles.LEARNER);
            rotating.link("c2", "room", "Conference room", Map.of());
            platform = new LtiPlatform(new PlatformEndpoints("Rotating", rotating.issuer(), rotating.clientId(),
                    Set.of(rotating.deploymentId()), URI.create(rotating.authorizationEndpoint()), Optional.empty(),
                    URI.create(rotating.jwksUrl())), Registration.MANUAL, Status.ACTIVE, CLOCK.instant());
            verify(rotating.launch("s2", "c2", "room"));
            rotating.rotateKeys();
            CLOCK.advance(PlatformJwks.REFETCH_INTERVAL);
            nonce = UUID.randomUUID().toString();
            assertEquals("s2", verify(rotating.launch("s2", "c2", "room")).person().sub());
            assertEquals(2, rotating.requests(Endpoint.JWKS));
        }
    }

    @Test
    void anUnreachableJwksIsRefusedAsUnavailable() {
        emu.faults(Endpoint.JWKS).unavailableFor(1);
        refused(LaunchRefusal.JWKS_UNAVAILABLE, student());
    }

    @Test
    void theCachedJwksIsFetchedAgainAfterAnHour() {
        int before = emu.requests(Endpoint.JWKS);
        verify(student());
        CLOCK.advance(PlatformJwks.KEPT.plus(Duration.ofSeconds(1)));
        nonce = UUID.randomUUID().toString();
        verify(student());
        assertEquals(before + 2, emu.requests(Endpoint.JWKS));
    }
}
