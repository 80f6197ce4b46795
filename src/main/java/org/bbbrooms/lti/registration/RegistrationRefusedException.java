package org.bbbrooms.lti.registration;

import jakarta.ejb.ApplicationException;

/**
 * A dynamic registration refused: the refusal the page shows, and a detail for the log line only. It rolls back
 * the transaction it leaves, and reaches the caller as it is (not wrapped).
 * <p>Use: {@code throw new RegistrationRefusedException(RegistrationRefusal.ISSUER_MISMATCH, "issuer " + iss);}
 */
@ApplicationException(rollback = true)
public class RegistrationRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RegistrationRefusal refusal;

    public RegistrationRefusedException(RegistrationRefusal refusal, String detail) {
        super(refusal + ": " + detail, null, false, false);
        this.refusal = refusal;
    }

    public RegistrationRefusal refusal() {
        return refusal;
    }
}
