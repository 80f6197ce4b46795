package org.bbbrooms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The application's time source: caches, expiries and callback tokens read the time from an injected {@link Clock}
 * rather than from {@code Instant.now()}, so that the in-container tests can replace it with one they move forward
 * (a CDI alternative of the test deployment) instead of waiting. Outside the container, the classes keep
 * {@code Clock.systemUTC()} as their default and unit tests set their own.
 * <p>Use: {@code @Inject Clock clock = Clock.systemUTC();}
 */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock system() {
        return Clock.systemUTC();
    }
}
