package org.bbbrooms.lti;

/**
 * Fired once a resource-link launch has been accepted and its person signed in, so that what follows a launch (the
 * roster sync of its course, the grade book of its room) needs nothing from the launch code itself. The ids are our
 * own: {@code contextId} is the {@link LtiContext}, whose service URLs the launch has just brought up to date.
 * <p>Use: {@code void synced(@Observes(during = TransactionPhase.AFTER_SUCCESS) LtiLaunched launch)}.
 */
public record LtiLaunched(long platformId, long contextId, long courseId, long userId, String roomPublicId) {
}
