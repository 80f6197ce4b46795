package org.bbbrooms.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.platform.BusinessException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and checks passwords with the standard {@link Pbkdf2PasswordHash} (PBKDF2 with HMAC-SHA-512).
 * A check against a missing user still runs one full hash, so response times do not reveal which usernames exist.
 * <p>Use: {@code passwords.set(user, chars)} to change one; {@code passwords.matches(user, chars)} to sign in.
 */
@ApplicationScoped
public class Passwords {

    /** Shortest password an admin or an import may set. */
    public static final int MIN_LENGTH = 8;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "BBB_PASSWORD_ITERATIONS", defaultValue = "210000")
    int iterations;

    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate("decoy password never used".toCharArray());
    }

    /** Sets a new password after checking the policy; the clear text is not kept. */
    public void set(User user, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new BusinessException("password.tooShort", MIN_LENGTH);
        }
        user.setPasswordHash(hash.generate(password));
    }

    /** Sets a password without the length policy: for the demo accounts only, whose passwords are their names. */
    void setDemo(User user, char[] password) {
        user.setPasswordHash(hash.generate(password));
    }

    public boolean matches(Optional<User> user, char[] password) {
        Optional<String> stored = user.filter(User::isActive).flatMap(User::passwordHash);
        boolean valid = hash.verify(password, stored.orElse(decoy));
        return stored.isPresent() && valid;
    }
}
