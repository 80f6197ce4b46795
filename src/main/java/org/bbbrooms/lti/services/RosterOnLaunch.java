package org.bbbrooms.lti.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.bbbrooms.lti.LtiLaunched;

/**
 * Syncs the roster of a launch's course once the launch has committed, in the background ({@link
 * RosterSync#afterLaunch}), so that the launch never waits on the LMS and a failing LMS never fails a launch.
 */
@ApplicationScoped
public class RosterOnLaunch {

    @Inject
    RosterSync sync;

    void launched(@Observes(during = TransactionPhase.AFTER_SUCCESS) LtiLaunched launch) {
        sync.afterLaunch(launch.contextId());
    }
}
