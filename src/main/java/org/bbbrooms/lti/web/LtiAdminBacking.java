package org.bbbrooms.lti.web;

import com.nimbusds.jose.jwk.JWK;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.lti.LaunchRecord;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.LtiPlatforms;
import org.bbbrooms.lti.LtiSettings;
import org.bbbrooms.lti.PlatformEndpoints;
import org.bbbrooms.lti.ToolKeys;
import org.bbbrooms.lti.ToolUrls;
import org.omnifaces.util.Messages;

/**
 * Backs admin/lti.xhtml: the tool's URLs to give an LMS, the manual registration of a platform (each field's
 * message from {@link PlatformEndpoints#check()}), and the registered platforms with their status, their last
 * launches and failures, and the buttons to approve, enable or disable them. {@link LtiPlatforms} checks that the
 * user is an admin.
 */
@Named
@ViewScoped
public class LtiAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The form field that shows the message of each {@link PlatformEndpoints#check()} key. */
    private static final Map<String, String> FIELDS = Map.of("lti.platform.name.invalid", "name",
            "lti.platform.issuer.invalid", "issuer", "lti.platform.clientId.invalid", "clientId",
            "lti.platform.deployments.invalid", "deployments", "lti.platform.endpoint.invalid", "authEndpoint");

    @Inject
    LtiPlatforms platforms;

    @Inject
    ToolUrls toolUrls;

    @Inject
    PlatformOrigins origins;

    @Inject
    ActiveUser activeUser;

    @Inject
    ToolKeys toolKeys;

    @Inject
    LtiSettings ltiSettings;

    private String name;
    private String issuer;
    private String clientId;
    private String deployments;
    private String authEndpoint;
    private String tokenEndpoint;
    private String jwksUrl;

    public void register() {
        PlatformEndpoints endpoints = new PlatformEndpoints(strip(name), strip(issuer), strip(clientId),
                new LinkedHashSet<>(Arrays.stream(Optional.ofNullable(deployments).orElse("").strip().split("\\s+"))
                        .filter(id -> !id.isEmpty()).toList()), uri(authEndpoint),
                Optional.ofNullable(strip(tokenEndpoint)).filter(url -> !url.isEmpty()).map(LtiAdminBacking::uri),
                uri(jwksUrl));
        Optional<String> wrong = endpoints.check();
        if (wrong.isPresent()) {
            Messages.addError("lti:" + FIELDS.get(wrong.get()), wrong.get());
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        LtiPlatform platform = platforms.register(activeUser.actor(), endpoints);
        origins.forget();
        Messages.addGlobalInfo("lti.admin.registered", platform.getName());
        name = issuer = clientId = deployments = authEndpoint = tokenEndpoint = jwksUrl = null;
    }

    /** Approves a pending platform or enables a disabled one. */
    public void activate(LtiPlatform platform) {
        platforms.activate(activeUser.actor(), platform.getId());
        origins.forget();
        Messages.addGlobalInfo("lti.admin.activated", platform.getName());
    }

    public void disable(LtiPlatform platform) {
        platforms.disable(activeUser.actor(), platform.getId());
        origins.forget();
        Messages.addGlobalInfo("lti.admin.disabled", platform.getName());
    }

    public void rotateKey() {
        Messages.addGlobalInfo("lti.admin.key.rotated", platforms.rotateToolKey(activeUser.actor()));
    }

    public String getSigningKid() {
        return toolKeys.signingKid();
    }

    public String getPublishedKids() {
        return toolKeys.publicKeys().getKeys().stream().map(JWK::getKeyID).collect(Collectors.joining(", "));
    }

    /** How long a rotated key stays published, in hours ({@code BBB_LTI_KEY_OVERLAP}). */
    public long getOverlapHours() {
        return ltiSettings.keyOverlap().toHours();
    }

    public List<LtiPlatform> getPlatforms() {
        return platforms.list(activeUser.actor());
    }

    public List<LaunchRecord> launches(LtiPlatform platform) {
        return platforms.recentLaunches(activeUser.actor(), platform.getId());
    }

    public long failures(LtiPlatform platform) {
        return launches(platform).stream().filter(l -> l.getOutcome() == LaunchRecord.Outcome.REFUSED).count();
    }

    public String deploymentsOf(LtiPlatform platform) {
        return platform.deploymentIds().stream().collect(Collectors.joining(" "));
    }

    public ToolUrls getToolUrls() {
        return toolUrls;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** The URI typed, or null when it is none (check() then says so). */
    private static URI uri(String text) {
        try {
            return text == null || text.isBlank() ? null : new URI(text.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getDeployments() {
        return deployments;
    }

    public void setDeployments(String deployments) {
        this.deployments = deployments;
    }

    public String getAuthEndpoint() {
        return authEndpoint;
    }

    public void setAuthEndpoint(String authEndpoint) {
        this.authEndpoint = authEndpoint;
    }

    public String getTokenEndpoint() {
        return tokenEndpoint;
    }

    public void setTokenEndpoint(String tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public void setJwksUrl(String jwksUrl) {
        this.jwksUrl = jwksUrl;
    }
}
