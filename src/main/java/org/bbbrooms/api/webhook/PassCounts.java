package org.bbbrooms.api.webhook;

/**
 * What one pass of the {@link WebhookWorker} did: attendance estimates announced, deliveries delivered, and
 * attempts that failed (to be retried, or failed for good).
 */
public record PassCounts(int settled, int delivered, int failed) {

    public boolean any() {
        return settled + delivered + failed > 0;
    }
}
