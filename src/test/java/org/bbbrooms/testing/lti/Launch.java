package org.bbbrooms.testing.lti;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One launch from the LMS to a tool: who, in which course, of which link, with which message, and every way a test
 * wants it bent. It starts the OIDC third-party-initiated login ({@link #loginUrl()}); the platform's
 * authorization endpoint then answers with {@link #idToken(String)} for the nonce the tool sent. Knobs change the
 * id_token for refusal tests, whether the launch goes through a browser, {@link LaunchFlow}, or neither.
 * <pre>{@code
 * Launch launch = emu.launch("s1", "c1", "room");                         // LtiResourceLinkRequest
 * browser.get(launch.pageUrl());                                          // the LMS page framing the tool
 * emu.launch("s1", "c1", "room").signedWith(SigningKey.UNPUBLISHED);      // forged
 * emu.launch("s1", "c1", "room").without(LtiClaims.DEPLOYMENT_ID);        // missing claim
 * emu.launch("s1", "c1", "room").withClaim(LtiClaims.VERSION, "1.1");     // wrong value (applied last)
 * emu.deepLinking("t1", "c1").idToken("n-123");                           // a compact JWT, no HTTP
 * }</pre>
 * Knobs change the launch in place and return it; the platform's endpoints see the change, since the hints in the
 * login URL stand for this very object.
 */
public final class Launch {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final LtiPlatformEmulator emu;
    private final ToolRegistration tool;
    private final LtiUser user;
    private final LtiContext context;
    private final ResourceLink link;
    private final String messageType;
    final String loginHint = Registrations.random();
    final String messageHint = Registrations.random();
    final String deepLinkingData = Registrations.random();
    private final Map<String, Object> overrides = new LinkedHashMap<>();
    private final Set<String> removed = new HashSet<>();
    private final List<String> otherAudiences = new ArrayList<>();
    private SigningKey signingKey = SigningKey.PLATFORM;
    private boolean expired;
    private boolean loginByPost;

    Launch(LtiPlatformEmulator emu, ToolRegistration tool, LtiUser user, LtiContext context, ResourceLink link) {
        this.emu = emu;
        this.tool = tool;
        this.user = user;
        this.context = context;
        this.link = link;
        this.messageType = link == null ? LtiClaims.DEEP_LINKING_REQUEST : LtiClaims.RESOURCE_LINK_REQUEST;
    }

    /** Sets a claim of the id_token, replacing what the platform would put (applied after everything else). */
    public Launch withClaim(String name, Object value) {
        removed.remove(name);
        overrides.put(name, value);
        return this;
    }

    /** Leaves a claim out of the id_token. */
    public Launch without(String name) {
        overrides.remove(name);
        removed.add(name);
        return this;
    }

    /** Signs with another key, or not at all. */
    public Launch signedWith(SigningKey key) {
        this.signingKey = key;
        return this;
    }

    /** Issues an id_token that expired a minute ago (iat six minutes ago). */
    public Launch expired() {
        this.expired = true;
        return this;
    }

    /** Makes aud an array: the tool's client id, then these; azp stays the client id (OIDC Core §2). */
    public Launch alsoFor(String... audiences) {
        otherAudiences.addAll(List.of(audiences));
        return this;
    }

    /** Starts the login with a form POST to the tool's login URL rather than a GET (LTI Core §5.1.1.1 allows both). */
    public Launch loginByPost() {
        this.loginByPost = true;
        return this;
    }

    public ToolRegistration tool() {
        return tool;
    }

    public LtiUser user() {
        return user;
    }

    public LtiContext context() {
        return context;
    }

    /** The launched link, or null for a deep-linking launch. */
    public ResourceLink link() {
        return link;
    }

    public String messageType() {
        return messageType;
    }

    public boolean byPost() {
        return loginByPost;
    }

    /** The URL the message targets: the link's, else the tool's (its deep-linking URL for a deep-linking launch). */
    public String targetLinkUri() {
        if (link == null) {
            return tool.deepLinkUri();
        }
        return link.targetLinkUri() != null ? link.targetLinkUri() : tool.targetLinkUri();
    }

    /** The fields of the third-party-initiated login (LTI Core §5.1.1.1), sent to the tool's login URL. */
    public Map<String, String> loginParameters() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("iss", emu.issuer());
        fields.put("login_hint", loginHint);
        fields.put("target_link_uri", targetLinkUri());
        fields.put("lti_message_hint", messageHint);
        fields.put("client_id", tool.clientId());
        fields.put("lti_deployment_id", tool.deploymentId());
        return fields;
    }

    /** The tool's login URL with the login fields in the query: what the course page's iframe loads. */
    public String loginUrl() {
        String login = tool.initiateLoginUri();
        return login + (login.contains("?") ? "&" : "?") + Call.encode(loginParameters());
    }

    /** The emulator's LMS page that frames this launch in {@code <iframe id="tool">}, for a browser. */
    public String pageUrl() {
        return emu.url("/launch/" + messageHint);
    }

    /** The id_token the platform issues for this launch and the tool's nonce: RS256 unless told otherwise. */
    public String idToken(String nonce) {
        return emu.keys.sign(claims(nonce), signingKey);
    }

    /** The id_token's claims for this nonce, knobs applied. */
    public Map<String, Object> claims(String nonce) {
        Instant issued = emu.clock.instant().minus(expired ? LIFETIME.plusMinutes(1) : Duration.ZERO);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", emu.issuer());
        if (otherAudiences.isEmpty()) {
            claims.put("aud", tool.clientId());
        } else {
            List<String> audiences = new ArrayList<>(List.of(tool.clientId()));
            audiences.addAll(otherAudiences);
            claims.put("aud", audiences);
        }
        claims.put("azp", tool.clientId());
        claims.put("sub", user.sub());
        claims.put("iat", issued.getEpochSecond());
        claims.put("exp", issued.plus(LIFETIME).getEpochSecond());
        claims.put("nonce", nonce);
        identity(claims);
        claims.put(LtiClaims.MESSAGE_TYPE, messageType);
        claims.put(LtiClaims.VERSION, "1.3.0");
        claims.put(LtiClaims.DEPLOYMENT_ID, tool.deploymentId());
        claims.put(LtiClaims.TARGET_LINK_URI, targetLinkUri());
        if (link != null) {
            claims.put(LtiClaims.RESOURCE_LINK, Json.fields("id", link.id(), "title", link.title()));
        }
        claims.put(LtiClaims.ROLES, emu.roster.roles(context.id(), user.sub()));
        claims.put(LtiClaims.CONTEXT, Json.fields("id", context.id(), "label", context.label(),
                "title", context.title(),
                "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")));
        claims.put(LtiClaims.TOOL_PLATFORM, Map.of("guid", emu.platformGuid, "name", "bbb-rooms LTI emulator",
                "product_family_code", OpenIdConfiguration.PRODUCT_FAMILY_CODE,
                "version", OpenIdConfiguration.VERSION));
        claims.put(LtiClaims.LAUNCH_PRESENTATION, Json.fields("document_target", "iframe", "locale", user.locale(),
                "return_url", emu.url("/course/" + context.id() + "/return")));
        Map<String, String> custom = new LinkedHashMap<>(tool.custom());
        if (link != null) {
            custom.putAll(link.custom());
        }
        if (!custom.isEmpty()) {
            claims.put(LtiClaims.CUSTOM, custom);
        }
        services(claims);
        if (link == null) {
            claims.put(LtiClaims.DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", emu.url("/deep-link-return"),
                    "accept_types", List.of("ltiResourceLink"),
                    "accept_presentation_document_targets", List.of("iframe", "window"),
                    "accept_multiple", false, "auto_create", true, "data", deepLinkingData));
        }
        claims.keySet().removeAll(removed);
        claims.putAll(overrides);
        return claims;
    }

    /** The OIDC identity claims the tool asked for at registration. */
    private void identity(Map<String, Object> claims) {
        Json.fields("name", user.name(), "given_name", user.givenName(), "family_name", user.familyName(),
                "email", user.email(), "locale", user.locale()).forEach((name, value) -> {
                    if (tool.wants(name)) {
                        claims.put(name, value);
                    }
                });
    }

    /** The NRPS and AGS claims, as far as the tool's scopes go. */
    private void services(Map<String, Object> claims) {
        if (tool.scopes().contains(LtiClaims.SCOPE_NRPS)) {
            claims.put(LtiClaims.NRPS, Map.of("context_memberships_url", emu.url("/nrps/" + context.id()),
                    "service_versions", List.of("2.0")));
        }
        List<String> ags = LtiClaims.AGS_SCOPES.stream().filter(tool.scopes()::contains).toList();
        if (!ags.isEmpty()) {
            Map<String, Object> endpoint = new LinkedHashMap<>();
            endpoint.put("scope", ags);
            endpoint.put("lineitems", emu.gradebook.containerUrl(context.id()));
            if (link != null) {
                List<LineItem> items = emu.gradebook.items(context.id()).stream()
                        .filter(i -> link.id().equals(i.resourceLinkId())).toList();
                if (items.size() == 1) {
                    endpoint.put("lineitem", items.get(0).id());
                }
            }
            claims.put(LtiClaims.AGS, endpoint);
        }
    }
}
