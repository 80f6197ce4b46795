package org.bbbrooms.courserooms;

/** What becomes of a deleted named room's recordings, as the teacher chose. */
public enum RecordingsFate {
    /** They stay on BBB and are listed under the course room. */
    KEEP,
    /** They are deleted on BBB, and here. */
    DELETE
}
