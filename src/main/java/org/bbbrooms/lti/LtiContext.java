package org.bbbrooms.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bbbrooms.identity.Course;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * An LMS course (the launch's {@code context} claim) and the course of ours it maps to, with the service URLs the
 * last launch announced: NRPS's memberships URL and AGS's line items URL with the scopes granted. Launches keep
 * them up to date; the roster sync and the grade passback read them.
 */
@Entity
@Table(name = "lti_context")
public class LtiContext extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "platform_id", nullable = false, updatable = false)
    private LtiPlatform platform;

    @Column(name = "context_id", nullable = false, updatable = false, length = 255)
    private String contextId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(length = 255)
    private String title;

    @Column(name = "memberships_url", length = 2000)
    private String membershipsUrl;

    @Column(name = "lineitems_url", length = 2000)
    private String lineItemsUrl;

    @Column(name = "ags_scopes", length = 500)
    private String agsScopes;

    @Column(name = "roster_synced_at")
    private Instant rosterSyncedAt;

    protected LtiContext() {
    }

    public LtiContext(LtiPlatform platform, String contextId, Course course) {
        this.platform = platform;
        this.contextId = contextId;
        this.course = course;
    }

    /** What the latest launch said of the context's services (absent claims leave the known URLs as they are). */
    public void services(Optional<String> memberships, Optional<String> lineItems, Set<String> scopes) {
        memberships.ifPresent(url -> this.membershipsUrl = url);
        lineItems.ifPresent(url -> {
            this.lineItemsUrl = url;
            this.agsScopes = String.join(" ", scopes);
        });
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void rosterSynced(Instant at) {
        this.rosterSyncedAt = at;
    }

    public LtiPlatform getPlatform() {
        return platform;
    }

    public String getContextId() {
        return contextId;
    }

    public Course getCourse() {
        return course;
    }

    public Optional<String> getTitle() {
        return Optional.ofNullable(title);
    }

    public Optional<String> getMembershipsUrl() {
        return Optional.ofNullable(membershipsUrl);
    }

    public Optional<String> getLineItemsUrl() {
        return Optional.ofNullable(lineItemsUrl);
    }

    public Set<String> getAgsScopes() {
        return agsScopes == null ? Set.of() : Arrays.stream(agsScopes.split(" ")).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    public Optional<Instant> getRosterSyncedAt() {
        return Optional.ofNullable(rosterSyncedAt);
    }
}
