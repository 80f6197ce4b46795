package org.bbbrooms.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bbbrooms.bbb.BbbUnreachableException;
import org.bbbrooms.bbb.CreateMeetingRequest;
import org.bbbrooms.bbb.CreateMeetingResponse;
import org.bbbrooms.conference.BbbConnection;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * BBB's create, retried by MicroProfile Fault Tolerance only when BBB could not be reached (refused, timed out): at
 * most {@value #MAX_RETRIES} more times, about {@value #RETRY_DELAY_MILLIS} ms apart, each attempt within the
 * client's request timeout. A refusal or an answer that is not BBB's is final. Retrying is safe: create is
 * idempotent for a meeting id, so a retry after a lost answer finds the meeting made.
 * <p>Use, through the CDI proxy (the retries are the container's): {@code creator.create(request)}.
 */
@ApplicationScoped
public class MeetingCreator {

    static final int MAX_RETRIES = 2;
    /** In milliseconds, the default unit, as {@link MeetingStatusProbe} reads its delay. */
    static final long RETRY_DELAY_MILLIS = 250;

    @Inject
    BbbConnection connection;

    @Retry(maxRetries = MAX_RETRIES, delay = RETRY_DELAY_MILLIS, jitter = 100, retryOn = BbbUnreachableException.class)
    public CreateMeetingResponse create(CreateMeetingRequest request) {
        return connection.client().create(request);
    }
}
