package org.bbbrooms.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.bbb.CallEvent;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * BigBlueButton in the readiness answer, as a check of its own that never makes the node unready: the portal signs
 * users in, shows courses and recordings while BBB is down, so a load balancer must keep sending it users. Its data
 * says how the last BBB call went ({@code answering}, {@code refusing}: BBB answered FAILED, {@code not answering}:
 * unreachable, timed out or not BBB; {@code unknown} before any call) and which call it was. It makes no call
 * itself: probes come every few seconds from every balancer.
 * <p>Seen as {@code {"name":"bbb","status":"UP","data":{"state":"not answering","lastCall":"getMeetingInfo"}}}.
 */
@Readiness
@ApplicationScoped
public class BbbReadiness implements HealthCheck {

    @Inject
    BbbCallMetrics calls;

    @Override
    public HealthCheckResponse call() {
        Optional<CallEvent> last = calls.last();
        return new HealthCheckResponse("bbb", HealthCheckResponse.Status.UP, Optional.of(Map.of(
                "state", last.map(e -> state(e.outcome())).orElse("unknown"),
                "lastCall", last.map(CallEvent::call).orElse("none"))));
    }

    static String state(CallEvent.Outcome outcome) {
        return switch (outcome) {
            case SUCCESS -> "answering";
            case FAILED -> "refusing";
            default -> "not answering";
        };
    }
}
