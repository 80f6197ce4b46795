package org.bbbrooms.api.webhook;

import java.util.Objects;

/**
 * A subscription just made, with its secret: the only time the secret is given out (to show once, or to return
 * once from the API). The secret is in no {@code toString()}.
 * <p>Use: {@code NewSubscription made = webhooks.create(...); show(made.secret());}
 */
public record NewSubscription(Subscription subscription, String secret) {

    public NewSubscription {
        Objects.requireNonNull(subscription);
        Objects.requireNonNull(secret);
    }

    @Override
    public String toString() {
        return "NewSubscription[" + subscription + "]";
    }
}
