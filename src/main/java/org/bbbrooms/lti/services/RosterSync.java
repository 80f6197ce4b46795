package org.bbbrooms.lti.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.bbbrooms.embed.EmbedRefusedException;

/**
 * Brings a course's people in line with its LMS roster (NRPS): every active member becomes a user of ours tied to
 * the platform by {@code sub} (never by email) and enrolled with their LIS role; people of this platform who left
 * the roster, or whose membership is inactive, lose their enrolment (local accounts and other platforms' people
 * keep theirs). An empty roster withdraws nobody: more likely a platform's glitch than a course emptied.
 * The LMS is read with no transaction open; each member is brought in alone, so one refused account (deactivated
 * here) does not stop the others. A context is synced by one node per period ({@link RosterStore#claim}).
 * <p>Use: {@code sync.sync(contextId, settings.rosterPeriod())}; launches call {@link #afterLaunch}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RosterSync {

    private static final Logger LOG = Logger.getLogger(RosterSync.class.getName());

    @Inject
    RosterStore store;

    @Inject
    ServiceCalls calls;

    @Inject
    ServiceSettings settings;

    /** What a sync did. */
    public record Report(int members, int refused, int withdrawn) {
    }

    /** Syncs in the background, unless synced within {@code BBB_LTI_ROSTER_LAUNCH_MINUTES}: the launch never waits. */
    @Asynchronous
    public void afterLaunch(long contextId) {
        sync(contextId, settings.rosterAfterLaunch());
    }

    /** Syncs the context unless some node did less than {@code period} ago; empty when it did not sync. */
    public Optional<Report> sync(long contextId, Duration period) {
        Optional<RosterStore.Target> claimed;
        try {
            claimed = store.claim(contextId, period);
        } catch (EJBException e) {
            LOG.fine(() -> "Another node claimed the roster of LTI context " + contextId);
            return Optional.empty();
        }
        return claimed.map(this::run);
    }

    private Report run(RosterStore.Target target) {
        List<Member> members;
        try {
            members = Memberships.read(target.memberships(), page -> calls.get(target.platform(), page,
                    Memberships.MEDIA_TYPE, Scopes.NRPS));
        } catch (ServiceCallException e) {
            LOG.warning(() -> "Roster of LTI context " + target.id() + " not synced: " + e.getMessage());
            store.ended(target.id(), RosterRun.Outcome.FAILED, 0, e.getMessage());
            return new Report(0, 0, 0);
        }
        List<Member> active = members.stream().filter(Member::active).toList();
        int refused = 0;
        for (Member member : active) {
            try {
                store.arrive(target, member);
            } catch (EmbedRefusedException | EJBException e) {
                refused++;
                LOG.info(() -> "Roster of LTI context " + target.id() + ": member " + member.userId()
                        + " not brought in (" + e.getClass().getSimpleName() + ")");
            }
        }
        Set<String> present = active.stream().map(Member::userId).collect(Collectors.toSet());
        int withdrawn = present.isEmpty() ? 0 : store.withdrawAbsent(target, present);
        store.ended(target.id(), RosterRun.Outcome.SYNCED, active.size(), refused == 0 ? null
                : refused + " member(s) refused");
        return new Report(active.size(), refused, withdrawn);
    }
}
