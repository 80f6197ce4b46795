package org.bbbrooms.recording;

/**
 * What a sync changed locally: recordings added, updated and removed (because BBB no longer lists them). A sync
 * that finds everything as it was returns {@link #NONE}.
 * <p>Use: {@code SyncCounts total = a.plus(b); if (total.changed()) ...}
 */
public record SyncCounts(int added, int updated, int removed) {

    public static final SyncCounts NONE = new SyncCounts(0, 0, 0);

    public SyncCounts plus(SyncCounts other) {
        return new SyncCounts(added + other.added, updated + other.updated, removed + other.removed);
    }

    public boolean changed() {
        return added + updated + removed > 0;
    }
}
