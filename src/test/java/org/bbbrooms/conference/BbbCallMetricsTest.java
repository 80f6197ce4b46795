package org.bbbrooms.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.bbbrooms.bbb.CallEvent;
import org.bbbrooms.bbb.CallEvent.Outcome;
import org.bbbrooms.testing.MemoryMetrics;
import org.junit.jupiter.api.Test;

/** Each BBB call is counted by its name and outcome and timed by its name. */
class BbbCallMetricsTest {

    private final MemoryMetrics metrics = new MemoryMetrics();
    private final BbbCallMetrics calls = Connections.callMetrics(metrics);

    private static CallEvent event(String call, Outcome outcome, long millis) {
        return new CallEvent(call, "https://bbb.example.org/bigbluebutton/api/" + call, Duration.ofMillis(millis),
                outcome, Optional.empty());
    }

    @Test
    void callsAreCountedByNameAndOutcomeAndTimedByName() {
        calls.record(event("create", Outcome.SUCCESS, 120));
        calls.record(event("create", Outcome.SUCCESS, 80));
        calls.record(event("create", Outcome.TIMEOUT, 5000));
        calls.record(event("getMeetingInfo", Outcome.PROTOCOL_ERROR, 15));

        assertEquals(2, metrics.count("bbb_rooms_bbb_calls", "call", "create", "outcome", "success"));
        assertEquals(1, metrics.count("bbb_rooms_bbb_calls", "call", "create", "outcome", "timeout"));
        assertEquals(1, metrics.count("bbb_rooms_bbb_calls", "call", "getMeetingInfo", "outcome", "protocol_error"));
        assertEquals(0, metrics.count("bbb_rooms_bbb_calls", "call", "getMeetingInfo", "outcome", "success"));
        assertEquals(3, metrics.count("bbb_rooms_bbb_call_duration", "call", "create"));
        assertEquals(Duration.ofMillis(5200), metrics.total("bbb_rooms_bbb_call_duration", "call", "create"));
    }
}
