package org.bbbrooms.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * CDI event: something happened to accounts that admins must be able to trace later. It is fired synchronously
 * inside the transaction of the change, so that what an observer writes (the audit log's entry) commits or rolls back
 * with it; identity does not know who listens.
 * <p>Use: {@code void on(@Observes AccountEvent event) { ... event.kind() ... }}
 *
 * @param by who did it; empty for what nobody signed in did (a failed sign-in) or the system did (a lockout)
 * @param target the account name concerned, or for an import the number of rows
 * @param details what else helps: the client address of a sign-in, the names an import brought in
 */
public record AccountEvent(Kind kind, Optional<Actor> by, String target, Optional<String> details) {

    /** What happened. */
    public enum Kind {
        SIGN_IN_FAILED, LOCKED_OUT, UNLOCKED, DEACTIVATED, REACTIVATED, USERS_IMPORTED, ENROLLMENTS_IMPORTED
    }

    public AccountEvent {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(by);
        Objects.requireNonNull(target);
        Objects.requireNonNull(details);
    }
}
