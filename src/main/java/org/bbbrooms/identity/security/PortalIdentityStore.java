package org.bbbrooms.identity.security;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bbbrooms.identity.Passwords;
import org.bbbrooms.identity.Roles;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.UserService;

/**
 * Checks usernames and passwords against the portal's users. An unknown user, a wrong password and a deactivated
 * account give the same answer in the same time, so nothing reveals whether a username exists. Guessing is slowed
 * by {@link LoginThrottle}: a name or an address it blocks is turned away before any password is hashed. Hashes
 * in flight are capped ({@link PasswordCheckGate}); an attempt it refuses, or a second one of a guessing address
 * while its first is checked, is turned away too and marked {@link #busy} (the page says "try again shortly"),
 * for every name alike. Each outcome is counted ({@link SignInMetrics}).
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    UserService users;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    HttpServletRequest request;

    @Inject
    SignInMetrics metrics;

    @Inject
    PasswordCheckGate gate;

    private static final String BUSY = PortalIdentityStore.class.getName() + ".busy";
    private static final String RESERVED = PortalIdentityStore.class.getName() + ".slot";

    /** The guessing addresses (see {@link LoginThrottle#guessedFrom}) whose one sign-in this node is checking now. */
    private final Set<String> checking = ConcurrentHashMap.newKeySet();

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String name = credential.getCaller();
        String address = request.getRemoteAddr();
        if (throttle.blocked(name, address).isPresent()) {
            metrics.throttled();
            return CredentialValidationResult.INVALID_RESULT;
        }
        boolean guessed = throttle.guessedFrom(address);
        if (guessed && !checking.add(address)) {
            return busy();
        }
        try {
            Optional<PasswordCheckGate.Slot> slot = reserved()
                    .or(() -> gate.enter(guessed || throttle.failedLately(name, address)));
            if (slot.isEmpty()) {
                return busy();
            }
            try (PasswordCheckGate.Slot held = slot.get()) {
                return checked(name, address, credential);
            }
        } finally {
            if (guessed) {
                checking.remove(address);
            }
        }
    }

    /** Whether this node is checking a sign-in of the address, a guessing one, now. */
    public boolean checking(String address) {
        return checking.contains(address);
    }

    /** Hands the request's sign-in a slot that {@link SignInFloodGate} took for it. */
    static void reserve(HttpServletRequest request, PasswordCheckGate.Slot slot) {
        request.setAttribute(RESERVED, slot);
    }

    private Optional<PasswordCheckGate.Slot> reserved() {
        return Optional.ofNullable((PasswordCheckGate.Slot) request.getAttribute(RESERVED));
    }

    /** Whether this request's sign-in was turned away unchecked because the node had no slot for it. */
    public static boolean busy(HttpServletRequest request) {
        return request.getAttribute(BUSY) != null;
    }

    private CredentialValidationResult busy() {
        metrics.busy();
        request.setAttribute(BUSY, Boolean.TRUE);
        return CredentialValidationResult.INVALID_RESULT;
    }

    /**
     * Counts the failure; once more if its transaction lost a race with another first failure of the same name or
     * address, which inserted the row it also tried to insert (the second try finds and updates it).
     */
    private void counted(String name, String address) {
        try {
            throttle.failed(name, address);
        } catch (EJBException raced) {
            throttle.failed(name, address);
        }
    }

    private CredentialValidationResult checked(String name, String address, UsernamePasswordCredential credential) {
        Optional<User> user = users.findByUsername(name);
        if (!passwords.matches(user, credential.getPassword().getValue())) {
            counted(name, address);
            metrics.failed();
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.succeeded(name);
        metrics.succeeded();
        return new CredentialValidationResult(user.get().getUsername(), Set.of(user.get().getRole().name(), Roles.USER));
    }
}
