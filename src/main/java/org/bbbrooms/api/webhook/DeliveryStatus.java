package org.bbbrooms.api.webhook;

/**
 * Where one delivery stands: {@link #PENDING} (not sent yet, or to be retried), {@link #DELIVERED} (the receiver
 * answered 2xx) or {@link #FAILED} (every attempt of its retry window failed; an admin may replay it).
 */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
