package org.bbbrooms.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * An LMS registered with the tool: its issuer and our client id there (together they name it), the deployments it
 * may launch from, and the endpoints the tool calls (authorization for the OIDC login, token for the service calls,
 * JWKS for its signatures). A dynamically registered platform waits, {@link Status#PENDING}, until an admin
 * approves it (unless {@code BBB_LTI_AUTO_APPROVE}); only an {@link Status#ACTIVE} one may launch.
 * <p>Use: {@code if (!platform.launchesFrom(deploymentId)) refuse(LaunchRefusal.UNKNOWN_DEPLOYMENT);}
 */
@Entity
@Table(name = "lti_platform")
public class LtiPlatform extends BaseEntity {

    /** Whether the platform may launch. */
    public enum Status { PENDING, ACTIVE, DISABLED }

    /** How it was registered. */
    public enum Registration { MANUAL, DYNAMIC }

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, updatable = false, length = 255)
    private String issuer;

    @Column(name = "client_id", nullable = false, updatable = false, length = 255)
    private String clientId;

    @Column(name = "deployment_ids", nullable = false, length = 2000)
    private String deploymentIds;

    @Column(name = "auth_endpoint", nullable = false, length = 2000)
    private String authEndpoint;

    @Column(name = "token_endpoint", length = 2000)
    private String tokenEndpoint;

    @Column(name = "jwks_url", nullable = false, length = 2000)
    private String jwksUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "registered_via", nullable = false, updatable = false, length = 16)
    private Registration registeredVia;

    @Column(length = 100)
    private String product;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LtiPlatform() {
    }

    public LtiPlatform(PlatformEndpoints endpoints, Registration via, Status status, Instant createdAt) {
        this.issuer = endpoints.issuer();
        this.clientId = endpoints.clientId();
        this.registeredVia = via;
        this.status = status;
        this.createdAt = createdAt;
        update(endpoints);
    }

    /** Takes the name, deployments and endpoints of an edit; issuer and client id never change. */
    public final void update(PlatformEndpoints endpoints) {
        this.name = endpoints.name();
        this.deploymentIds = String.join(" ", new LinkedHashSet<>(endpoints.deploymentIds()));
        this.authEndpoint = endpoints.authEndpoint().toString();
        this.tokenEndpoint = endpoints.tokenEndpoint().map(URI::toString).orElse(null);
        this.jwksUrl = endpoints.jwksUrl().toString();
    }

    public boolean launchesFrom(String deploymentId) {
        return deploymentIds().contains(deploymentId);
    }

    /** Adds a deployment the platform announced (dynamic registration of a second deployment). */
    public void addDeployment(String deploymentId) {
        Set<String> all = new LinkedHashSet<>(deploymentIds());
        all.add(deploymentId);
        this.deploymentIds = String.join(" ", all);
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    /** The scheme, host and port of its issuer and of its authorization endpoint: the origins that frame us. */
    public Set<String> origins() {
        return Stream.of(issuer, authEndpoint).map(URI::create).filter(uri -> uri.getHost() != null)
                .map(uri -> uri.getScheme() + "://" + uri.getRawAuthority()).collect(Collectors.toSet());
    }

    public PlatformEndpoints endpoints() {
        return new PlatformEndpoints(name, issuer, clientId, deploymentIds(), URI.create(authEndpoint),
                Optional.ofNullable(tokenEndpoint).map(URI::create), URI.create(jwksUrl));
    }

    public Set<String> deploymentIds() {
        return Arrays.stream(deploymentIds.split(" ")).filter(id -> !id.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public String getName() {
        return name;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public Status getStatus() {
        return status;
    }

    public Registration getRegisteredVia() {
        return registeredVia;
    }

    public Optional<String> getProduct() {
        return Optional.ofNullable(product);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
