package org.bbbrooms.identity.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.bbbrooms.identity.AccountEvent;
import org.bbbrooms.identity.AccountEvent.Kind;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.platform.AccessDeniedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing, on every node alike (the counts are in the database). Failures are counted per
 * account name, whether the account exists or not (so a refusal says nothing of who has an account), and per
 * client address. After {@value #FREE_ACCOUNT_FAILURES} failures of a name, each further one blocks that name for
 * a doubling time (1 s, 2 s, 4 s...); at {@code BBB_LOGIN_LOCKOUT_FAILURES} (default 10) the name is locked for
 * {@code BBB_LOGIN_LOCKOUT} (default PT15M) unless an admin unlocks it first. An address gets the same doubling
 * after {@code BBB_LOGIN_ADDRESS_FAILURES} (default 30) failures, never a lockout (a school behind one address must
 * not be locked out by one pupil). A blocked attempt is turned away before any password is hashed, so a flood of
 * guesses costs no CPU. A failure run older than an hour is forgotten; a success clears the name's count. Every
 * counted failure, lockout and unlock fires an {@link AccountEvent} in its transaction (the audit log keeps them).
 * <p>Use: {@code if (throttle.blocked(name, address).isPresent()) refuse();} then, on a wrong password,
 * {@code throttle.failed(name, address);}
 */
@Stateless
public class LoginThrottle {

    static final int FREE_ACCOUNT_FAILURES = 3;
    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration LONGEST_BACKOFF = ThrottleEntry.LONGEST_BACKOFF;
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock = Clock.systemUTC();

    @Inject
    Event<AccountEvent> events;

    @Inject
    @ConfigProperty(name = "BBB_LOGIN_LOCKOUT_FAILURES", defaultValue = "10")
    int lockoutFailures = 10;

    @Inject
    @ConfigProperty(name = "BBB_LOGIN_ADDRESS_FAILURES", defaultValue = "30")
    int freeAddressFailures = 30;

    @Inject
    @ConfigProperty(name = "BBB_LOGIN_LOCKOUT", defaultValue = "PT15M")
    String lockout = "PT15M";

    /** Until when the name or the address is turned away, if it is now. */
    public Optional<Instant> blocked(String username, String address) {
        return ThrottleEntry.blocked(em, clock.instant(), account(username), address(address));
    }

    /**
     * Whether guesses come from the address: its failures went past the free ones and go on. Its sign-ins are then
     * checked one at a time ({@link PortalIdentityStore}), so that the guesses a backoff lets through when it expires
     * cannot hash passwords side by side and take every core.
     */
    public boolean guessedFrom(String address) {
        return standing(address).guessing();
    }

    /** The address's backoff and record, in one look-up, whatever names it tried. */
    public AddressStanding standing(String address) {
        Instant now = clock.instant();
        return Optional.ofNullable(em.find(ThrottleEntry.class, address(address)))
                .map(entry -> new AddressStanding(entry.blockedUntil().filter(until -> until.isAfter(now)),
                        entry.isGuessing(now, WINDOW), entry.failedWithin(now, WINDOW)))
                .orElse(AddressStanding.CLEAN);
    }

    /**
     * Whether the name or the address failed a sign-in within the hour: its attempts then wait behind those of
     * users with a clean record for a password check ({@link PasswordCheckGate}).
     */
    public boolean failedLately(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(account(username), address(address)).map(key -> em.find(ThrottleEntry.class, key))
                .anyMatch(entry -> entry != null && entry.failedWithin(now, WINDOW));
    }

    /** Counts a failed sign-in of the name from the address, and blocks or locks as the rules say. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String username, String address) {
        Instant now = clock.instant();
        ThrottleEntry name = entry(account(username), now);
        int failures = name.fail(now, WINDOW);
        fired(Kind.SIGN_IN_FAILED, Optional.empty(), username, address);
        if (failures >= lockoutFailures) {
            Duration lasts = Duration.parse(lockout);
            name.block(now.plus(lasts), true);
            LOG.warning(() -> "Sign-in locked for " + lasts + " after " + failures + " failures: " + name.key());
            fired(Kind.LOCKED_OUT, Optional.empty(), username, address);
        } else if (failures > FREE_ACCOUNT_FAILURES) {
            name.block(now.plus(backoff(failures - FREE_ACCOUNT_FAILURES)), false);
        }
        ThrottleEntry from = entry(address(address), now);
        int fromAddress = from.fail(now, WINDOW);
        if (fromAddress > freeAddressFailures) {
            from.block(now.plus(backoff(fromAddress - freeAddressFailures)), false);
        }
        LOG.info(() -> "Failed sign-in " + failures + " in a row for " + name.key() + " from " + address);
    }

    /** A success forgets the name's failures (not the address's: a guesser may own one account). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(String username) {
        Optional.ofNullable(em.find(ThrottleEntry.class, account(username))).ifPresent(em::remove);
    }

    /** Until when an account name is locked out after failed sign-ins, if it is now (for the admin's page). */
    public Optional<Instant> lockedUntil(Actor actor, String username) {
        requireAdmin(actor);
        return Optional.ofNullable(em.find(ThrottleEntry.class, account(username))).filter(ThrottleEntry::isLocked)
                .flatMap(ThrottleEntry::blockedUntil).filter(until -> until.isAfter(clock.instant()));
    }

    /** An admin lifts a lockout (and the backoff) of an account name. */
    public void unlock(Actor actor, String username) {
        requireAdmin(actor);
        Optional.ofNullable(em.find(ThrottleEntry.class, account(username))).ifPresent(em::remove);
        LOG.info(() -> "Sign-in unlocked by " + actor.username() + ": " + account(username));
        fired(Kind.UNLOCKED, Optional.of(actor), username, null);
    }

    private void fired(Kind kind, Optional<Actor> by, String username, String address) {
        events.fire(new AccountEvent(kind, by, account(username).substring("account:".length()),
                Optional.ofNullable(address)));
    }

    private ThrottleEntry entry(String key, Instant now) {
        return ThrottleEntry.of(em, key, now);
    }

    private static Duration backoff(int beyondFree) {
        return ThrottleEntry.backoff(beyondFree);
    }

    private static String account(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > 100 ? name.substring(0, 100) : name);
    }

    private static String address(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("access.denied");
        }
    }
}
