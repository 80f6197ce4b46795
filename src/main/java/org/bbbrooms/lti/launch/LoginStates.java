package org.bbbrooms.lti.launch;

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
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.platform.Tokens;

/**
 * The OIDC logins in progress ({@link LoginState}): one begins at the login initiation with a random state and
 * nonce, valid for {@link #VALID}; the launch consumes it once, on any node (two nodes consuming the same state at
 * once: the delete succeeds for one of them only). Expired ones are deleted as new logins begin.
 * <p>Use: {@code LoginState login = states.consume(request.getParameter("state")).orElseThrow(...);}
 */
@Stateless
public class LoginStates {

    /** How long a platform may take between our redirect to its authorization endpoint and the launch. */
    public static final Duration VALID = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock = Clock.systemUTC();

    public LoginState begin(LtiPlatform platform, String targetLinkUri) {
        Instant now = clock.instant();
        em.createQuery("delete from LoginState s where s.expiresAt < :now").setParameter("now", now).executeUpdate();
        LoginState login = new LoginState(Tokens.random(), Tokens.random(), em.find(LtiPlatform.class,
                platform.getId()), targetLinkUri, now.plus(VALID));
        em.persist(login);
        return login;
    }

    /** The login of this state, now used up, if it was unexpired and not used yet. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<LoginState> consume(String state) {
        if (state == null || state.length() > 64) {
            return Optional.empty();
        }
        Optional<LoginState> login = Optional.ofNullable(em.find(LoginState.class, state))
                .filter(found -> found.getExpiresAt().isAfter(clock.instant()));
        int deleted = em.createQuery("delete from LoginState s where s.state = :state").setParameter("state", state)
                .executeUpdate();
        return deleted == 1 ? login : Optional.empty();
    }
}
