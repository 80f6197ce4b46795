package org.bbbrooms.room;

/**
 * Why a meeting record was closed: a moderator's End ({@link #ENDED}), BBB's end callback ({@link #CALLBACK}),
 * BBB no longer knowing it ({@link #STALE}) or its create failing ({@link #FAILED}).
 */
public enum CloseReason {
    ENDED, CALLBACK, STALE, FAILED
}
