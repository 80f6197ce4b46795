package org.bbbrooms.api.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The retry schedule of a failing delivery, and its end a day later. */
class BackoffTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void failuresAreRetriedAfterGrowingPausesCappedAtSixHours() {
        Backoff backoff = Backoff.STANDARD;
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10),
                Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(6),
                Duration.ofHours(6)), List.of(1, 2, 3, 4, 5, 6, 7, 20).stream().map(backoff::delayAfter).toList());
    }

    @Test
    void aDeliveryThatKeepsFailingIsTriedForADayThenGivenUp() {
        Instant until = T0.plus(Backoff.WINDOW);
        List<Instant> attempts = new ArrayList<>(List.of(T0));
        Optional<Instant> next = Backoff.STANDARD.next(1, T0, until);
        while (next.isPresent()) {
            attempts.add(next.get());
            next = Backoff.STANDARD.next(attempts.size(), next.get(), until);
        }
        assertEquals(List.of(T0, T0.plusSeconds(30), T0.plusSeconds(150), T0.plusSeconds(750),
                T0.plusSeconds(4350), T0.plusSeconds(11_550), T0.plusSeconds(25_950), T0.plusSeconds(47_550),
                T0.plusSeconds(69_150)), attempts, "9 attempts within the day");
        assertTrue(attempts.get(attempts.size() - 1).plus(Duration.ofHours(6)).isAfter(until));
    }

    @Test
    void aDeliveryFailedForGoodOnceTheNextAttemptWouldBePastItsWindow() {
        Delivery delivery = new Delivery(subscription(), event(), T0);
        delivery.failed(Optional.of(500), "down", T0.plus(Duration.ofHours(23)), Backoff.STANDARD);
        assertEquals(DeliveryStatus.PENDING, delivery.getStatus(), "30 s later is still within the day");
        delivery.failed(Optional.empty(), "refused", T0.plus(Duration.ofHours(23).plusMinutes(59)), Backoff.STANDARD);
        assertEquals(DeliveryStatus.FAILED, delivery.getStatus());
        assertEquals(Optional.empty(), delivery.getNextAttemptAt());
        assertEquals(2, delivery.getAttempts());

        delivery.retryFrom(T0.plus(Duration.ofDays(2)));
        assertEquals(DeliveryStatus.PENDING, delivery.getStatus(), "an admin replays it");
        assertEquals(Optional.of(T0.plus(Duration.ofDays(2))), delivery.getNextAttemptAt());
        assertEquals(T0.plus(Duration.ofDays(3)), delivery.getRetryUntil(), "with a new day of retries");
    }

    @Test
    void aLongAnswerIsCutWhenStored() {
        Delivery delivery = new Delivery(subscription(), event(), T0);
        delivery.delivered(200, "x".repeat(5000), T0);
        assertEquals(Delivery.MAX_RESPONSE, delivery.getLastResponse().orElseThrow().length());
        assertEquals(DeliveryStatus.DELIVERED, delivery.getStatus());
    }

    static Subscription subscription() {
        return new Subscription(WebhookUrl.of("https://portal.example/hook"), "", EnumSet.allOf(EventType.class),
                "whsec_x", Optional.empty(), T0);
    }

    private static WebhookEvent event() {
        return new WebhookEvent(EventType.MEETING_ENDED, "meeting.ended:1", Optional.of(1L), T0,
                (id, type, at) -> "{}");
    }
}
