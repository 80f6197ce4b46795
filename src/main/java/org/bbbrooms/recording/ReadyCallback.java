package org.bbbrooms.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.bbb.BbbException;
import org.bbbrooms.bbb.BbbJwt;
import org.bbbrooms.bbb.BbbJwtException;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.Meeting;

/**
 * BBB's recording-ready callback, checked step by step: the token in the URL names the meeting (unknown: 404); the
 * JWT in {@code signed_parameters} must be signed with the shared secret, not expired, and name that meeting
 * (else 401); a recording whose callback was accepted already is a replay (409). The recording is then fetched again
 * from BBB by its recordID, never taken from the callback, and stored. Only an accepted callback changes anything.
 * <p>Use: {@code ReadyOutcome outcome = callback.handle(token, form.get("signed_parameters"));}
 */
@ApplicationScoped
public class ReadyCallback {

    private static final Logger LOG = Logger.getLogger(ReadyCallback.class.getName());
    private static final int MAX_TOKEN_LENGTH = 128;

    @Inject
    RecordingStore store;

    @Inject
    RecordingSync sync;

    @Inject
    BbbConnection connection;

    @Inject
    Clock clock = Clock.systemUTC();

    public ReadyOutcome handle(String token, String signedParameters) {
        Optional<Meeting> meeting = token == null || token.length() > MAX_TOKEN_LENGTH ? Optional.empty()
                : store.meetingByToken(token);
        if (meeting.isEmpty()) {
            return ReadyOutcome.UNKNOWN;
        }
        Optional<BbbConnection.Target> target = connection.target();
        if (target.isEmpty()) {
            return ReadyOutcome.UNAVAILABLE;
        }
        JsonObject claims;
        try {
            claims = BbbJwt.verify(signedParameters, target.get().secret());
        } catch (BbbJwtException.Malformed e) {
            return ReadyOutcome.MALFORMED;
        } catch (BbbJwtException e) {
            LOG.log(Level.WARNING, "Refused a recording-ready callback for {0}: {1}",
                    new Object[] {meeting.get(), e.getMessage()});
            return ReadyOutcome.REFUSED;
        }
        Optional<String> recordId = text(claims, "record_id");
        if (recordId.isEmpty() || !text(claims, "meeting_id").equals(Optional.of(meeting.get().getBbbMeetingId()))) {
            return ReadyOutcome.REFUSED;
        }
        return fetchedAndStored(meeting.get(), recordId.get());
    }

    private ReadyOutcome fetchedAndStored(Meeting meeting, String recordId) {
        Optional<Recording> known = store.byRecordId(recordId);
        if (known.filter(r -> !r.getMeeting().getId().equals(meeting.getId())).isPresent()) {
            return ReadyOutcome.REFUSED;
        }
        if (known.flatMap(Recording::getReadyCallbackAt).isPresent()) {
            return ReadyOutcome.REPLAYED;
        }
        Optional<ServerRecording> fetched;
        try {
            fetched = sync.fetchOne(recordId);
        } catch (BbbException | BusinessException e) {
            LOG.log(Level.WARNING, "Could not fetch recording {0} after its ready callback: {1}",
                    new Object[] {recordId, e.getMessage()});
            return ReadyOutcome.UNAVAILABLE;
        }
        if (fetched.filter(r -> !r.bbbMeetingId().equals(meeting.getBbbMeetingId())).isPresent()) {
            return ReadyOutcome.REFUSED;
        }
        return store.readyCallback(meeting.getId(), recordId, fetched, clock.instant());
    }

    private static Optional<String> text(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonString value ? Optional.of(value.getString()) : Optional.empty();
    }
}
