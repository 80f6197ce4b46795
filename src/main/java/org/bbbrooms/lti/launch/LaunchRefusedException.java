package org.bbbrooms.lti.launch;

import jakarta.ejb.ApplicationException;

/**
 * A login or launch refused for a {@link LaunchRefusal}; the servlets turn it into the refusal page, a log line and
 * a launch-log entry. It carries no token nor claim, so that nothing of the launch is echoed or logged.
 */
@ApplicationException(rollback = true)
public class LaunchRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LaunchRefusal refusal;

    public LaunchRefusedException(LaunchRefusal refusal) {
        super(refusal.name(), null, false, false);
        this.refusal = refusal;
    }

    public LaunchRefusal refusal() {
        return refusal;
    }
}
