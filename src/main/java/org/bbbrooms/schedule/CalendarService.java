package org.bbbrooms.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each user's calendar settings: the time zone times are shown in (their own choice, else {@code BBB_TIME_ZONE},
 * else the server's), and the secret of their iCalendar feed. The secret is shown once when made; only its SHA-256
 * is stored, and making a new one is how a user revokes the old address.
 * <p>Use: {@code ZoneId zone = calendars.zone(actor);} {@code String secret = calendars.resetFeed(actor);}
 */
@Stateless
@PermitAll
public class CalendarService {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    @ConfigProperty(name = "BBB_TIME_ZONE")
    Optional<String> platformZone;

    /** The platform's zone: {@code BBB_TIME_ZONE}, else the server's. */
    public ZoneId platformZone() {
        return platformZone.map(String::strip).filter(zone -> !zone.isEmpty()).map(ZoneId::of)
                .orElseGet(ZoneId::systemDefault);
    }

    /** The zone the user reads and enters times in. */
    public ZoneId zone(Actor actor) {
        return chosenZone(actor).orElseGet(this::platformZone);
    }

    /** The user's own choice of zone, if they made one. */
    public Optional<ZoneId> chosenZone(Actor actor) {
        return Optional.ofNullable(em.find(UserCalendar.class, actor.userId())).flatMap(UserCalendar::timeZone)
                .map(ZoneId::of);
    }

    /** Sets the user's zone (a region id such as {@code Europe/Paris}); none goes back to the platform's. */
    public void chooseZone(Actor actor, Optional<String> zone) {
        Optional<String> id = zone.map(String::strip).filter(z -> !z.isEmpty());
        try {
            id.ifPresent(ZoneId::of);
        } catch (DateTimeException e) {
            throw new BusinessException("calendar.zone.invalid");
        }
        calendar(actor).timeZone(id.orElse(null));
    }

    public boolean hasFeed(Actor actor) {
        return Optional.ofNullable(em.find(UserCalendar.class, actor.userId())).map(UserCalendar::hasFeed)
                .orElse(false);
    }

    /** A new feed secret for the user, which replaces the old one: the old address stops working. */
    public String resetFeed(Actor actor) {
        String secret = Tokens.random();
        calendar(actor).feedDigest(Tokens.digest(secret));
        return secret;
    }

    /** The active user whose feed secret this is. */
    public Optional<Actor> ownerOf(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select c from UserCalendar c where c.feedDigest = :digest", UserCalendar.class)
                .setParameter("digest", Tokens.digest(secret)).getResultStream().findFirst()
                .flatMap(calendar -> users.find(calendar.userId())).filter(User::isActive).map(Actor::of);
    }

    private UserCalendar calendar(Actor actor) {
        return Optional.ofNullable(em.find(UserCalendar.class, actor.userId())).orElseGet(() -> {
            UserCalendar created = new UserCalendar(actor.userId());
            em.persist(created);
            return created;
        });
    }
}
