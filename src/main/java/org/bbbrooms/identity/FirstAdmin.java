package org.bbbrooms.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first administrator of a fresh production install, from {@code BBB_ADMIN_USERNAME} and
 * {@code BBB_ADMIN_PASSWORD}: created at start-up when no user has that name, and never touched again (changing the
 * variables later neither resets a password nor creates a second account). Without it, a server without the demo
 * data would have nobody who can sign in.
 * <p>It saves the account itself rather than through {@link UserService#create}, which only an administrator may
 * call: at start-up there is no caller, and Payara Server (unlike Payara Micro) refuses the call. This start-up
 * callback is the only way in; the bean has no business method that anyone could call later.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    @ConfigProperty(name = "BBB_ADMIN_USERNAME")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "BBB_ADMIN_PASSWORD")
    Optional<String> password;

    @Inject
    UserService users;

    @Inject
    Passwords passwords;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void create() {
        Optional<String> name = username.map(String::strip).filter(n -> !n.isEmpty());
        if (name.isEmpty() || users.findByUsername(name.get()).isPresent()) {
            return;
        }
        String secret = password.filter(p -> p.length() >= Passwords.MIN_LENGTH).orElseThrow(() ->
                new IllegalStateException("BBB_ADMIN_USERNAME is set but BBB_ADMIN_PASSWORD is missing or shorter than "
                        + Passwords.MIN_LENGTH + " characters: set both to create the first administrator"));
        User admin = new User(name.get(), "Administrator", name.get() + "@localhost", PlatformRole.ADMIN);
        passwords.set(admin, secret.toCharArray());
        em.persist(admin);
        LOG.info(() -> "Created the first administrator, " + name.get() + ", from BBB_ADMIN_USERNAME");
    }
}
