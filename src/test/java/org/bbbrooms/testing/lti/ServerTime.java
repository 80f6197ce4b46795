package org.bbbrooms.testing.lti;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulated LMS's time: the server's, which tests move forward, so that tokens the one signs are in date for the
 * other. <pre>{@code
 * ServerTime time = new ServerTime();
 * time.follow(server.now());
 * LtiPlatformEmulator emu = LtiPlatformEmulator.start(time);
 * time.follow(server.advance(Duration.ofMinutes(20)));
 * }</pre>
 */
public final class ServerTime extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void follow(Instant serverNow) {
        offset.set(Duration.between(Instant.now(), serverNow));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
