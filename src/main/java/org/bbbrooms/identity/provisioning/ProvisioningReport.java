package org.bbbrooms.identity.provisioning;

import java.util.function.ToIntFunction;

/**
 * What a {@link ProvisioningBatch} changed, per section: rows created, rows updated, and rows that were already as
 * asked (a repeated PUT changes nothing and says so).
 * <p>Use: {@code report.users().created()}; for a batch of one row, {@link #outcome()}.
 */
public record ProvisioningReport(Counts users, Counts courses, Counts groups, Counts enrollments, Counts members) {

    /** Whether a row created something, changed something, or found everything as asked. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    /** The outcomes of one section's rows. */
    public record Counts(int created, int updated, int unchanged) {

        static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Outcome outcome) {
            return new Counts(created + (outcome == Outcome.CREATED ? 1 : 0),
                    updated + (outcome == Outcome.UPDATED ? 1 : 0), unchanged + (outcome == Outcome.UNCHANGED ? 1 : 0));
        }

        int total() {
            return created + updated + unchanged;
        }
    }

    /** The outcome of a batch of one row (a PUT). */
    public Outcome outcome() {
        Counts all = new Counts(sum(Counts::created), sum(Counts::updated), sum(Counts::unchanged));
        if (all.total() != 1) {
            throw new IllegalStateException("not a report of one row: " + this);
        }
        return all.created() == 1 ? Outcome.CREATED : all.updated() == 1 ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    private int sum(ToIntFunction<Counts> count) {
        return count.applyAsInt(users) + count.applyAsInt(courses) + count.applyAsInt(groups)
                + count.applyAsInt(enrollments) + count.applyAsInt(members);
    }
}
