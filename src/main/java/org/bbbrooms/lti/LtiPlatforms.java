package org.bbbrooms.lti;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.audit.AuditLog;
import org.bbbrooms.audit.Audited;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.lti.LaunchRecord.Outcome;
import org.bbbrooms.lti.LtiPlatform.Registration;
import org.bbbrooms.lti.LtiPlatform.Status;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.NotFoundException;

/**
 * The registered platforms: admins register, edit, approve, disable and enable them (each method checks that the
 * actor is an admin; approving, enabling and disabling are written to the audit log); dynamic registration adds
 * them pending approval; launches find them by issuer and client id and are logged here, accepted or refused, in a
 * transaction of their own so that a refusal's rollback keeps it.
 * <p>Use: {@code Optional<LtiPlatform> platform = platforms.byIssuer(iss, clientId);}
 */
@Stateless
public class LtiPlatforms {

    /** How many launches the admin page shows per platform. */
    public static final int RECENT_LAUNCHES = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    LtiSettings settings;

    @Inject
    Clock clock = Clock.systemUTC();

    @Inject
    AuditLog audit;

    @Inject
    ToolKeys toolKeys;

    public List<LtiPlatform> list(Actor actor) {
        requireAdmin(actor);
        return em.createQuery("select p from LtiPlatform p order by p.name, p.id", LtiPlatform.class)
                .getResultList();
    }

    public LtiPlatform find(Actor actor, long id) {
        requireAdmin(actor);
        return byId(id);
    }

    /** A platform an admin typed in: active at once. */
    public LtiPlatform register(Actor actor, PlatformEndpoints endpoints) {
        requireAdmin(actor);
        return add(endpoints, Registration.MANUAL, Status.ACTIVE);
    }

    /** A platform that registered itself: pending unless {@code BBB_LTI_AUTO_APPROVE}. */
    public LtiPlatform registerDynamically(PlatformEndpoints endpoints, Optional<String> product) {
        LtiPlatform platform = add(endpoints, Registration.DYNAMIC,
                settings.autoApprove() ? Status.ACTIVE : Status.PENDING);
        product.map(name -> name.length() > 100 ? name.substring(0, 100) : name).ifPresent(platform::setProduct);
        return platform;
    }

    public LtiPlatform update(Actor actor, long id, PlatformEndpoints endpoints) {
        requireAdmin(actor);
        LtiPlatform platform = byId(id);
        if (!platform.getIssuer().equals(endpoints.issuer()) || !platform.getClientId().equals(endpoints.clientId())) {
            throw new BusinessException("lti.platform.identity.fixed");
        }
        checked(endpoints);
        platform.update(endpoints);
        return platform;
    }

    /** Approves a pending platform, or enables a disabled one. */
    public void activate(Actor actor, long id) {
        changeStatus(actor, id, Status.ACTIVE, AuditAction.LTI_PLATFORM_ACTIVATED);
    }

    public void disable(Actor actor, long id) {
        changeStatus(actor, id, Status.DISABLED, AuditAction.LTI_PLATFORM_DISABLED);
    }

    /**
     * Rotates the tool's key (an admin's action): the new key signs from now on, and the previous one stays published
     * at /lti/jwks for {@code BBB_LTI_KEY_OVERLAP}, so that platforms that cached it keep verifying.
     */
    public String rotateToolKey(Actor actor) {
        requireAdmin(actor);
        String before = toolKeys.signingKid();
        String kid = toolKeys.rotate();
        audit.record(Audited.by(actor, AuditAction.LTI_KEY_ROTATED, kid).change(Optional.of(before), kid));
        return kid;
    }

    private void changeStatus(Actor actor, long id, Status status, AuditAction action) {
        requireAdmin(actor);
        LtiPlatform platform = byId(id);
        audit.record(Audited.by(actor, action, platform.getName())
                .change(Optional.of(platform.getStatus().name()), status.name()).details(platform.getIssuer()));
        platform.setStatus(status);
    }

    /** The platform a launch or a login names, whatever its status. */
    public Optional<LtiPlatform> byIssuer(String issuer, String clientId) {
        return em.createQuery("select p from LtiPlatform p where p.issuer = :iss and p.clientId = :client",
                LtiPlatform.class).setParameter("iss", issuer).setParameter("client", clientId)
                .getResultStream().findFirst();
    }

    /** The platforms of an issuer (a login initiation may omit the client id when there is only one). */
    public List<LtiPlatform> byIssuer(String issuer) {
        return em.createQuery("select p from LtiPlatform p where p.issuer = :iss order by p.id", LtiPlatform.class)
                .setParameter("iss", issuer).getResultList();
    }

    /** The origins of the active platforms: those that may frame the embed views. */
    public Set<String> activeOrigins() {
        return em.createQuery("select p from LtiPlatform p where p.status = :active", LtiPlatform.class)
                .setParameter("active", Status.ACTIVE).getResultStream()
                .flatMap(platform -> platform.origins().stream()).collect(Collectors.toSet());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Optional<Long> platformId, String issuer, Outcome outcome, String reason,
            Optional<String> messageType, Optional<Long> userId) {
        Optional<LtiPlatform> platform = platformId.map(id -> em.find(LtiPlatform.class, id));
        em.persist(new LaunchRecord(platform, issuer, clock.instant(), outcome, reason, messageType, userId));
    }

    /** The platform's latest launches, newest first. */
    public List<LaunchRecord> recentLaunches(Actor actor, long platformId) {
        requireAdmin(actor);
        return em.createQuery("select l from LaunchRecord l where l.platform.id = :id"
                        + " order by l.launchedAt desc, l.id desc", LaunchRecord.class)
                .setParameter("id", platformId).setMaxResults(RECENT_LAUNCHES).getResultList();
    }

    private LtiPlatform add(PlatformEndpoints endpoints, Registration via, Status status) {
        checked(endpoints);
        if (byIssuer(endpoints.issuer(), endpoints.clientId()).isPresent()) {
            throw new BusinessException("lti.platform.duplicate");
        }
        LtiPlatform platform = new LtiPlatform(endpoints, via, status, clock.instant());
        em.persist(platform);
        return platform;
    }

    private static void checked(PlatformEndpoints endpoints) {
        endpoints.check().ifPresent(key -> {
            throw new BusinessException(key);
        });
    }

    private LtiPlatform byId(long id) {
        return Optional.ofNullable(em.find(LtiPlatform.class, id))
                .orElseThrow(() -> new NotFoundException("lti.platform.notFound"));
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("lti.adminOnly");
        }
    }
}
