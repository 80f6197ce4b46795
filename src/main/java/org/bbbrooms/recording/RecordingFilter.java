package org.bbbrooms.recording;

import java.time.Instant;
import org.bbbrooms.room.RoomType;

/**
 * The filters of the admins' recordings page; a null value means "any". Recordings started at {@code from} or
 * later and before {@code until}.
 * <p>Use: {@code new RecordingFilter(courseId, RoomType.COURSE, null, null, RecordingStatus.PUBLISHED)}.
 */
public record RecordingFilter(Long courseId, RoomType roomType, Instant from, Instant until, RecordingStatus status) implements java.io.Serializable {

    public static final RecordingFilter ANY = new RecordingFilter(null, null, null, null, null);
}
