package org.bbbrooms.identity.csv;

import jakarta.ejb.ApplicationException;

/**
 * The job a node was running is no longer running (another node found it stale and marked it interrupted): the
 * batch in hand rolls back and the node stops working on it.
 */
@ApplicationException(rollback = true)
class ImportLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ImportLostException(long jobId) {
        super("import job " + jobId + " is no longer running here");
    }
}
