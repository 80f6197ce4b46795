package org.bbbrooms.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bbbrooms.bbb.BbbFailedException;
import org.bbbrooms.bbb.MeetingInfo;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.platform.BusinessException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * The one BBB call behind every room status: getMeetingInfo with the short-timeout status client, behind a
 * MicroProfile Fault Tolerance circuit breaker. When BBB keeps failing (down, slow, garbage), the circuit opens and
 * calls fail at once for ten seconds, so that pages do not even wait for the timeout. A refusal (BBB answered) is
 * not a failure of the server; {@code notFound} is a normal answer (empty).
 * <p>Use: only through {@link RoomStatusCache}, which shares and caches the answers.
 */
@ApplicationScoped
public class MeetingStatusProbe {

    @Inject
    BbbConnection connection;

    /** In milliseconds, the default unit: Payara 6.2025.10 reads {@code delay} as such whatever {@code delayUnit} says. */
    static final long OPEN_FOR_MILLIS = 10_000;

    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = OPEN_FOR_MILLIS, successThreshold = 1,
            skipOn = {BbbFailedException.class, BusinessException.class})
    public Optional<MeetingInfo> fetch(String bbbMeetingId) {
        try {
            return Optional.of(connection.statusClient().getMeetingInfo(bbbMeetingId));
        } catch (BbbFailedException e) {
            if ("notFound".equals(e.messageKey())) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
