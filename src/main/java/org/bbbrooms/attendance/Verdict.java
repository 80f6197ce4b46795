package org.bbbrooms.attendance;

/** Whether a person attended a meeting by its room's {@link CompletionRule}: fully, partly, or not at all. */
public enum Verdict {
    ATTENDED, PARTIAL, ABSENT
}
