package org.bbbrooms.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The joins and leaves of one external userID in one meeting, for the analytics callback.
 */
final class Attendance {

    private final String userId;
    private final String fullName;
    private final boolean moderator;
    private final List<Long> joins = new ArrayList<>();
    private final List<Long> leaves = new ArrayList<>();

    Attendance(String userId, String fullName, boolean moderator) {
        this.userId = userId;
        this.fullName = fullName;
        this.moderator = moderator;
    }

    void joined(long at) {
        joins.add(at);
    }

    void left(long at) {
        leaves.add(at);
    }

    String userId() {
        return userId;
    }

    String fullName() {
        return fullName;
    }

    boolean moderator() {
        return moderator;
    }

    List<Long> joins() {
        return List.copyOf(joins);
    }

    List<Long> leaves() {
        return List.copyOf(leaves);
    }

    /** Seconds spent in the meeting over all join/leave pairs. */
    long seconds() {
        long total = 0;
        for (int i = 0; i < Math.min(joins.size(), leaves.size()); i++) {
            total += leaves.get(i) - joins.get(i);
        }
        return total / 1000;
    }
}
