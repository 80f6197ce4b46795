package org.bbbrooms.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.persistence.Page;
import org.bbbrooms.platform.persistence.PageRequest;
import org.bbbrooms.platform.persistence.Paging;

/**
 * Users of the portal: look-ups for everyone, changes for admins only (enforced here by the container, whatever
 * the page shows).
 * <p>Use: {@code users.create(new User(...), password)}; {@code users.findByUsername("alice")}.
 */
@Stateless
@PermitAll
public class UserService {

    private static final Set<String> SORTABLE = Set.of("username", "displayName", "email", "role", "active", "createdAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Event<AccountEvent> events;

    public Optional<User> find(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    public Optional<User> findByUsername(String username) {
        return em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", User.normalizeUsername(username))
                .getResultStream().findFirst();
    }

    /** The user a host portal knows by this id (its {@code externalId}); local users have none. */
    public Optional<User> findByExternalId(String externalId) {
        return em.createQuery("select u from User u where u.externalId = :id", User.class)
                .setParameter("id", externalId).getResultStream().findFirst();
    }

    /** Active users whose username or name starts with or contains the text, for pickers; at most {@code max}. */
    public List<User> suggest(String text, int max) {
        return search(new UserFilter(text, null, true), new PageRequest(0, max, "username", true)).items();
    }

    @RolesAllowed(Roles.ADMIN)
    public Page<User> search(UserFilter filter, PageRequest request) {
        return Paging.page(em, User.class, request, SORTABLE, "username", (where, root) -> where
                .contains(root, filter.text(), "username", "displayName", "email")
                .equal(root.get("role"), filter.role())
                .equal(root.get("active"), filter.active()));
    }

    /** Creates a user; the password may be empty, leaving an account that cannot sign in until one is set. */
    @RolesAllowed(Roles.ADMIN)
    public User create(User user, char[] password) {
        if (findByUsername(user.getUsername()).isPresent()) {
            throw new BusinessException("user.username.taken", user.getUsername());
        }
        if (password != null && password.length > 0) {
            passwords.set(user, password);
        }
        em.persist(user);
        return user;
    }

    /** Saves an admin's edit of a user (detached copy from the form); an empty password keeps the old one. */
    @RolesAllowed(Roles.ADMIN)
    public User update(User edited, char[] newPassword) {
        User current = find(edited.getId()).orElseThrow(() -> new BusinessException("user.notFound"));
        if (current.getVersion() != edited.getVersion()) {
            throw new BusinessException("edit.conflict");
        }
        Optional<User> sameName = findByUsername(edited.getUsername());
        if (sameName.isPresent() && !sameName.get().equals(current)) {
            throw new BusinessException("user.username.taken", edited.getUsername());
        }
        current.setUsername(edited.getUsername());
        current.setDisplayName(edited.getDisplayName());
        current.setEmail(edited.getEmail());
        current.setRole(edited.getRole());
        if (newPassword != null && newPassword.length > 0) {
            passwords.set(current, newPassword);
        }
        return current;
    }

    /** Deactivates or reactivates a user (an {@link AccountEvent}); an admin may not lock themselves out. */
    @RolesAllowed(Roles.ADMIN)
    public User setActive(long id, boolean active, Actor actor) {
        User user = find(id).orElseThrow(() -> new BusinessException("user.notFound"));
        if (!active && user.getId() == actor.userId()) {
            throw new BusinessException("user.cannotDeactivateSelf");
        }
        if (user.isActive() != active) {
            events.fire(new AccountEvent(active ? AccountEvent.Kind.REACTIVATED : AccountEvent.Kind.DEACTIVATED,
                    Optional.of(actor), user.getUsername(), Optional.empty()));
        }
        user.setActive(active);
        return user;
    }
}
