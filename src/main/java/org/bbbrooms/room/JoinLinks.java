package org.bbbrooms.room;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.Tokens;

/**
 * Single-use links that sign a user in and open a room ({@code /join/<token>}, whose landing is the embed
 * feature's {@code JoinLinkServlet}), for host portals that draw their own button and for the embed view, whose
 * Start and Join open the conference in a new tab, where the frame's session does not reach. A link is valid for
 * {@value #VALIDITY_SECONDS} seconds; the token is 256 random bits, stored only as its SHA-256, and used by one
 * conditional UPDATE, so that a double click or a second node cannot use it again.
 * <p>Use: {@code IssuedJoinLink link = joinLinks.issue(userId, room.publicId());} and, on the landing,
 * {@code joinLinks.use(token)}.
 */
@Stateless
@PermitAll
public class JoinLinks {

    public static final long VALIDITY_SECONDS = 60;
    /** Used and expired links are deleted this long after their expiry. */
    private static final Duration KEPT = Duration.ofDays(1);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    RoomService rooms;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Clock clock = Clock.systemUTC();

    /**
     * A new join link of an active user to a room they may see (NotFoundException for an unknown user or room,
     * AccessDeniedException for a room they may not see).
     */
    public IssuedJoinLink issue(long userId, String roomPublicId) {
        User user = users.find(userId).filter(User::isActive).orElseThrow(() -> new NotFoundException("user.notFound"));
        String publicId = rooms.byPublicId(Actor.of(user), roomPublicId).publicId();
        Instant now = clock.instant();
        em.createQuery("delete from JoinLink j where j.expiresAt < :cutoff")
                .setParameter("cutoff", now.minus(KEPT)).executeUpdate();
        String token = Tokens.random();
        Instant expiresAt = now.plusSeconds(VALIDITY_SECONDS);
        em.persist(new JoinLink(Tokens.digest(token), user.getId(), publicId, expiresAt));
        return new IssuedJoinLink(publicUrl.resolve("/join/" + token), expiresAt);
    }

    /** The link of this token, now used, if it was unused and unexpired; empty for every other token. */
    public Optional<JoinLink> use(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        String hash = Tokens.digest(token);
        int used = em.createQuery("update JoinLink j set j.usedAt = :now where j.tokenHash = :hash"
                        + " and j.usedAt is null and j.expiresAt > :now")
                .setParameter("now", clock.instant()).setParameter("hash", hash).executeUpdate();
        if (used != 1) {
            return Optional.empty();
        }
        return em.createQuery("select j from JoinLink j where j.tokenHash = :hash", JoinLink.class)
                .setParameter("hash", hash).getResultStream().findFirst();
    }
}
