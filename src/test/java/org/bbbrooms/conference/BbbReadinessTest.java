package org.bbbrooms.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.bbb.CallEvent;
import org.bbbrooms.testing.MemoryMetrics;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** BBB in the readiness answer: reported on its own, and never what makes a node unready. */
class BbbReadinessTest {

    private final BbbCallMetrics calls = Connections.callMetrics(new MemoryMetrics());
    private final BbbReadiness readiness = new BbbReadiness();

    BbbReadinessTest() {
        readiness.calls = calls;
    }

    @Test
    void aDownServerIsReportedWhileTheNodeStaysReady() {
        assertEquals(Map.of("state", "unknown", "lastCall", "none"), data(readiness.call()), "before any call");
        calls.record(event("getMeetingInfo", CallEvent.Outcome.UNREACHABLE));
        HealthCheckResponse down = readiness.call();
        assertEquals(HealthCheckResponse.Status.UP, down.getStatus(), "the portal works on without BBB");
        assertEquals(Map.of("state", "not answering", "lastCall", "getMeetingInfo"), data(down));
        calls.record(event("create", CallEvent.Outcome.FAILED));
        assertEquals("refusing", data(readiness.call()).get("state"), "BBB answered, and said no");
        calls.record(event("end", CallEvent.Outcome.SUCCESS));
        assertEquals(Map.of("state", "answering", "lastCall", "end"), data(readiness.call()));
    }

    private static CallEvent event(String call, CallEvent.Outcome outcome) {
        return new CallEvent(call, "https://bbb.example.org/bigbluebutton/api/" + call, Duration.ofMillis(5), outcome,
                Optional.empty());
    }

    private static Map<String, Object> data(HealthCheckResponse response) {
        return response.getData().orElseThrow();
    }
}
