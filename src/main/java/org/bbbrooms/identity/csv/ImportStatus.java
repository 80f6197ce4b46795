package org.bbbrooms.identity.csv;

/**
 * Where a background import stands. It is queued, then checks every row, then (only when no row is bad) imports
 * them in batches. It ends done, rejected (bad rows, nothing imported), failed (an error on the server) or
 * interrupted (its node stopped: no heartbeat for {@code BBB_IMPORT_STALE_MINUTES}).
 */
public enum ImportStatus {
    QUEUED, CHECKING, IMPORTING, DONE, REJECTED, FAILED, INTERRUPTED;

    public boolean running() {
        return this == QUEUED || this == CHECKING || this == IMPORTING;
    }
}
