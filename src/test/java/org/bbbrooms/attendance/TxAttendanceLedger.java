package org.bbbrooms.attendance;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bbbrooms.room.CallbackOutcome;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.MeetingClosed;
import org.bbbrooms.room.MeetingJoined;
import org.bbbrooms.room.UserReturned;
import org.bbbrooms.testing.FiredEvents;
import org.bbbrooms.testing.Jpa;

/**
 * {@link AttendanceLedger} as the container runs it, outside the container: the observers of the room's events
 * write in the transaction that fires them (MANDATORY), the other methods in a new one (REQUIRES_NEW, REQUIRED
 * outside any).
 */
final class TxAttendanceLedger extends AttendanceLedger {

    private final Jpa jpa;

    TxAttendanceLedger(Jpa jpa, long periodSeconds, FiredEvents<AttendanceFinal> finals) {
        this.jpa = jpa;
        this.periodSeconds = periodSeconds;
        this.finalEvents = finals;
    }

    private <T> T on(EntityManager manager, Function<AttendanceLedger, T> work) {
        AttendanceLedger ledger = new AttendanceLedger();
        ledger.em = manager;
        ledger.periodSeconds = periodSeconds;
        ledger.finalEvents = finalEvents;
        return work.apply(ledger);
    }

    private <T> T inNewTransaction(Function<AttendanceLedger, T> work) {
        return jpa.tx(manager -> on(manager, work));
    }

    @Override
    public void joined(MeetingJoined joined) {
        on(Jpa.current(), ledger -> {
            ledger.joined(joined);
            return null;
        });
    }

    @Override
    public void closed(MeetingClosed closed) {
        on(Jpa.current(), ledger -> {
            ledger.closed(closed);
            return null;
        });
    }

    @Override
    public void returned(UserReturned returned) {
        inNewTransaction(ledger -> {
            ledger.returned(returned);
            return null;
        });
    }

    @Override
    public List<Meeting> openMeetings() {
        return inNewTransaction(AttendanceLedger::openMeetings);
    }

    @Override
    public void observed(long meetingId, Collection<Presence> present, Instant at) {
        inNewTransaction(ledger -> {
            ledger.observed(meetingId, present, at);
            return null;
        });
    }

    @Override
    public CallbackOutcome analytics(long meetingId, AnalyticsReport report, Instant now) {
        return inNewTransaction(ledger -> ledger.analytics(meetingId, report, now));
    }

    @Override
    public Optional<Meeting> meetingByToken(String token) {
        return inNewTransaction(ledger -> ledger.meetingByToken(token));
    }
}
