package org.bbbrooms.schedule;

/**
 * One occurrence on a timetable page: which room and session it belongs to, and when.
 * <p>Use in a page: {@code #{entry.roomName()}}, {@code #{timetableBacking.when(entry.occurrence())}}.
 */
public record TimetableEntry(String roomPublicId, String roomName, long sessionId, String title,
        Occurrence occurrence) implements java.io.Serializable {
}
