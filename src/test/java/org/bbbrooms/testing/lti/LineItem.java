package org.bbbrooms.testing.lti;

/**
 * A column of a course's gradebook (AGS 2.0 §3.2), made by a tool over AGS, by a deep-linking response's
 * {@code lineItem}, or by the test ({@link LtiPlatformEmulator#lineItem}). Its {@code id} is its URL.
 *
 * @param resourceLinkId the link it is bound to, or null
 * @param resourceId the tool's own id of what is graded, or null
 * @param tag the tool's label of the kind of grade, or null
 */
public record LineItem(String id, String contextId, String label, double scoreMaximum, String resourceLinkId,
        String resourceId, String tag, String startDateTime, String endDateTime) {
}
