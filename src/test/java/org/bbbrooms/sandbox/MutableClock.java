package org.bbbrooms.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests move by hand, to drive meeting expiry and recording processing: stopped at a start instant, or
 * {@link #ticking()} with real time, for a sandbox whose meetings run on real time but where a test needs the next
 * event to be strictly later than the last one without waiting for the millisecond to pass.
 */
public final class MutableClock extends Clock {

    private final Clock base;
    private volatile Duration ahead = Duration.ZERO;

    public MutableClock(Instant start) {
        this(Clock.fixed(start, ZoneOffset.UTC));
    }

    private MutableClock(Clock base) {
        this.base = base;
    }

    /** Real time, plus however far tests have moved it. */
    public static MutableClock ticking() {
        return new MutableClock(Clock.systemUTC());
    }

    public synchronized void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
