package org.bbbrooms.lti.registration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.LtiPlatform.Registration;
import org.bbbrooms.lti.LtiPlatform.Status;
import org.bbbrooms.lti.LtiPlatforms;
import org.bbbrooms.lti.LtiSettings;
import org.bbbrooms.lti.PlatformEndpoints;
import org.bbbrooms.platform.BusinessException;

/**
 * Stores what dynamic registration brought, each method in a transaction of its own: the count of the last hour's
 * unreviewed registrations (pending ones; active ones too when {@code BBB_LTI_AUTO_APPROVE} lets nobody review
 * them), and the platform, through {@link LtiPlatforms#registerDynamically}, or the new deployment of a platform
 * registered already with this client id.
 * <p>Use: {@code if (store.recentUnreviewed() >= cap) refuse(); ... store.keep(endpoints, product);}
 */
@Stateless
public class RegistrationStore {

    private static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    LtiPlatforms platforms;

    @Inject
    LtiSettings ltiSettings;

    @Inject
    Clock clock = Clock.systemUTC();

    /** How many dynamic registrations of the last hour nobody has reviewed. */
    public long recentUnreviewed() {
        Set<Status> unreviewed = ltiSettings.autoApprove() ? EnumSet.of(Status.PENDING, Status.ACTIVE)
                : EnumSet.of(Status.PENDING);
        return em.createQuery("select count(p) from LtiPlatform p where p.registeredVia = :dynamic"
                        + " and p.status in :statuses and p.createdAt > :since", Long.class)
                .setParameter("dynamic", Registration.DYNAMIC).setParameter("statuses", unreviewed)
                .setParameter("since", clock.instant().minus(WINDOW)).getSingleResult();
    }

    /** The platform registered, or the known one with its new deployment. */
    public LtiPlatform keep(PlatformEndpoints endpoints, Optional<String> product) {
        Optional<LtiPlatform> known = platforms.byIssuer(endpoints.issuer(), endpoints.clientId());
        if (known.isPresent()) {
            if (known.get().deploymentIds().containsAll(endpoints.deploymentIds())) {
                throw new RegistrationRefusedException(RegistrationRefusal.ALREADY_REGISTERED,
                        endpoints.issuer() + " " + endpoints.clientId());
            }
            endpoints.deploymentIds().forEach(known.get()::addDeployment);
            return known.get();
        }
        try {
            return platforms.registerDynamically(endpoints, product);
        } catch (BusinessException e) {
            throw new RegistrationRefusedException(RegistrationRefusal.BAD_CONFIGURATION, e.key());
        }
    }
}
