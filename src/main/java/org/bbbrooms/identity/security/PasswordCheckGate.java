package org.bbbrooms.identity.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Caps the password checks (a PBKDF2 hash: about 0.6 s of a core) that run at once on this node, whoever asks, so
 * that a flood of sign-ins, from one address or many, a server just started included, takes at most the cores it is
 * given and pages keep answering. There are {@code BBB_LOGIN_CONCURRENT_CHECKS} slots (default: one per core).
 * A sign-in whose name and address failed none in the last hour may take any slot and waits for one, in order of
 * arrival, up to {@code BBB_LOGIN_CHECK_WAIT} (default PT1S); at most {@value #WAITING_PER_SLOT} such waits per
 * slot, the rest are refused at once. A suspect sign-in (its name or address failed lately) never waits, never
 * takes a slot a clean one is waiting for, and gets all slots but one: a known user's sign-in keeps its share under
 * a guessing attack. A refused attempt has hashed nothing, and the answer does not depend on whether the account
 * exists.
 * <p>Use: {@code Optional<Slot> slot = gate.enter(suspect); if (slot.isEmpty()) refuse(); try (Slot held =
 * slot.get()) { hash(); }}
 */
@ApplicationScoped
public class PasswordCheckGate {

    static final int WAITING_PER_SLOT = 4;

    @Inject
    @ConfigProperty(name = "BBB_LOGIN_CONCURRENT_CHECKS", defaultValue = "0")
    int configuredSlots;

    @Inject
    @ConfigProperty(name = "BBB_LOGIN_CHECK_WAIT", defaultValue = "PT1S")
    String configuredWait;

    private int size;
    private long waitNanos;
    private Semaphore slots;
    private Semaphore suspectShare;

    PasswordCheckGate() {
    }

    /** A gate of {@code size} slots whose clean sign-ins wait up to {@code wait} for one. */
    PasswordCheckGate(int size, Duration wait) {
        sized(size, wait);
    }

    @PostConstruct
    void init() {
        sized(configuredSlots > 0 ? configuredSlots : Runtime.getRuntime().availableProcessors(),
                Duration.parse(configuredWait));
    }

    private void sized(int slotCount, Duration wait) {
        size = Math.max(1, slotCount);
        waitNanos = wait.toNanos();
        slots = new Semaphore(size, true);
        suspectShare = new Semaphore(Math.max(1, size - 1));
    }

    /** A slot to check one password in, or none: the attempt is then refused, nothing hashed. */
    public Optional<Slot> enter(boolean suspect) {
        return suspect ? suspectSlot() : cleanSlot();
    }

    /** Whether a clean sign-in would be refused now: no slot free and as many waiting as may wait. */
    public boolean refusesClean() {
        return slots.availablePermits() == 0 && slots.getQueueLength() >= WAITING_PER_SLOT * size;
    }

    /** How many clean sign-ins are waiting for a slot now. */
    int waiting() {
        return slots.getQueueLength();
    }

    private Optional<Slot> suspectSlot() {
        if (!suspectShare.tryAcquire()) {
            return Optional.empty();
        }
        if (!taken(0)) {
            suspectShare.release();
            return Optional.empty();
        }
        return Optional.of(new Slot(() -> {
            slots.release();
            suspectShare.release();
        }));
    }

    private Optional<Slot> cleanSlot() {
        long wait = slots.getQueueLength() >= WAITING_PER_SLOT * size ? 0 : waitNanos;
        return taken(wait) ? Optional.of(new Slot(slots::release)) : Optional.empty();
    }

    /** A slot within the wait, behind every sign-in already waiting (a fair semaphore's timed try never barges). */
    private boolean taken(long nanos) {
        try {
            return slots.tryAcquire(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One password check's slot, given back once on close. */
    public static final class Slot implements AutoCloseable {

        private final Runnable release;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Slot(Runnable release) {
            this.release = release;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                release.run();
            }
        }
    }
}
