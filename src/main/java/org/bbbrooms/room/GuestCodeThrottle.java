package org.bbbrooms.room;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.bbbrooms.identity.security.ThrottleEntry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down the guessing of a room's guest codes, on every node alike: wrong codes are counted in the login
 * throttle's table, per room ({@code guest-room:<id>}) and per client address ({@code guest-address:<ip>}). Past
 * {@code BBB_GUEST_CODE_ADDRESS_FAILURES} (default 5) wrong codes from an address, or
 * {@code BBB_GUEST_CODE_ROOM_FAILURES} (default 20) in a room from anywhere, each further one turns the address or
 * the room's code form away for a doubling time (1 s, 2 s, 4 s... at most 15 minutes), before any code is compared.
 * A run older than an hour is forgotten; a right code clears the address's count.
 * <p>Use: {@code throttle.blocked(roomId, address)} before checking a code, {@code throttle.failed(roomId, address)}
 * after a wrong one.
 */
@Stateless
public class GuestCodeThrottle {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(GuestCodeThrottle.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock = Clock.systemUTC();

    @Inject
    @ConfigProperty(name = "BBB_GUEST_CODE_ADDRESS_FAILURES", defaultValue = "5")
    int freeAddressFailures = 5;

    @Inject
    @ConfigProperty(name = "BBB_GUEST_CODE_ROOM_FAILURES", defaultValue = "20")
    int freeRoomFailures = 20;

    /** Until when codes for the room, or from the address, are turned away, if they are now. */
    public Optional<Instant> blocked(long roomId, String address) {
        return ThrottleEntry.blocked(em, clock.instant(), room(roomId), address(address));
    }

    /** Counts a wrong code for the room from the address, committed even though the guest's request fails. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long roomId, String address) {
        Instant now = clock.instant();
        count(room(roomId), freeRoomFailures, now);
        int fromAddress = count(address(address), freeAddressFailures, now);
        LOG.info(() -> "Wrong guest code " + fromAddress + " in a row from " + address + " for room " + roomId);
    }

    /** A right code forgets the address's wrong ones (not the room's: another address may be guessing). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(String address) {
        Optional.ofNullable(em.find(ThrottleEntry.class, address(address))).ifPresent(em::remove);
    }

    private int count(String key, int free, Instant now) {
        ThrottleEntry entry = ThrottleEntry.of(em, key, now);
        int failures = entry.fail(now, WINDOW);
        if (failures > free) {
            entry.block(now.plus(ThrottleEntry.backoff(failures - free)), false);
        }
        return failures;
    }

    private static String room(long roomId) {
        return "guest-room:" + roomId;
    }

    private static String address(String address) {
        String ip = address == null ? "unknown" : address;
        return "guest-address:" + (ip.length() > 100 ? ip.substring(0, 100) : ip);
    }
}
