package org.bbbrooms.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bbbrooms.identity.AccountEvent;

/**
 * Writes identity's account events (failed sign-ins, lockouts, deactivations, imports) to the audit log. The observer
 * is synchronous, so the entry is written inside the transaction that fired the event and commits or rolls back
 * with it; identity itself knows nothing of the audit log.
 */
@ApplicationScoped
public class AccountAudit {

    @Inject
    AuditLog audit;

    void on(@Observes AccountEvent event) {
        audit.record(entry(event));
    }

    static Audited entry(AccountEvent event) {
        AuditAction action = switch (event.kind()) {
            case SIGN_IN_FAILED -> AuditAction.LOGIN_FAILED;
            case LOCKED_OUT -> AuditAction.LOGIN_LOCKED;
            case UNLOCKED -> AuditAction.LOGIN_UNLOCKED;
            case DEACTIVATED -> AuditAction.USER_DEACTIVATED;
            case REACTIVATED -> AuditAction.USER_REACTIVATED;
            case USERS_IMPORTED -> AuditAction.USERS_IMPORTED;
            case ENROLLMENTS_IMPORTED -> AuditAction.ENROLLMENTS_IMPORTED;
        };
        Audited entry = Audited.of(event.by(), action, event.target());
        return event.details().map(entry::details).orElse(entry);
    }
}
