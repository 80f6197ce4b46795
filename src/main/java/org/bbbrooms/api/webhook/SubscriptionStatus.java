package org.bbbrooms.api.webhook;

/**
 * Whether a subscription is sent to: {@link #ACTIVE}, or {@link #PAUSED} (by an admin, or by the {@link PauseRule}),
 * when its deliveries wait until it is resumed.
 */
public enum SubscriptionStatus {
    ACTIVE, PAUSED
}
