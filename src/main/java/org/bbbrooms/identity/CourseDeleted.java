package org.bbbrooms.identity;

import java.time.Instant;

/**
 * CDI event fired, synchronously and inside the transaction, when an admin deletes a course, so that features that
 * keep data about courses (recordings) act on it without identity knowing them. An observer that throws a
 * {@code BusinessException} cancels the deletion.
 * <p>Use: {@code void onDeleted(@Observes CourseDeleted deleted) { ... deleted.courseId() ... }}
 */
public record CourseDeleted(long courseId, String code, Instant at) {
}
