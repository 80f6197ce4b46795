package org.bbbrooms.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.bbb.BbbJwt;
import org.bbbrooms.bbb.BbbJwtException;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.Meeting;

/**
 * BBB's analytics callback ({@code meta_analytics-callback-url}), authenticated twice: by the meeting's token in the
 * URL and by the {@code Authorization: Bearer} JWT that BBB signs (HS512) with the shared secret. Then the report's
 * exact intervals and engagement replace the meeting's estimates, once.
 * <p>Use: {@code Outcome outcome = analytics.receive(token, request.getHeader("Authorization"), body);}
 */
@ApplicationScoped
public class AnalyticsCallback {

    private static final Logger LOG = Logger.getLogger(AnalyticsCallback.class.getName());
    private static final String BEARER = "bearer ";

    @Inject
    AttendanceLedger ledger;

    @Inject
    BbbConnection connection;

    @Inject
    Clock clock = Clock.systemUTC();

    /** What a callback did, and the HTTP status that says so. */
    public enum Outcome {
        /** The report replaced the estimates: 200. */
        ACCEPTED(200),
        /** The body is not a report of this meeting: 400, nothing changed. */
        INVALID(400),
        /** No valid JWT signed with the shared secret: 401, nothing changed. */
        UNAUTHORIZED(401),
        /** No meeting has this token: 404. */
        UNKNOWN(404),
        /** The meeting's report was accepted before: 409, nothing changed. */
        REPLAYED(409);

        private final int status;

        Outcome(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public Outcome receive(String token, String authorization, String body) {
        Optional<Meeting> meeting = token == null ? Optional.empty() : ledger.meetingByToken(token);
        if (meeting.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        if (!authorized(authorization)) {
            return Outcome.UNAUTHORIZED;
        }
        AnalyticsReport report;
        try {
            report = AnalyticsReport.parse(body);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Refused an analytics callback of {0}: {1}", new Object[] {meeting.get(),
                    e.getMessage()});
            return Outcome.INVALID;
        }
        if (!report.meetingId().equals(meeting.get().getBbbMeetingId())) {
            LOG.log(Level.WARNING, "Refused an analytics callback of {0}: it reports another meeting", meeting.get());
            return Outcome.INVALID;
        }
        return switch (ledger.analytics(meeting.get().getId(), report, clock.instant())) {
            case ACCEPTED -> Outcome.ACCEPTED;
            case REPLAYED -> Outcome.REPLAYED;
            case UNKNOWN -> Outcome.UNKNOWN;
        };
    }

    private boolean authorized(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return false;
        }
        try {
            return connection.target().map(target -> {
                BbbJwt.verify(authorization.substring(BEARER.length()), target.secret());
                return true;
            }).orElse(false);
        } catch (BbbJwtException | BusinessException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Refused an analytics callback: {0}", e.getMessage());
            return false;
        }
    }
}
