package org.bbbrooms.api.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a subscription whose receiver keeps failing is paused, and what resuming does. */
class PauseRuleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final PauseRule RULE = new PauseRule(5, Duration.ofDays(1));

    @Test
    void onlyADayOfNothingButFailuresPauses() {
        assertFalse(RULE.pauses(50, Optional.of(T0), T0.plus(Duration.ofHours(23))), "an outage of hours");
        assertFalse(RULE.pauses(4, Optional.of(T0), T0.plus(Duration.ofDays(2))), "too few attempts");
        assertFalse(RULE.pauses(5, Optional.empty(), T0), "not failing");
        assertTrue(RULE.pauses(5, Optional.of(T0), T0.plus(Duration.ofDays(1))));
    }

    @Test
    void aSubscriptionPausesAfterADayOfFailuresAndASuccessStartsOver() {
        Subscription subscription = BackoffTest.subscription();
        for (int i = 0; i < 4; i++) {
            assertFalse(subscription.failed(T0.plus(Duration.ofHours(i)), RULE));
        }
        subscription.succeeded();
        assertEquals(0, subscription.getConsecutiveFailures());
        assertEquals(Optional.empty(), subscription.getFailingSince());

        Instant since = T0.plus(Duration.ofHours(5));
        for (int i = 0; i < 6; i++) {
            assertFalse(subscription.failed(since.plus(Duration.ofHours(i)), RULE), "within the first day");
        }
        assertTrue(subscription.failed(since.plus(Duration.ofDays(1)), RULE), "a day of failures since " + since);
        assertTrue(subscription.isPaused());
        assertEquals(Optional.of(since.plus(Duration.ofDays(1))), subscription.getPausedAt());
        assertFalse(subscription.failed(since.plus(Duration.ofDays(2)), RULE), "paused once");

        subscription.resume();
        assertEquals(SubscriptionStatus.ACTIVE, subscription.getStatus());
        assertEquals(0, subscription.getConsecutiveFailures(), "resuming starts the count over");
    }

    @Test
    void theSecretIsInNoToString() {
        Subscription subscription = BackoffTest.subscription();
        assertFalse(subscription.toString().contains("whsec_x"));
        assertFalse(new NewSubscription(subscription, "whsec_x").toString().contains("whsec_x"));
    }
}
