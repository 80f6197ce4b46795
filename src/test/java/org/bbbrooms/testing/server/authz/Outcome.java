package org.bbbrooms.testing.server.authz;

/**
 * What came of one cell of the authorization matrix. Refusals: {@link #DENIED} is the service's authorization
 * exception (AccessDeniedException, or the container's EJBAccessException for {@code @RolesAllowed}), a 403, a
 * 401 or a redirect to the login page; {@link #NOT_RUNNING} is a join of someone who may enter before the meeting
 * started; {@link #OMITTED} is a report that left the room's meetings out, or a recordings list without the one
 * looked for; {@link #NOT_FOUND} is a room that the action's page does not know as one of its kind (the options of a
 * room that is not a course's). {@link #FAILED} is anything else, and never expected.
 */
public enum Outcome {
    ALLOWED, MODERATOR, VIEWER, DENIED, NOT_RUNNING, OMITTED, NOT_FOUND, FAILED
}
