package org.bbbrooms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A sandbox for one test, with a hand-moved clock, and helpers that sign calls with SHA-256 as a client would.
 */
final class Sandbox implements AutoCloseable {

    static final String SECRET = "639259d4-9dd8-4b25-bf01-95f9567eaf4b";
    static final String SANDBOX_URL = "http://portal.test/sandbox";
    static final Duration EMPTY = Duration.ofMinutes(5);
    static final Duration LEFT = Duration.ofMinutes(1);
    static final Duration PROCESSING = Duration.ofSeconds(10);

    final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final SandboxServer server;

    Sandbox() {
        this(EnumSet.allOf(ChecksumAlgorithm.class));
    }

    Sandbox(Set<ChecksumAlgorithm> algorithms) {
        this(new SandboxSettings(SECRET, algorithms, Duration.ZERO, EMPTY, LEFT, PROCESSING));
    }

    /** A sandbox in Scalelite mode whose server has this tag ({@code ""}: none). */
    static Sandbox scalelite(String serverTag) {
        return new Sandbox(new SandboxSettings(SECRET, EnumSet.allOf(ChecksumAlgorithm.class), Duration.ZERO, EMPTY,
                LEFT, PROCESSING).behind(SandboxMode.SCALELITE, serverTag));
    }

    private Sandbox(SandboxSettings settings) {
        server = new SandboxServer(settings, clock, scheduler, new CallbackSender(Duration.ofSeconds(5)));
    }

    /** An API call with a query already signed (or deliberately not). */
    SandboxResponse raw(String call, String signedQuery) {
        return server.api(call, signedQuery, "", Optional.empty(), SANDBOX_URL);
    }

    /** An API call signed with SHA-256, answered in XML with HTTP 200. */
    XmlDoc call(String call, String query) {
        SandboxResponse response = raw(call, Signer.signed("SHA-256", call, query, SECRET));
        assertEquals(200, response.status(), response.body());
        return XmlDoc.parse(response.body());
    }

    XmlDoc create(String meetingId, String moreParams) {
        return call("create", "name=Maths+101&meetingID=" + meetingId + moreParams);
    }

    /**
     * Joins by role and returns the session token of the conference page the join redirects to, through the
     * server's own join when Scalelite redirects there.
     */
    String join(String meetingId, String userId, String role) {
        SandboxResponse r = raw("join", Signer.signed("SHA-256", "join",
                "meetingID=" + meetingId + "&fullName=User+" + userId + "&userID=" + userId + "&role=" + role,
                SECRET));
        assertEquals(302, r.status(), r.body());
        String location = r.headers().get("Location");
        String serverJoin = SANDBOX_URL + ScaleliteFront.SERVER_API + "/join?";
        if (location.startsWith(serverJoin)) {
            r = server.serverJoin(location.substring(serverJoin.length()), SANDBOX_URL);
            assertEquals(302, r.status(), r.body());
            location = r.headers().get("Location");
        }
        return location.substring(location.indexOf("session=") + "session=".length());
    }

    @Override
    public void close() {
        server.close();
        scheduler.shutdownNow();
    }
}
